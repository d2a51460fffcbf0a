package org.crosscheck.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.claims.Claim;

/**
 * Merges pairwise findings about the same aspect into conflicts: claims joined by findings of
 * one kind and aspect form one conflict, with one side per distinct value.
 */
final class ConflictMerger {

    /** Conflicts in a stable order; {@code order} ranks claims by article then offset. */
    List<Conflict> merge(List<Finding> findings, Map<String, Integer> order) {
        Map<String, Map<String, String>> parent = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        Map<String, Finding> firstOf = new LinkedHashMap<>();
        Map<String, Claim> claims = new HashMap<>();
        for (Finding f : findings) {
            String key = f.kind() + "|" + f.aspect();
            firstOf.putIfAbsent(key, f);
            Map<String, String> p = parent.computeIfAbsent(key, k -> new HashMap<>());
            Map<String, String> v = values.computeIfAbsent(key, k -> new HashMap<>());
            v.putIfAbsent(f.a().id(), f.valueA());
            v.putIfAbsent(f.b().id(), f.valueB());
            claims.put(f.a().id(), f.a());
            claims.put(f.b().id(), f.b());
            union(p, f.a().id(), f.b().id());
        }
        List<Conflict> out = new ArrayList<>();
        for (String key : parent.keySet()) {
            Map<String, String> p = parent.get(key);
            Map<String, List<Claim>> components = new LinkedHashMap<>();
            p.keySet().stream().map(claims::get).sorted(Comparator.comparing(c -> order.get(c.id())))
                    .forEach(c -> components.computeIfAbsent(root(p, c.id()), r -> new ArrayList<>()).add(c));
            for (List<Claim> members : components.values()) {
                conflict(firstOf.get(key), members, values.get(key)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing((Conflict c) -> c.kind().ordinal()).thenComparing(Conflict::id));
        return out;
    }

    private java.util.Optional<Conflict> conflict(Finding first, List<Claim> members, Map<String, String> values) {
        Map<String, List<Claim>> byValue = new LinkedHashMap<>();
        List<String> given = members.stream().map(c -> values.get(c.id())).toList();
        for (Claim c : members) {
            byValue.computeIfAbsent(sideValue(first.kind(), values.get(c.id()), given), v -> new ArrayList<>()).add(c);
        }
        if (byValue.size() < 2) {
            return java.util.Optional.empty();
        }
        List<ConflictSide> sides = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> e : byValue.entrySet()) {
            Set<String> articles = new LinkedHashSet<>();
            Set<String> sentences = new LinkedHashSet<>();
            List<String> ids = new ArrayList<>();
            for (Claim c : e.getValue()) {
                articles.add(c.articleId());
                sentences.add(c.sentence());
                ids.add(c.id());
            }
            sides.add(new ConflictSide(e.getKey(), List.copyOf(articles), List.copyOf(sentences), ids));
        }
        // most supported value first; ties keep the order of first appearance
        List<ConflictSide> ordered = new ArrayList<>(sides);
        ordered.sort(Comparator.comparingInt((ConflictSide s) -> -s.articleIds().size()));
        String id = StableIds.of("c-", first.kind() + "|" + first.aspect(), members.stream().map(Claim::id).toList());
        return java.util.Optional.of(new Conflict(id, first.kind(), ConflictDescription.of(first, members.get(0), ordered), ordered));
    }

    /**
     * The value a side shows: a bare number ("46", of "46 were arrested") joins the one side that
     * gives the same number with what it counts ("46 people"), since both say the same.
     */
    private static String sideValue(ConflictKind kind, String value, List<String> all) {
        if (kind != ConflictKind.NUMBER || !value.matches("[\\d.]+")) {
            return value;
        }
        List<String> named = all.stream().filter(v -> v.startsWith(value + " ")).distinct().toList();
        return named.size() == 1 ? named.get(0) : value;
    }

    private static void union(Map<String, String> p, String a, String b) {
        p.putIfAbsent(a, a);
        p.putIfAbsent(b, b);
        String ra = root(p, a);
        String rb = root(p, b);
        if (!ra.equals(rb)) {
            p.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    private static String root(Map<String, String> p, String id) {
        String r = id;
        while (!p.get(r).equals(r)) {
            r = p.get(r);
        }
        return r;
    }
}
