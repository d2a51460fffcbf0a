package org.crosscheck.align;

/** How a group of aligned claims stands. */
public enum ClaimStatus {
    /** At least two independent witnesses and no conflict. */
    CORROBORATED("corroborated"),
    /** One independent witness and no conflict. */
    SINGLE_SOURCE("single-source"),
    /** One side of a conflict. */
    DISPUTED("disputed");

    private final String jsonName;

    ClaimStatus(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
