package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.time.PartialDate;

/**
 * The dated events of a story: one entry per date a claim group states, at the precision its
 * supporting articles give ("2023-09" stays a month), in date order. A sentence that dates two
 * events ("delivered in February after the visit last September") gives two entries; claims that
 * give a group different dates are not two events, the best-supported date stands. Dates that
 * name the same time at different precisions ("March", "March 4") are one event, dated as most
 * supporters give it (the more precise on a tie); an event reaches the timeline when at least
 * half of the group's claims date it, so a side remark of one sentence ("the hospital said on
 * Thursday that ...") does not.
 */
public final class Timeline {

    /**
     * Entries in date order. Groups with the same date and text collapse into one entry; so do
     * groups with the same date that name a person, organisation or place in common: outlets
     * that report one event in their own words ("was delivered to Tarnholm in February", "came
     * back to Tarnholm in February") make claim groups of their own, but one event of the
     * timeline, told in the words of its best-supported group.
     */
    public List<TimelineEntry> build(List<ClaimGroup> groups) {
        return sameEventMerged(byDateAndText(groups), groups);
    }

    private List<TimelineEntry> byDateAndText(List<ClaimGroup> groups) {
        Map<String, TimelineEntry> entries = new LinkedHashMap<>();
        for (ClaimGroup group : groups) {
            boolean disputed = group.status() == ClaimStatus.DISPUTED;
            for (EventDate event : eventDates(group)) {
                String key = event.date() + "\u0000" + group.text();
                TimelineEntry previous = entries.get(key);
                if (previous == null) {
                    entries.put(key, new TimelineEntry(event.date(), group.text(), List.of(group.id()), disputed,
                            event.inferred()));
                } else {
                    List<String> ids = new ArrayList<>(previous.claimIds());
                    ids.add(group.id());
                    entries.put(key, new TimelineEntry(event.date(), group.text(), ids, previous.disputed() || disputed,
                            previous.inferred() && event.inferred()));
                }
            }
        }
        List<TimelineEntry> out = new ArrayList<>(entries.values());
        out.sort(Comparator.comparing(TimelineEntry::date));
        return out;
    }

    /** Entries of one date whose groups name an entity in common, merged into the best-supported one's. */
    private static List<TimelineEntry> sameEventMerged(List<TimelineEntry> entries, List<ClaimGroup> groups) {
        Map<String, ClaimGroup> byId = new LinkedHashMap<>();
        groups.forEach(g -> byId.put(g.id(), g));
        List<TimelineEntry> out = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        List<Integer> support = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            Set<String> entryNames = new LinkedHashSet<>();
            int sources = 0;
            for (String id : entry.claimIds()) {
                ClaimGroup g = byId.get(id);
                sources += g == null ? 0 : g.sources();
                if (g != null) {
                    g.claims().forEach(c -> c.entities().forEach(m -> entryNames.add(m.canonical())));
                }
            }
            int into = -1;
            for (int k = out.size() - 1; k >= 0 && out.get(k).date().equals(entry.date()); k--) {
                if (!Collections.disjoint(names.get(k), entryNames)) {
                    into = k;
                    break;
                }
            }
            if (into < 0) {
                out.add(entry);
                names.add(entryNames);
                support.add(sources);
                continue;
            }
            TimelineEntry kept = out.get(into);
            List<String> ids = new ArrayList<>(kept.claimIds());
            entry.claimIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
            String text = sources > support.get(into) ? entry.text() : kept.text();
            out.set(into, new TimelineEntry(kept.date(), text, ids, kept.disputed() || entry.disputed(),
                    kept.inferred() && entry.inferred()));
            names.get(into).addAll(entryNames);
            support.set(into, support.get(into) + sources);
        }
        return out;
    }

    /**
     * A date of a group's event.
     *
     * @param inferred true when every claim that gives it read it against a borrowed story date
     */
    record EventDate(PartialDate date, boolean inferred) { }

    /** The dates of a group's events, in the order found. */
    static List<EventDate> eventDates(ClaimGroup group) {
        // claims (by index) that state each date, and those of them that read it on their own date
        Map<PartialDate, Set<Integer>> stating = new LinkedHashMap<>();
        Map<PartialDate, Set<Integer>> own = new LinkedHashMap<>();
        List<Claim> claims = group.claims();
        for (int i = 0; i < claims.size(); i++) {
            for (DateMention m : claims.get(i).dates()) {
                stating.computeIfAbsent(m.date(), d -> new LinkedHashSet<>()).add(i);
                if (!m.inferred()) {
                    own.computeIfAbsent(m.date(), d -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        List<PartialDate> byVotes = new ArrayList<>(stating.keySet());
        byVotes.sort(Comparator.<PartialDate>comparingInt(d -> stating.get(d).size()).reversed()
                .thenComparing(Comparator.comparing(PartialDate::precision).reversed()));
        List<PartialDate> events = new ArrayList<>();
        Map<PartialDate, Set<Integer>> eventClaims = new LinkedHashMap<>();
        Map<PartialDate, Set<Integer>> eventOwn = new LinkedHashMap<>();
        for (PartialDate d : byVotes) {
            PartialDate event = events.stream().filter(e -> e.isCompatibleWith(d)).findFirst().orElse(null);
            if (event == null) {
                event = d;
                events.add(d);
            }
            eventClaims.computeIfAbsent(event, e -> new LinkedHashSet<>()).addAll(stating.get(d));
            eventOwn.computeIfAbsent(event, e -> new LinkedHashSet<>()).addAll(own.getOrDefault(d, Set.of()));
        }
        // the best-supported date is the group's event; another one joins it only when a claim
        // states both (two events of one sentence), not when claims merely disagree on the date
        List<EventDate> out = new ArrayList<>();
        List<PartialDate> kept = new ArrayList<>();
        for (PartialDate event : events) {
            Set<Integer> by = eventClaims.get(event);
            boolean coStated = kept.stream().anyMatch(k -> eventClaims.get(k).stream().anyMatch(by::contains));
            if (2 * by.size() >= claims.size() && (kept.isEmpty() || coStated)) {
                kept.add(event);
                out.add(new EventDate(event, eventOwn.get(event).isEmpty()));
            }
        }
        return out;
    }
}
