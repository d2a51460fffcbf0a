package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the names a story's articles use into entities. Names are compared without titles,
 * possessives, case and dots; then merged, whatever type the tagger gave each form, when they are
 * names of one country ({@code country-names.txt}: short name, official name, demonyms, generated
 * from ISO 3166-1 by {@code bench/country-names}; such an entity is a LOCATION), when a data file
 * lists them as aliases ("UK", "Britain"), when one is the other reordered around "of"
 * ("Ministry of Fisheries", "Fisheries Ministry"), when one is the initials of the other ("NTSB",
 * "Northland Transport Safety Board"), or when a bare surname belongs to exactly one full name of a person in the story
 * ("Halvorsen" -> "Ingrid Halvorsen"). Two people who share a surname stay apart; a bare
 * surname is then given, article by article, to the one of them that article names, and stays
 * an entity of its own where the article names both or neither. The canonical name is the
 * fullest form used.
 */
public final class EntityResolver {

    private final NameForms forms;
    private final ClaimCues cues;
    private final Set<String> countryKeys;

    public EntityResolver() {
        this.cues = ClaimCues.load();
        this.forms = new NameForms(cues);
        Set<String> keys = new HashSet<>();
        cues.countries().forEach(line -> line.forEach(f -> keys.add(NameForms.key(f))));
        this.countryKeys = Set.copyOf(keys);
    }

    /** The keys ({@link NameForms#key}) of every form of every listed country. */
    Set<String> countryKeys() {
        return countryKeys;
    }

