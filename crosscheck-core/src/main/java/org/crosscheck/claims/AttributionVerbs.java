package org.crosscheck.claims;

import java.util.Set;

/**
 * The verbs by which a sentence says who said so, as the claim reader knows them: the one copy
 * of {@code reporting-verbs.txt} and {@code denial-verbs.txt}, for the stages that read claims
 * after it. Lemmas, lower-cased.
 */
public final class AttributionVerbs {

    private AttributionVerbs() {
    }

    /** Verbs that report a clause ("say", "tell", "confirm"): "X said that Y" makes X the source of Y. */
    public static Set<String> reporting() {
        return ClaimCues.load().reportingVerbs();
    }

    /** Verbs whose use negates the reported clause ("deny", "refute"): "X denied that Y" negates Y. */
    public static Set<String> denials() {
        return ClaimCues.load().denials();
    }
}
