package org.crosscheck.align;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.claims.AttributionVerbs;
import org.crosscheck.language.ContentWords;
import org.crosscheck.settings.ResourceSettings;

/**
 * Thresholds and word lists of the aligner, read from the resource files beside this class
 * (each value is commented there).
 *
 * @param sameFactSimilarity         cosine from which two claims are proposed as one fact
 * @param conflictSimilarity         cosine from which two claims are examined for a conflict
 * @param factSimilarity             cosine from which two unlike claims are examined for counts of one fact
 * @param minSharedContentWords      content stems two claims need when they share no entity
 * @param numberTolerance            relative difference under which two numbers agree
 * @param approximateNumberTolerance the same when one number is approximate
 * @param minQuotedWords             words a direct quotation needs before two speakers of it disagree
 * @param stopWords                  function words left out of content comparison
 * @param approximationCues          words that mark a number as approximate
 * @param occurrenceCues             words that mark another occurrence of a recurring event
 * @param denialVerbs                verbs by which a claim denies what it reports
 * @param hypotheticalCues           modal words by which a claim says what would or could be, not what is
 * @param runningTotalCues           phrases that make a count a running total ("so far")
 * @param nearPlaceCues              words before a place that name somewhere near it ("off", "near")
 * @param edit                       how near-copies of one sentence are compared ({@link EditConflicts})
 */
public record AlignmentSettings(double sameFactSimilarity, double conflictSimilarity, double factSimilarity,
                         int minSharedContentWords,
                         double numberTolerance, double approximateNumberTolerance, int minQuotedWords,
                         Set<String> stopWords,
                         List<String> approximationCues, Set<String> occurrenceCues, Set<String> denialVerbs,
                         Set<String> hypotheticalCues, List<String> runningTotalCues, List<String> nearPlaceCues,
                         EditSettings edit) {

    /**
     * Near-copies of one sentence.
     *
     * @param maxWords       most words the differing stretch may have on each side
     * @param minSharedShare least share of the longer sentence's words that must be the same
     * @param minWords       least words the longer sentence must have
     * @param negationWords  denying words ("not", "never")
     * @param auxiliaries    the auxiliary a denial adds ("did not close")
     */
    record EditSettings(int maxWords, double minSharedShare, int minWords, Set<String> negationWords,
                        Set<String> auxiliaries) {

        EditSettings {
            negationWords = Set.copyOf(negationWords);
            auxiliaries = Set.copyOf(auxiliaries);
        }
    }

    int editMaxWords() {
        return edit.maxWords();
    }

    double editMinSharedShare() {
        return edit.minSharedShare();
    }

    int editMinWords() {
        return edit.minWords();
    }

    Set<String> editNegationWords() {
        return edit.negationWords();
    }

    Set<String> editAuxiliaries() {
        return edit.auxiliaries();
    }


    public AlignmentSettings {
        stopWords = Set.copyOf(stopWords);
        approximationCues = List.copyOf(approximationCues);
        occurrenceCues = Set.copyOf(occurrenceCues);
        denialVerbs = Set.copyOf(denialVerbs);
        hypotheticalCues = Set.copyOf(hypotheticalCues);
        runningTotalCues = List.copyOf(runningTotalCues);
        nearPlaceCues = List.copyOf(nearPlaceCues);
    }

    /** The settings shipped in the resource files. */
    public static AlignmentSettings defaults() {
        return from(shipped());
    }

    /** The shipped {@code alignment.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(AlignmentSettings.class, "alignment.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code alignment.properties}) and the shipped word lists. */
    public static AlignmentSettings from(ResourceSettings p) {
        return new AlignmentSettings(
                p.decimal("sameFactSimilarity"),
                p.decimal("conflictSimilarity"),
                p.decimal("factSimilarity"),
                p.integer("minSharedContentWords"),
                p.decimal("numberTolerance"),
                p.decimal("approximateNumberTolerance"),
                p.integer("minQuotedWords"),
                new LinkedHashSet<>(ContentWords.stopWords()),
                words("approximation-cues.txt"),
                new LinkedHashSet<>(words("occurrence-cues.txt")),
                new LinkedHashSet<>(AttributionVerbs.denials()),
                new LinkedHashSet<>(words("hypothetical-cues.txt")),
                words("running-total-cues.txt"),
                words("near-place-cues.txt"),
                new EditSettings(p.integer("edit.maxWords"), p.decimal("edit.minSharedShare"), p.integer("edit.minWords"),
                        new LinkedHashSet<>(words("edit-negation-words.txt")),
                        new LinkedHashSet<>(words("edit-auxiliaries.txt"))));
    }

    /** A pattern, over lower-cased text, that finds any of the phrases as whole words, followed by {@code after}. */
    static Pattern anyOf(List<String> phrases, String after) {
        String alternatives = phrases.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + (alternatives.isEmpty() ? "(?!)" : alternatives) + ")\\b" + after);
    }

    /** A word list beside this class, lower-cased. */
    private static List<String> words(String name) {
        return ResourceSettings.wordList(AlignmentSettings.class, name).stream()
                .map(l -> l.toLowerCase(Locale.ROOT))
                .toList();
    }
}
