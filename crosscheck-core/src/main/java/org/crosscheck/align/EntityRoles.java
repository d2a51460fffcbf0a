package org.crosscheck.align;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.EntityMention;
import org.crosscheck.claims.EntityType;
import org.crosscheck.settings.ResourceSettings;

/**
 * Which named entity fills a role of a claim: the actor slot, the object slot, or the place
 * (a location named outside both); and who the claim is attributed to. A role is filled only
 * when exactly one entity fills it.
 */
final class EntityRoles {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** Words that only say what kind of body a name names; see {@code name-generic-words.txt}. */
    private static final Set<String> GENERIC_NAME_WORDS = ResourceSettings.wordList(EntityRoles.class, "name-generic-words.txt")
            .stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** Last words of a place name that make it a spot within a town; see {@code fine-place-words.txt}. */
    private static final Set<String> FINE_PLACE_WORDS = ResourceSettings.wordList(EntityRoles.class, "fine-place-words.txt")
            .stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /**
     * A place named as where someone is from ("Ann Lee, 36, of Tolvik", "who is from Vestby",
     * "23 and from Tolvik"): a residence, not the event's place.
     */
    private static final Pattern RESIDENCE = Pattern.compile("(?:,\\s*of|(?:\\b(?:is|are|was|were|and)|,)\\s+from)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** A near-place cue ("off", "near the") right before where a place is named. */
    private final Pattern nearPlace;

    /** @param nearPlaceCues words before a place that name somewhere near it ("off", "near") */
    EntityRoles(List<String> nearPlaceCues) {
        this.nearPlace = AlignmentSettings.anyOf(nearPlaceCues, "\\s+(?:the\\s+)?$");
    }

    /** The roles a named entity can play in a claim. */
    enum Role { ACTOR, OBJECT, PLACE }

    /** The one entity in the role, or empty when none or several. */
    Optional<EntityMention> filler(Claim claim, Role role) {
        Map<String, EntityMention> found = new LinkedHashMap<>();
        switch (role) {
            case ACTOR -> inSlot(claim, claim.actor(), found);
            case OBJECT -> inSlot(claim, claim.object(), found);
            case PLACE -> {
                for (EntityMention m : claim.entities()) {
                    if (m.type() == EntityType.LOCATION && !mentionedIn(m, claim.actor()) && !mentionedIn(m, claim.object())
                            && !residence(claim, m)) {
                        found.putIfAbsent(key(m.canonical()), m);
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
    }

    /**
     * The place is named as somewhere near where it happened ("sunk off Somalia", "near the
     * bridge"): compatible with the place it is near.
     */
    boolean near(Claim claim, EntityMention m) {
        int at = m.start() - claim.start();
        if (at <= 0 || at > claim.sentence().length()) {
            return false;
        }
        return nearPlace.matcher(claim.sentence().substring(Math.max(0, at - 20), at).toLowerCase(Locale.ROOT)).find();
    }

    /** The place is named as where someone is from: ", of" or "is from" right before it. */
    private static boolean residence(Claim claim, EntityMention m) {
        int at = m.start() - claim.start();
        return at > 0 && at <= claim.sentence().length()
                && RESIDENCE.matcher(claim.sentence().substring(Math.max(0, at - 16), at)).find();
    }

    /** The one named entity the claim is attributed to ("..., Ilse Cardew told reporters"), or empty. */
    Optional<EntityMention> speaker(Claim claim) {
        Map<String, EntityMention> found = new LinkedHashMap<>();
        if (claim.attribution() != null) {
            inSlot(claim, claim.attribution().speaker(), found);
        }
        return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
    }

    private static void inSlot(Claim claim, String slot, Map<String, EntityMention> found) {
        if (slot == null || slot.isBlank()) {
            return;
        }
        for (EntityMention m : claim.entities()) {
            if (mentionedIn(m, slot)) {
                found.putIfAbsent(key(m.canonical()), m);
            }
        }
    }

    private static boolean mentionedIn(EntityMention m, String slot) {
        if (slot == null) {
            return false;
        }
        return slot.equalsIgnoreCase(m.canonical()) || containsWords(slot, m.text()) || containsWords(slot, m.canonical());
    }

    /** True when the claim names the entity anywhere: among its entities or in its sentence. */
    boolean names(Claim claim, EntityMention entity) {
        for (EntityMention m : claim.entities()) {
            if (sameName(m.canonical(), entity.canonical())) {
                return true;
            }
        }
        return containsWords(claim.sentence(), entity.canonical()) || containsWords(claim.sentence(), entity.text());
    }

    /**
     * True when the claim names the entity by its full canonical name, among its entities or in
     * its sentence; unlike {@link #names} a shared bare surname ("Cardew" for "Ewan Cardew") does
     * not count, since it may stand for someone else of that name.
     */
    boolean namesInFull(Claim claim, EntityMention entity) {
        for (EntityMention m : claim.entities()) {
            if (key(m.canonical()).equals(key(entity.canonical()))) {
                return true;
            }
        }
        return containsWords(claim.sentence(), entity.canonical());
    }

    /**
     * True when two names can be the same entity: equal once accents, dots and initials are
     * left out; the words of one all words of the other ("Halvorsen" and "Ingrid Halvorsen");
     * the same but for words that only say what kind of body it is ("Betty Ford Center" and
     * "Betty Ford Clinic"); or the same words but one written another way: a short form of a
     * first name ("Fred" for "Frederick") or a one-letter misspelling of a word of at least five
     * letters ("Advisers" for "Advisors").
     */
    static boolean sameName(String a, String b) {
        Set<String> wa = nameWords(a);
        Set<String> wb = nameWords(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        if (wa.containsAll(wb) || wb.containsAll(wa)) {
            return true;
        }
        Set<String> sa = specific(wa);
        Set<String> sb = specific(wb);
        if (!sa.isEmpty() && !sb.isEmpty() && (sa.containsAll(sb) || sb.containsAll(sa))) {
            return true;
        }
        Set<String> onlyA = new HashSet<>(wa);
        onlyA.removeAll(wb);
        Set<String> onlyB = new HashSet<>(wb);
        onlyB.removeAll(wa);
        return onlyA.size() == 1 && onlyB.size() == 1 && wa.size() == wb.size()
                && writtenOtherwise(onlyA.iterator().next(), onlyB.iterator().next());
    }

    /**
     * The two places are of one scale: both spots within a town (a street, a venue) or both
     * wider places (towns, regions, countries). A spot and a town can both be true of one event.
     */
    static boolean sameScale(String a, String b) {
        return spot(a) == spot(b);
    }

    private static boolean spot(String name) {
        String[] words = key(name).replace(".", "").split("[^\\p{L}\\p{N}]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        return Character.isDigit(words[0].charAt(0)) || words.length > 1 && FINE_PLACE_WORDS.contains(words[words.length - 1]);
    }

    /** The words of a name without those that only say what kind of body it is ("center", "inc"). */
    private static Set<String> specific(Set<String> words) {
        Set<String> out = new HashSet<>(words);
        out.removeAll(GENERIC_NAME_WORDS);
        return out;
    }

    /** One word written two ways: a short form of the other ("fred", "frederick"), or one letter apart. */
    private static boolean writtenOtherwise(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= 3 && longer.startsWith(shorter) && !shorter.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return longer.length() >= 5 && shorter.length() >= 4 && oneEditApart(shorter, longer);
    }

    /** The words differ by one letter changed, added or removed. */
    private static boolean oneEditApart(String shorter, String longer) {
        if (longer.length() - shorter.length() > 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        String restShort = shorter.substring(Math.min(i + (shorter.length() == longer.length() ? 1 : 0), shorter.length()));
        return longer.substring(i + 1).equals(restShort);
    }

    /** Canonical names of the claim's entities, lower-cased. */
    static List<String> names(Claim claim) {
        return claim.entities().stream().map(m -> key(m.canonical())).distinct().toList();
    }

    /** The words of a name, without case, accents or dots; one-letter initials left out when other words remain. */
    private static Set<String> nameWords(String name) {
        String folded = ACCENTS.matcher(Normalizer.normalize(key(name).replace(".", ""), Normalizer.Form.NFD)).replaceAll("");
        Set<String> words = Pattern.compile("[^\\p{L}\\p{N}]+").splitAsStream(folded)
                .filter(w -> !w.isEmpty()).collect(Collectors.toCollection(HashSet::new));
        Set<String> withoutInitials = words.stream().filter(w -> w.length() > 1).collect(Collectors.toCollection(HashSet::new));
        if (withoutInitials.isEmpty() && words.size() > 1) {
            // an abbreviation written with dots or spaces ("U. K.", "U.S.") is the one word "uk", "us"
            return new HashSet<>(Set.of(Pattern.compile("[^\\p{L}\\p{N}]+").matcher(folded).replaceAll("")));
        }
        return withoutInitials.isEmpty() ? words : withoutInitials;
    }

    private static boolean containsWords(String text, String words) {
        if (text == null || words == null || words.isBlank()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
