package org.crosscheck.language;

/** A stretch of a text: its characters from {@code start} (inclusive) to {@code end} (exclusive). */
public record TextSpan(int start, int end, String text) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length does not match the span");
        }
    }
}
