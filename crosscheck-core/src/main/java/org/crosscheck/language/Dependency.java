package org.crosscheck.language;

import java.util.Objects;

/**
 * One arc of a sentence's basic Universal Dependencies tree.
 *
 * @param relation  relation name with its subtype ("nsubj", "nsubj:pass", "obl:tmod", "root")
 * @param head      index of the head token in the sentence, or -1 for the root arc
 * @param dependent index of the dependent token in the sentence
 */
public record Dependency(String relation, int head, int dependent) {

    public Dependency {
        Objects.requireNonNull(relation, "relation");
    }

    /** The relation without its subtype ("nsubj" for "nsubj:pass"). */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
