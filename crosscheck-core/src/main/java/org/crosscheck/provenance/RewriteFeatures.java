package org.crosscheck.provenance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.dedup.TextNormalizer;
import org.crosscheck.language.ContentWords;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.SentenceEmbedder;

/**
 * The evidence that one sentence is a rewrite of another, as numbers the {@link RewriteJudge}
 * weighs: character 5-gram containment both ways, the embedding cosine, overlap of stemmed
 * content words (plain and with WordNet synonyms counted as matches), overlap of word bigrams,
 * numbers and capitalised names found in one sentence only, the length ratio, the longest common
 * word subsequence, the content words each has beyond the other; the cosine of the embeddings of
 * those missing words (a paraphrase swaps words that mean the same, a different statement adds
 * words of its own); and the coordinate-wise products of the two sentence embeddings (times 20),
 * which let the judge weigh the embedding's dimensions rather than take the plain cosine. The
 * first features lie in [0, 1], the products in [-20, 20] and are small in practice. The order of
 * {@link #NAMES} is the order of the vector and of the weights.
 */
public final class RewriteFeatures {

    /** Feature names, in vector order; the weights file uses them as keys. */
    public static final List<String> NAMES = names();

    /** Size of the sentence embeddings the products are taken of (all-MiniLM-L6-v2). */
    public static final int DIMENSIONS = 384;
    private static final double PRODUCT_SCALE = 20;

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("grams.min", "grams.max", "cosine", "words.jaccard", "words.min",
                "words.max", "synonyms.min", "bigrams.jaccard", "numbers.unmatched", "names.unmatched", "length.ratio",
                "sequence.min", "sequence.max", "extra.max", "extra.min", "bigrams.min", "missing.cosine", "missing.one.side"));
        for (int k = 0; k < DIMENSIONS; k++) {
            names.add("product." + k);
        }
        return List.copyOf(names);
    }

    private static final int GRAM_CHARS = 5;
    /** Content words one sentence has beyond the other count up to this many (then the feature is 1). */
    private static final double EXTRA_WORDS = 10;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*");
    private static final Lexicon.PartOfSpeech[] CONTENT_POS = {
        Lexicon.PartOfSpeech.NOUN, Lexicon.PartOfSpeech.VERB, Lexicon.PartOfSpeech.ADJECTIVE, Lexicon.PartOfSpeech.ADVERB};

    /**
     * One sentence made ready for comparison.
     *
     * @param grams   sorted distinct hashes of the character 5-grams of the normalised text
     * @param stems   stems of the content words
     * @param words   lower-cased content words as written, by stem order (for synonym lookups)
     * @param bigrams lower-cased word bigrams over all words
     * @param numbers numbers as written, separators removed
     * @param names   lower-cased capitalised words that do not open the sentence
     * @param tokens  every word, normalised, in order
     * @param length  number of words
     */
    public record Sentence(long[] grams, List<String> stems, List<String> words, Set<String> bigrams, Set<String> numbers,
                           Set<String> names, List<String> tokens, int length) {
    }

    private final Lexicon lexicon;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ContentWords contentWords = ContentWords.english();

    /** @param lexicon word relations for synonym matches */
    public RewriteFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A sentence prepared for {@link #features}. */
    public Sentence prepare(String text) {
        String normalized = normalizer.normalize(text);
        List<String> stems = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String w : normalizer.words(normalized)) {
            Set<String> stem = contentWords.of(w);
            if (!stem.isEmpty() && !stems.contains(stem.iterator().next())) {
                stems.add(stem.iterator().next());
                words.add(w);
            }
        }
        List<String> all = normalizer.words(normalized);
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            bigrams.add(all.get(i) + ' ' + all.get(i + 1));
        }
        Set<String> numbers = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        Matcher m = TOKEN.matcher(text);
        boolean first = true;
        while (m.find()) {
            String token = withoutTrailingPunctuation(m.group());
            if (token.isEmpty()) {
                continue;
            }
            if (Character.isDigit(token.charAt(0))) {
                numbers.add(token.replaceAll("[,'’]", ""));
            } else if (!first && Character.isUpperCase(token.charAt(0))) {
                names.add(normalizer.normalize(token));
            }
            first = false;
        }
        return new Sentence(PreparedText.grams(normalized, GRAM_CHARS), List.copyOf(stems), List.copyOf(words),
                Set.copyOf(bigrams), Set.copyOf(numbers), Set.copyOf(names), List.copyOf(all), all.size());
    }

    /**
     * The content words of {@code a} whose stems {@code b} lacks, as written, in order, joined by
     * spaces; empty when there are none. Their embedding goes into {@link #features}.
     */
    public String missingWords(Sentence a, Sentence b) {
        Set<String> stemsB = new HashSet<>(b.stems());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.stems().size(); i++) {
            if (!stemsB.contains(a.stems().get(i))) {
                out.add(a.words().get(i));
            }
        }
        return String.join(" ", out);
    }

    /**
     * The feature vector of a pair, in {@link #NAMES} order.
     *
     * @param u        the normalised embedding of {@code a}
     * @param v        the normalised embedding of {@code b}
     * @param missingA the embedding of {@link #missingWords missingWords(a, b)}, null when that is empty
     * @param missingB the embedding of {@code missingWords(b, a)}, null when that is empty
     */
    public double[] features(Sentence a, Sentence b, float[] u, float[] v, float[] missingA, float[] missingB) {
        if (u.length != DIMENSIONS || v.length != DIMENSIONS) {
            throw new IllegalArgumentException("expected embeddings of " + DIMENSIONS + " dimensions");
        }
        double[] out = new double[NAMES.size()];
        double[] lexical = lexical(a, b, SentenceEmbedder.cosine(u, v));
        System.arraycopy(lexical, 0, out, 0, lexical.length);
        int at = lexical.length;
        boolean oneSide = missingA == null || missingB == null;
        out[at++] = missingA == null && missingB == null ? 1 : oneSide ? 0 : Math.max(0, SentenceEmbedder.cosine(missingA, missingB));
        out[at++] = oneSide ? 1 : 0;
        for (int k = 0; k < DIMENSIONS; k++) {
            out[at++] = PRODUCT_SCALE * u[k] * v[k];
        }
        return out;
    }

    private double[] lexical(Sentence a, Sentence b, double cosine) {
        double gramsAinB = containment(a.grams(), b.grams());
        double gramsBinA = containment(b.grams(), a.grams());
        Set<String> stemsA = new LinkedHashSet<>(a.stems());
        Set<String> stemsB = new LinkedHashSet<>(b.stems());
        int common = intersection(stemsA, stemsB);
        int union = stemsA.size() + stemsB.size() - common;
        double wordsA = share(common, stemsA.size());
        double wordsB = share(common, stemsB.size());
        int synonymsA = common + synonymMatches(a, b);
        int synonymsB = common + synonymMatches(b, a);
        int commonBigrams = intersection(a.bigrams(), b.bigrams());
        int sequence = commonSubsequence(a.tokens(), b.tokens());
        return new double[] {
            Math.min(gramsAinB, gramsBinA),
            Math.max(gramsAinB, gramsBinA),
            Math.max(0, Math.min(1, cosine)),
            share(common, union),
            Math.min(wordsA, wordsB),
            Math.max(wordsA, wordsB),
            Math.min(share(synonymsA, stemsA.size()), share(synonymsB, stemsB.size())),
            share(commonBigrams, a.bigrams().size() + b.bigrams().size() - commonBigrams),
            unmatched(a.numbers(), b.numbers()),
            unmatched(a.names(), b.names()),
            a.length() == 0 || b.length() == 0 ? 0 : (double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length()),
            Math.min(share(sequence, a.length()), share(sequence, b.length())),
            Math.max(share(sequence, a.length()), share(sequence, b.length())),
            Math.min(1.0, Math.max(stemsA.size() - synonymsA, stemsB.size() - synonymsB) / EXTRA_WORDS),
            Math.min(1.0, Math.min(stemsA.size() - synonymsA, stemsB.size() - synonymsB) / EXTRA_WORDS),
            Math.min(share(commonBigrams, a.bigrams().size()), share(commonBigrams, b.bigrams().size())),
        };
    }

    /** Content words of {@code a} missing from {@code b} that have a synonym among {@code b}'s missing words. */
    private int synonymMatches(Sentence a, Sentence b) {
        Set<String> stemsB = new HashSet<>(b.stems());
        Set<String> stemsA = new HashSet<>(a.stems());
        List<String> missingB = new ArrayList<>();
        for (int i = 0; i < b.stems().size(); i++) {
            if (!stemsA.contains(b.stems().get(i))) {
                missingB.add(b.words().get(i));
            }
        }
        int matched = 0;
        for (int i = 0; i < a.stems().size(); i++) {
            if (stemsB.contains(a.stems().get(i))) {
                continue;
            }
            String word = a.words().get(i);
            if (word.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            for (String other : missingB) {
                if (synonyms(word, other)) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private boolean synonyms(String a, String b) {
        if (b.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (Lexicon.PartOfSpeech pos : CONTENT_POS) {
            if (lexicon.areSynonyms(a, b, pos)) {
                return true;
            }
        }
        return false;
    }

    /** Length of the longest common subsequence of two word lists. */
    static int commonSubsequence(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }

    /** Share of {@code a}'s grams found in {@code b}; both sorted and distinct. */
    static double containment(long[] a, long[] b) {
        if (a.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / a.length;
    }

    private static double unmatched(Set<String> a, Set<String> b) {
        int common = intersection(a, b);
        int union = a.size() + b.size() - common;
        return union == 0 ? 0 : (double) (union - common) / union;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.min(1.0, (double) part / whole);
    }

    /**
     * The token without its trailing run of {@code . , ' ’ -}; a loop rather than a {@code [...]+$}
     * pattern, which retries from every position of the run and is quadratic in its length.
     */
    static String withoutTrailingPunctuation(String token) {
        int end = token.length();
        while (end > 0 && ".,'’-".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }
}
