package org.crosscheck.claims;

import java.util.List;
import java.util.Objects;

/**
 * One factual statement made by one article, with its slots filled where the sentence supports
 * them.
 *
 * @param id          stable id
 * @param articleId   the article that makes the claim
 * @param sentence    the sentence as written
 * @param start       character offset of the sentence in the article text
 * @param end         character offset of the sentence end, exclusive
 * @param actor       who acts: canonical entity name or the subject phrase, or null
 * @param action      lemma of the main verb ("close", "kill", "announce"), or null
 * @param object      whom or what the action is done to, as written, or null
 * @param negated     the main verb is negated ("did not close")
 * @param hedged      the claim is hedged ("reportedly", "allegedly", "may have")
 * @param attribution who the claim is attributed to, or null
 * @param dates       dates the sentence states, resolved against the publication date
 * @param quantities  numbers the sentence states
 * @param entities    named entities in the sentence (people, organisations, places, ...)
 */
public record Claim(String id, String articleId, String sentence, int start, int end,
                    String actor, String action, String object, boolean negated, boolean hedged,
                    Attribution attribution, List<DateMention> dates, List<Quantity> quantities,
                    List<EntityMention> entities) implements java.io.Serializable {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
        entities = List.copyOf(entities);
    }

    /** Canonical names of the mentioned entities of one type. */
    public List<String> entityNames(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(EntityMention::canonical).distinct().toList();
    }
}
