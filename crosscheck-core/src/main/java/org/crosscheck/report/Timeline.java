package org.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.ClaimStatus;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.DateMention;
import org.crosscheck.time.PartialDate;

/**
 * The dated events of a story: one entry per claim group whose members state a date, at the
 * date its supporting articles give most often (the most precise on a tie; at least half of
 * them must give it), in date order.
 */
public final class Timeline {

    /** Entries in date order; groups with the same date and text collapse into one entry. */
    public List<TimelineEntry> build(List<ClaimGroup> groups) {
        Map<String, TimelineEntry> entries = new LinkedHashMap<>();
        for (ClaimGroup group : groups) {
            Optional<PartialDate> date = eventDate(group);
            if (date.isEmpty()) {
                continue;
            }
            String key = date.get() + "\u0000" + group.text();
            TimelineEntry previous = entries.get(key);
            boolean disputed = group.status() == ClaimStatus.DISPUTED;
            if (previous == null) {
                entries.put(key, new TimelineEntry(date.get(), group.text(), List.of(group.id()), disputed));
            } else {
                List<String> ids = new ArrayList<>(previous.claimIds());
                ids.add(group.id());
                entries.put(key, new TimelineEntry(date.get(), group.text(), ids, previous.disputed() || disputed));
            }
        }
        List<TimelineEntry> out = new ArrayList<>(entries.values());
        out.sort(Comparator.comparing(TimelineEntry::date));
        return out;
    }

    /**
     * The date most member claims state, preferring the more precise on a tie, when at least
     * half of the members state it.
     */
    static Optional<PartialDate> eventDate(ClaimGroup group) {
        Map<PartialDate, Integer> votes = new LinkedHashMap<>();
        for (Claim claim : group.claims()) {
            claim.dates().stream().map(DateMention::date)
                    .max(Comparator.comparing(PartialDate::precision))
                    .ifPresent(d -> votes.merge(d, 1, Integer::sum));
        }
        // a date that only a minority of the group states belongs to a side remark of that
        // sentence ("the hospital said on Thursday that ..."), not to the event the group states
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<PartialDate, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().precision()))
                .filter(e -> 2 * e.getValue() >= group.claims().size())
                .map(Map.Entry::getKey);
    }
}
