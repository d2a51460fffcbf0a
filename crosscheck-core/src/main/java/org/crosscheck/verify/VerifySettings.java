package org.crosscheck.verify;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.settings.ResourceSettings;

/**
 * Thresholds of the statement verifier, from {@code verify.properties} beside this class (each
 * value is commented there).
 *
 * @param candidates          source sentences compared with each statement sentence
 * @param sourceArticles      source articles read closely (annotated, embedded) for each statement sentence and for
 *                            the whole statement, the best by BM25 among all the sources (0: every source)
 * @param supportSentences    most similar source sentences whose words may support a statement sentence (0: all)
 * @param supportSimilarity   cosine from which a source sentence is listed as support
 * @param polaritySimilarity  cosine from which negation and antonyms are compared
 * @param maxUnsupportedWords content words no source states that make a sentence unsupported
 * @param functionWords       lemmas that state no fact of their own
 * @param negationWords       lemmas that deny what a sentence states
 */
public record VerifySettings(int candidates, int sourceArticles, int supportSentences, double supportSimilarity, double polaritySimilarity,
                             int maxUnsupportedWords, Set<String> functionWords, Set<String> negationWords) {

    public VerifySettings {
        if (candidates < 1 || maxUnsupportedWords < 1 || supportSentences < 0 || sourceArticles < 0) {
            throw new IllegalArgumentException("candidates and maxUnsupportedWords must be at least 1, supportSentences and sourceArticles at least 0");
        }
        functionWords = Set.copyOf(functionWords);
        negationWords = Set.copyOf(negationWords);
    }

    /** The settings shipped in the resource files. */
    public static VerifySettings defaults() {
        return from(shipped());
    }

    /** The shipped {@code verify.properties}: the values {@link #from} reads, which a settings file may replace. */
    public static ResourceSettings shipped() {
        return ResourceSettings.load(VerifySettings.class, "verify.properties");
    }

    /** The settings with the values of {@code p} (keys as in {@code verify.properties}) and the shipped word lists. */
    public static VerifySettings from(ResourceSettings p) {
        return new VerifySettings(p.integer("candidates"), p.integer("sourceArticles"), p.integer("supportSentences"), p.decimal("supportSimilarity"),
                p.decimal("polaritySimilarity"), p.integer("maxUnsupportedWords"),
                words("function-words.txt"), words("negation-words.txt"));
    }

    private static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        ResourceSettings.wordList(VerifySettings.class, name).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return out;
    }

    /** The same settings with another word threshold (for tuning in the benchmark). */
    public VerifySettings withMaxUnsupportedWords(int max) {
        return new VerifySettings(candidates, sourceArticles, supportSentences, supportSimilarity, polaritySimilarity, max, functionWords, negationWords);
    }

    /** The same settings with another number of source articles read closely (0: all; for the scale benchmark). */
    public VerifySettings withSourceArticles(int articles) {
        return new VerifySettings(candidates, articles, supportSentences, supportSimilarity, polaritySimilarity,
                maxUnsupportedWords, functionWords, negationWords);
    }

    /** The same settings with another number of supporting sentences (for tuning in the benchmark). */
    public VerifySettings withSupportSentences(int sentences) {
        return new VerifySettings(candidates, sourceArticles, sentences, supportSimilarity, polaritySimilarity, maxUnsupportedWords,
                functionWords, negationWords);
    }

    /** The same settings with another polarity cosine (for tuning in the benchmark). */
    public VerifySettings withPolaritySimilarity(double cosine) {
        return new VerifySettings(candidates, sourceArticles, supportSentences, supportSimilarity, cosine, maxUnsupportedWords, functionWords, negationWords);
    }
}
