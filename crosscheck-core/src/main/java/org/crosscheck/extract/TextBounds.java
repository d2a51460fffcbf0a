package org.crosscheck.extract;

/**
 * Bounds what the per-sentence steps (CoreNLP, the embeddings, the pattern matching of claims,
 * provenance and verify) can be handed, so that their cost stays linear in the text whatever it
 * holds: a run of non-space characters longer than {@link #MAX_TOKEN_CHARS} keeps only its first
 * {@code MAX_TOKEN_CHARS} (a 320,000-dash "word" is no word), and a stretch longer than
 * {@link #MAX_SENTENCE_CHARS} with no sentence end ({@code . ! ?} before a space) and no blank
 * line gets a paragraph break at its last space, so that no sentence exceeds it. Ordinary prose is
 * returned unchanged (the same instance), and bounding a bounded text changes nothing.
 */
public final class TextBounds {

    /** The longest run of non-space characters kept. */
    public static final int MAX_TOKEN_CHARS = 200;
    /** The longest stretch without a sentence end or blank line before a break is put in. */
    public static final int MAX_SENTENCE_CHARS = 3_000;

    private TextBounds() {
    }

    /** The text with overlong tokens cut and overlong sentences broken; null stays null. */
    public static String bound(String text) {
        if (text == null || withinBounds(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 20));
        int token = 0;
        int run = 0;
        int lastSpace = -1;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                token = 0;
                boolean boundary = isSentenceEnd(previous) || (c == '\n' && previous == '\n');
                out.append(c);
                previous = c;
                if (boundary) {
                    run = 0;
                    lastSpace = -1;
                    continue;
                }
                lastSpace = out.length() - 1;
            } else {
                boolean pairHalf = Character.isLowSurrogate(c) && Character.isHighSurrogate(previous);
                if (token >= MAX_TOKEN_CHARS && !pairHalf) {
                    continue;
                }
                token++;
                out.append(c);
                previous = c;
            }
            run++;
            if (run > MAX_SENTENCE_CHARS && lastSpace >= 0) {
                out.replace(lastSpace, lastSpace + 1, "\n\n");
                run = out.length() - (lastSpace + 2);
                lastSpace = -1;
            }
        }
        return out.toString();
    }

    private static boolean withinBounds(String text) {
        int token = 0;
        int run = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                token = 0;
                if (isSentenceEnd(previous) || (c == '\n' && previous == '\n')) {
                    run = -1;
                }
            } else if (++token > MAX_TOKEN_CHARS) {
                return false;
            }
            if (++run > MAX_SENTENCE_CHARS) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