    /** The entities named by the occurrences, given in reading order (article by article). */
    public ResolvedEntities resolve(List<NameOccurrence> occurrences) {
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, String> cleanedByKey = new LinkedHashMap<>();
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (NameOccurrence o : occurrences) {
            String cleaned = forms.clean(o.text());
            String key = NameForms.key(cleaned);
            keys.add(key);
            if (key.isEmpty()) {
                continue;
            }
            parent.putIfAbsent(key, key);
            cleanedByKey.putIfAbsent(key, cleaned);
            votes.computeIfAbsent(key, k -> new HashMap<>()).merge(o.type(), 1, Integer::sum);
        }
        UnionFind groups = new UnionFind(parent);
        List<String> countries = mergeCountries(groups, votes);
        mergeAliases(groups);
        mergeReordered(groups, cleanedByKey, votes);
        mergeAcronyms(groups, cleanedByKey, votes);
        Map<String, List<String>> surnameCandidates = mergeSurnames(groups, votes);

        Map<String, Set<String>> rootsByArticle = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            if (!keys.get(i).isEmpty()) {
                rootsByArticle.computeIfAbsent(occurrences.get(i).articleId(), a -> new LinkedHashSet<>())
                        .add(groups.find(keys.get(i)));
            }
        }
        List<String> finalRoot = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            String key = keys.get(i);
            if (key.isEmpty()) {
                finalRoot.add("");
                continue;
            }
            String root = groups.find(key);
            List<String> candidates = surnameCandidates.get(key);
            if (candidates != null) {
                Set<String> named = rootsByArticle.get(occurrences.get(i).articleId());
                List<String> here = candidates.stream().filter(named::contains).toList();
                if (here.size() == 1) {
                    root = here.get(0);
                }
            }
            finalRoot.add(root);
        }
        Set<String> placeRoots = new HashSet<>();
        countries.forEach(k -> placeRoots.add(groups.find(k)));
        return ResolvedEntities.build(occurrences, keys, finalRoot, cleanedByKey, placeRoots);
    }

    /**
     * Merges the forms of each listed country, whatever their tags, when at least one of them is
     * not tagged PERSON; a form that is also the surname of a person the story names in full
     * ("Jordan") is left to the person. Returns the keys that were found to be country forms.
     */
    private List<String> mergeCountries(UnionFind groups, Map<String, Map<EntityType, Integer>> votes) {
        Set<String> surnames = new HashSet<>();
        for (String key : groups.keys()) {
            if (key.contains(" ") && majority(votes.get(key)) == EntityType.PERSON) {
                surnames.add(NameForms.lastWord(key));
            }
        }
        List<String> found = new ArrayList<>();
        for (List<String> line : cues.countries()) {
            List<String> present = new ArrayList<>();
            boolean taggedAsPlaceOrBody = false;
            for (String form : line) {
                String key = NameForms.key(form);
                boolean person = majority(votes.get(key)) == EntityType.PERSON;
                if (groups.contains(key) && !surnames.contains(key) && !(person && key.contains(" "))
                        && !present.contains(key)) {
                    present.add(key);
                    taggedAsPlaceOrBody |= !person;
                }
            }
            if (!taggedAsPlaceOrBody) {
                continue; // "Chad" alone, tagged PERSON, is someone called Chad
            }
            present.forEach(k -> groups.union(present.get(0), k));
            found.addAll(present);
        }
        return found;
    }

    /** Merges an organisation's name with the same name reordered around "of" ("Ministry of Fisheries", "Fisheries Ministry"). */
    private static void mergeReordered(UnionFind groups, Map<String, String> cleanedByKey,
                                       Map<String, Map<EntityType, Integer>> votes) {
        for (String key : cleanedByKey.keySet()) {
            if (majority(votes.get(key)) == EntityType.PERSON) {
                continue;
            }
            NameForms.reordered(key).filter(groups::contains)
                    .filter(other -> majority(votes.get(other)) != EntityType.PERSON)
                    .ifPresent(other -> groups.union(key, other));
        }
    }

    private void mergeAliases(UnionFind groups) {
        for (List<String> line : cues.aliases()) {
            String first = null;
            for (String form : line) {
                String key = NameForms.key(form);
                if (groups.contains(key)) {
                    if (first == null) {
                        first = key;
                    } else {
                        groups.union(first, key);
                    }
                }
            }
        }
    }

    private void mergeAcronyms(UnionFind groups, Map<String, String> cleanedByKey,
                               Map<String, Map<EntityType, Integer>> votes) {
        Map<String, Set<String>> byInitials = new HashMap<>();
        for (Map.Entry<String, String> e : cleanedByKey.entrySet()) {
            if (majority(votes.get(e.getKey())) == EntityType.PERSON) {
                continue;
            }
            for (String initials : forms.initials(e.getValue())) {
                byInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(e.getKey());
            }
        }
        for (Map.Entry<String, String> e : cleanedByKey.entrySet()) {
            if (!NameForms.isAcronym(e.getValue())) {
                continue;
            }
            Set<String> candidates = byInitials.getOrDefault(e.getKey(), Set.of());
            Set<String> roots = new LinkedHashSet<>();
            candidates.forEach(c -> roots.add(groups.find(c)));
            if (roots.size() == 1) {
                groups.union(roots.iterator().next(), e.getKey());
            }
        }
    }

    /** Merges unique surnames; returns, for each ambiguous surname key, the roots of its full names. */
    private Map<String, List<String>> mergeSurnames(UnionFind groups, Map<String, Map<EntityType, Integer>> votes) {
        Map<String, Set<String>> fullBySurname = new HashMap<>();
        List<String> bare = new ArrayList<>();
        for (String key : groups.keys()) {
            if (majority(votes.get(key)) != EntityType.PERSON) {
                continue;
            }
            if (key.contains(" ")) {
                fullBySurname.computeIfAbsent(NameForms.lastWord(key), k -> new LinkedHashSet<>()).add(key);
            } else {
                bare.add(key);
            }
        }
        Map<String, List<String>> ambiguous = new HashMap<>();
        for (String key : bare) {
            Set<String> roots = new LinkedHashSet<>();
            fullBySurname.getOrDefault(key, Set.of()).forEach(f -> roots.add(groups.find(f)));
            if (roots.size() == 1) {
                groups.union(roots.iterator().next(), key);
            } else if (roots.size() > 1) {
                ambiguous.put(key, List.copyOf(roots));
            }
        }
        return ambiguous;
    }

    static EntityType majority(Map<EntityType, Integer> votes) {
        if (votes == null || votes.isEmpty()) {
            return EntityType.OTHER;
        }
        return votes.entrySet().stream()
                .max(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(EntityType.OTHER);
    }

    /** Disjoint sets of name keys; the root of a set is its first-seen key. */
    private static final class UnionFind {
        private final Map<String, String> parent;
        private final Map<String, Integer> order = new HashMap<>();

        UnionFind(Map<String, String> parent) {
            this.parent = parent;
            int i = 0;
            for (String k : parent.keySet()) {
                order.put(k, i++);
            }
        }

        boolean contains(String key) {
            return parent.containsKey(key);
        }

        List<String> keys() {
            return List.copyOf(parent.keySet());
        }

        String find(String key) {
            String p = parent.get(key);
            if (p.equals(key)) {
                return key;
            }
            String root = find(p);
            parent.put(key, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (order.get(ra) <= order.get(rb)) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
