package org.crosscheck.language;

/** The TIMEX3 type of a temporal expression, as SUTime reads it. */
public enum TimexType {
    DATE, TIME, DURATION, SET;

    /** The type for a TIMEX3 or tagger string ("DATE", "TIME", ...); DATE for anything else. */
    static TimexType of(String type) {
        if (type != null) {
            for (TimexType t : values()) {
                if (t.name().equals(type)) {
                    return t;
                }
            }
        }
        return DATE;
    }
}
