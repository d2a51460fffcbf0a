package org.crosscheck.align;

import java.util.Locale;

/** What two sides of a conflict disagree on. */
public enum ConflictKind {
    DATE, NUMBER, PERSON, PLACE, ORGANISATION, ACTION, NEGATION, OTHER;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
