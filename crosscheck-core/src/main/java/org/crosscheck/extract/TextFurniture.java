package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops site furniture from a sequence of lines or HTML blocks: comment-form prompts, back-to-top
 * links, share prompts, image credits and marked captions, advertisement markers, newsletter and
 * cookie prompts, rights footers, lines that are only a date, and "Related articles" style headings
 * together with the short list of headlines that follows them. The cue phrases are regexes in
 * {@code furniture-lines.txt}. Blank strings are kept (they separate paragraphs in plain text).
 */
final class TextFurniture {

    private final List<Pattern> lineCues = new ArrayList<>();
    /** All LINE cues as one alternation, so a line costs one matcher instead of one per cue. */
    private final Pattern anyLineCue;
    private final List<Pattern> listCues = new ArrayList<>();
    private final DateLineReader dates;
    private final int maxWords;
    private final int maxListLines;
    private final int maxHeadlineWords;

    TextFurniture(ExtractionSettings settings, DateLineReader dates) {
        for (String line : settings.furnitureLines()) {
            int space = line.indexOf(' ');
            String kind = line.substring(0, space);
            Pattern p = Pattern.compile(line.substring(space + 1).strip(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (kind) {
                case "LINE" -> lineCues.add(p);
                case "LIST" -> listCues.add(p);
                default -> throw new IllegalStateException("furniture-lines.txt: unknown kind " + kind);
            }
        }
        StringBuilder any = new StringBuilder();
        for (Pattern p : lineCues) {
            any.append(any.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
        }
        this.anyLineCue = Pattern.compile(any.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.dates = dates;
        this.maxWords = settings.furnitureMaxWords();
        this.maxListLines = settings.furnitureMaxListLines();
        this.maxHeadlineWords = settings.furnitureMaxHeadlineWords();
    }

    /** The lines that are not furniture, in order; blank lines pass through. */
    List<String> strip(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        int listLeft = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = normalise(line);
            if (t.isEmpty()) {
                kept.add("");
                continue;
            }
            if (listLeft > 0) {
                if (isHeadlineLike(t) && !startsWrappedParagraph(lines, i)) {
                    listLeft--;
                    continue;
                }
                listLeft = 0;
            }
            if (isListHeading(t)) {
                listLeft = maxListLines;
                continue;
            }
            if (!isFurniture(t)) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** True when the line, on its own, is furniture (a list heading counts). */
    boolean isFurniture(String line) {
        String t = normalise(line);
        if (t.isEmpty() || words(t) > maxWords) {
            return false;
        }
        if (dates.read(t).isPresent() || isListHeading(t)) {
            return true;
        }
        return anyLineCue.matcher(t).matches();
    }

    private boolean isListHeading(String t) {
        if (words(t) > maxHeadlineWords) {
            return false;
        }
        for (Pattern p : listCues) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line opens a run of lines (up to the next blank) that reads as one hard-wrapped
     * paragraph: several lines whose joined text ends with '.', '!' or a closing quote.
     */
    private boolean startsWrappedParagraph(List<String> lines, int from) {
        if (from > 0 && !lines.get(from - 1).isBlank()) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        int count = 0;
        for (int j = from; j < lines.size() && !lines.get(j).isBlank(); j++) {
            joined.append(' ').append(normalise(lines.get(j)));
            count++;
        }
        String block = normalise(joined.toString());
        return count > 1 && block.matches(".*[.!\"”']$");
    }

    private boolean isHeadlineLike(String t) {
        return words(t) <= maxHeadlineWords && !t.endsWith(".") && !t.endsWith(":");
    }

    /** The line with no-break spaces as spaces, runs of whitespace collapsed to one space, and stripped. */
    static String normalise(String line) {
        StringBuilder out = null;
        int n = line.length();
        boolean space = true; // at the start: drop leading whitespace
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            boolean ws = c == '\u00a0' || Character.isWhitespace(c);
            if (out == null && (ws && (space || c != ' ' || i + 1 == n || isSpace(line.charAt(i + 1))))) {
                out = new StringBuilder(n).append(line, 0, i);
            }
            if (out != null) {
                if (!ws) {
                    out.append(c);
                } else if (!space) {
                    out.append(' ');
                }
            }
            space = ws;
        }
        if (out == null) {
            return line;
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == '\u00a0' || Character.isWhitespace(c);
    }

    /** Space-separated words of a normalised line. */
    static int words(String t) {
        if (t.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
