package org.crosscheck.align;

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

/**
 * Which named entity fills a role of a claim: the actor slot, the object slot, or the place
 * (a location named outside both); and who the claim is attributed to. A role is filled only
 * when exactly one entity fills it.
 */
final class EntityRoles {

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
                    if (m.type() == EntityType.LOCATION && !mentionedIn(m, claim.actor()) && !mentionedIn(m, claim.object())) {
                        found.putIfAbsent(key(m.canonical()), m);
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.values().iterator().next()) : Optional.empty();
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
     * True when two names can be the same entity: equal, or the words of one are all words of
     * the other ("Halvorsen" and "Ingrid Halvorsen").
     */
    static boolean sameName(String a, String b) {
        Set<String> wa = nameWords(a);
        Set<String> wb = nameWords(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        return wa.containsAll(wb) || wb.containsAll(wa);
    }

    /** Canonical names of the claim's entities, lower-cased. */
    static List<String> names(Claim claim) {
        return claim.entities().stream().map(m -> key(m.canonical())).distinct().toList();
    }

    private static Set<String> nameWords(String name) {
        return Pattern.compile("[^\\p{L}\\p{N}]+").splitAsStream(key(name))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
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
