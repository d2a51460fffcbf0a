package org.crosscheck.claims;

/** The slots of one claim sentence, as {@link SlotReader} fills them; any may be null. */
record Slots(String actor, String action, String object, boolean negated, boolean hedged,
             Attribution attribution) {
}
