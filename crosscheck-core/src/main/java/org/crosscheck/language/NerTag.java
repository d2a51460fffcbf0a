package org.crosscheck.language;

import java.util.Locale;

/**
 * A token's or mention's named-entity class, as the tagger reads it. The names are CoreNLP's
 * tags; they are spelled only here, so that no other package depends on the tagger's strings.
 * {@link #NONE} is a token outside every entity (CoreNLP's "O"); {@link #OTHER} a tag this list
 * does not know.
 */
public enum NerTag {
    PERSON, ORGANIZATION, LOCATION, MISC,
    CITY, STATE_OR_PROVINCE, COUNTRY, NATIONALITY, RELIGION, TITLE, IDEOLOGY,
    CRIMINAL_CHARGE, CAUSE_OF_DEATH, EMAIL, URL, HANDLE,
    NUMBER, MONEY, PERCENT, ORDINAL,
    DATE, TIME, DURATION, SET,
    NONE, OTHER;

    /** The tag for a tagger's string: {@link #NONE} for "O" or nothing, {@link #OTHER} for an unknown tag. */
    public static NerTag of(String tag) {
        if (tag == null || tag.isEmpty() || tag.equals("O")) {
            return NONE;
        }
        try {
            return valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }

    /** A place: LOCATION or one of its fine-grained kinds (CITY, STATE_OR_PROVINCE, COUNTRY). */
    public boolean isPlace() {
        return this == LOCATION || this == CITY || this == STATE_OR_PROVINCE || this == COUNTRY;
    }

    /** A temporal expression (DATE, TIME, DURATION, SET), read further as a {@link TimeMention}. */
    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DURATION || this == SET;
    }

    /** A number (NUMBER, MONEY, PERCENT, ORDINAL): compared by value, never looked up as a name. */
    public boolean isNumeric() {
        return this == NUMBER || this == MONEY || this == PERCENT || this == ORDINAL;
    }

    /** True for every tag but {@link #NONE}. */
    public boolean isEntity() {
        return this != NONE;
    }
}
