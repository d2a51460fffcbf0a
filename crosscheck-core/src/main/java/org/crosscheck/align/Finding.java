package org.crosscheck.align;

import org.crosscheck.claims.Claim;

/**
 * One pairwise disagreement: claim {@code a} states {@code valueA} where claim {@code b} states
 * {@code valueB} about the same aspect of one event.
 *
 * @param aspect what is disputed within the kind ("date", "actor", "number:peopl"), so that
 *               findings about different things are not merged
 * @param topic  a short phrase for the description ("the number of people", "who did it")
 */
record Finding(ConflictKind kind, String aspect, String topic, Claim a, String valueA, Claim b, String valueB) {
}
