package org.crosscheck.bench.metric;

/**
 * Balanced accuracy of consistent/inconsistent decisions: the mean of recall on inconsistent
 * and on consistent samples (SummEdits' metric), in percent.
 */
public record BalancedAccuracy(int inconsistentCaught, int inconsistent, int consistentKept, int consistent) {

    /** Scores predictions ({@code true}: judged inconsistent) against gold ({@code true}: inconsistent). */
    public static BalancedAccuracy of(boolean[] predictedInconsistent, boolean[] goldInconsistent) {
        int caught = 0;
        int bad = 0;
        int kept = 0;
        int good = 0;
        for (int i = 0; i < goldInconsistent.length; i++) {
            if (goldInconsistent[i]) {
                bad++;
                caught += predictedInconsistent[i] ? 1 : 0;
            } else {
                good++;
                kept += predictedInconsistent[i] ? 0 : 1;
            }
        }
        return new BalancedAccuracy(caught, bad, kept, good);
    }

    public double inconsistentRecall() {
        return inconsistent == 0 ? 0 : (double) inconsistentCaught / inconsistent;
    }

    public double consistentRecall() {
        return consistent == 0 ? 0 : (double) consistentKept / consistent;
    }

    /** The mean of the two recalls, in percent. */
    public double percent() {
        return 50 * (inconsistentRecall() + consistentRecall());
    }
}
