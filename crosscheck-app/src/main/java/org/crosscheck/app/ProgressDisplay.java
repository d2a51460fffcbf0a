package org.crosscheck.app;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crosscheck.pipeline.Progress;

/**
 * Progress on standard error: a progress bar on a terminal, a plain line per stage (and every
 * few seconds) otherwise, nothing with {@code --quiet}.
 */
final class ProgressDisplay {

    private ProgressDisplay() {
    }

    static Progress create(boolean quiet, PrintStream err) {
        if (quiet) {
            return Progress.NONE;
        }
        return onTerminal() ? new Bar(err) : new Lines(err);
    }

    /**
     * True when standard streams are a terminal. From JDK 22 {@code System.console()} exists
     * even when output is redirected, and {@code Console.isTerminal()} tells; before, a console
     * exists only on a terminal.
     */
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** A progress bar per stage, for a terminal. */
    private static final class Bar implements Progress {
        private final PrintStream err;
        private ProgressBar bar;
        private String stage;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void update(String stage, long done, long total) {
            if (!stage.equals(this.stage)) {
                if (bar != null) {
                    bar.close();
                }
                this.stage = stage;
                bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build();
            }
            bar.maxHint(total);
            bar.stepTo(done);
            if (total >= 0 && done >= total) {
                bar.close();
                bar = null;
                this.stage = null;
            }
        }
    }

    /** Plain lines: when a stage starts, every five seconds, and when it ends. */
    private static final class Lines implements Progress {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PrintStream err;
        private String stage;
        private long last;

        Lines(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void update(String stage, long done, long total) {
            long now = System.nanoTime();
            boolean finished = total >= 0 && done >= total;
            boolean started = !stage.equals(this.stage);
            if (started || finished || now - last >= EVERY_NANOS) {
                err.println("crosscheck: " + stage + " " + done + (total >= 0 ? "/" + total : "") + (finished ? " done" : ""));
                last = now;
            }
            this.stage = finished ? null : stage;
        }
    }
}
