package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities of a story and which entity each name, as one article writes it, stands for.
 * Entities are ordered by mentions, most first, then by first appearance.
 */
public final class ResolvedEntities {

    private final List<Entity> entities;
    private final Map<String, Entity> byOccurrence;

    private ResolvedEntities(List<Entity> entities, Map<String, Entity> byOccurrence) {
        this.entities = List.copyOf(entities);
        this.byOccurrence = Map.copyOf(byOccurrence);
    }

    /** The merged entities. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity a name written in an article stands for, when that name was resolved. */
    public Optional<Entity> entityOf(String articleId, String text) {
        return Optional.ofNullable(byOccurrence.get(lookupKey(articleId, text)));
    }

    static ResolvedEntities build(List<NameOccurrence> occurrences, List<String> keys, List<String> roots,
                                  Map<String, String> cleanedByKey, Set<String> placeRoots) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            String root = roots.get(i);
            if (root.isEmpty()) {
                continue;
            }
            NameOccurrence o = occurrences.get(i);
            Group g = groups.computeIfAbsent(root, r -> new Group(groups.size()));
            g.forms.merge(cleanedByKey.get(keys.get(i)), 1, Integer::sum);
            g.votes.merge(o.type(), 1, Integer::sum);
            g.articleIds.add(o.articleId());
            g.mentions++;
        }
        Map<String, Entity> entityByRoot = new HashMap<>();
        List<Entity> entities = new ArrayList<>();
        List<Group> ordered = new ArrayList<>(groups.values());
        Map<Group, String> rootOf = new HashMap<>();
        groups.forEach((root, g) -> rootOf.put(g, root));
        ordered.sort(Comparator.comparingInt((Group g) -> -g.mentions).thenComparingInt(g -> g.first));
        for (Group g : ordered) {
            String canonical = fullest(g.forms);
            List<String> aliases = g.forms.keySet().stream().filter(f -> !f.equals(canonical)).toList();
            EntityType type = placeRoots.contains(rootOf.get(g)) ? EntityType.LOCATION : EntityResolver.majority(g.votes);
            Entity e = new Entity(canonical, type, aliases, g.mentions,
                    List.copyOf(g.articleIds));
            entities.add(e);
            entityByRoot.put(rootOf.get(g), e);
        }
        Map<String, Entity> byOccurrence = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            if (!roots.get(i).isEmpty()) {
                NameOccurrence o = occurrences.get(i);
                byOccurrence.put(lookupKey(o.articleId(), o.text()), entityByRoot.get(roots.get(i)));
            }
        }
        return new ResolvedEntities(entities, byOccurrence);
    }

    /** The form with the most words, then the most characters, then the most uses, then the first seen. */
    private static String fullest(Map<String, Integer> forms) {
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || fuller(e.getKey(), e.getValue(), best, forms.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean fuller(String a, int usesA, String b, int usesB) {
        int wa = a.split(" ").length;
        int wb = b.split(" ").length;
        if (wa != wb) {
            return wa > wb;
        }
        if (a.length() != b.length()) {
            return a.length() > b.length();
        }
        return usesA > usesB;
    }

    private static String lookupKey(String articleId, String text) {
        return articleId + '\u0000' + text;
    }

    private static final class Group {
        final int first;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<EntityType, Integer> votes = new HashMap<>();
        final Set<String> articleIds = new LinkedHashSet<>();
        int mentions;

        Group(int first) {
            this.first = first;
        }
    }
}
