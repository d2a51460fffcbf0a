package org.crosscheck.provenance;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Articles joined by provenance links form one witness: a rewrite of a wire story is not a
 * second source. Each article maps to the id of its group (the smallest article id in it).
 */
public final class WitnessGroups {

    private final Map<String, String> groupOf;

    private WitnessGroups(Map<String, String> groupOf) {
        this.groupOf = Map.copyOf(groupOf);
    }

    /** Groups the given articles by the connected components of the links among them. */
    public static WitnessGroups of(Collection<String> articleIds, List<ReuseLink> links) {
        Map<String, String> parent = new HashMap<>();
        for (String id : articleIds) {
            parent.put(id, id);
        }
        for (ReuseLink link : links) {
            parent.putIfAbsent(link.from(), link.from());
            parent.putIfAbsent(link.to(), link.to());
            String a = root(parent, link.from());
            String b = root(parent, link.to());
            if (!a.equals(b)) {
                // the smaller id becomes the root so that group ids do not depend on link order
                if (a.compareTo(b) < 0) {
                    parent.put(b, a);
                } else {
                    parent.put(a, b);
                }
            }
        }
        Map<String, String> groups = new HashMap<>();
        for (String id : parent.keySet()) {
            groups.put(id, root(parent, id));
        }
        return new WitnessGroups(groups);
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The witness group of an article; an article never linked is a group of its own. */
    public String groupOf(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return groupOf.getOrDefault(articleId, articleId);
    }

    /** How many independent witnesses the given articles are. */
    public int countIndependent(Collection<String> articleIds) {
        TreeSet<String> groups = new TreeSet<>();
        for (String id : articleIds) {
            groups.add(groupOf(id));
        }
        return groups.size();
    }
}
