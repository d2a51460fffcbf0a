package org.crosscheck.app;

/** Exit codes of the public interface. */
final class ExitCode {

    /** Every input was processed. */
    static final int OK = 0;
    /** Some inputs were skipped, each named on standard error; the others were processed. */
    static final int SOME_SKIPPED = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** Nothing could be processed. */
    static final int NOTHING_PROCESSED = 3;

    private ExitCode() {
    }
}
