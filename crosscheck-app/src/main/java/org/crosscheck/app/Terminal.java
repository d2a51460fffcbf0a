package org.crosscheck.app;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams a command talks to: standard input, output and error. */
record Terminal(InputStream in, PrintStream out, PrintStream err) {
}
