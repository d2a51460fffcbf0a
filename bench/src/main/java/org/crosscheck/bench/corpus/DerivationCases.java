package org.crosscheck.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.crosscheck.extract.Article;
import org.crosscheck.language.Lexicon;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;

/**
 * A seeded generator of article pairs with a known derivation, built from real ECB+ articles:
 * verbatim copies, light edits, sentence reordering, WordNet synonym rewrites, partial reuse (a
 * passage of one article, 22-45% of the result's characters, inside another real article of the
 * same event) and
 * independent reports (two different real articles of one gold event: no link), and paraphrase
 * rewrites ({@link Paraphraser}: every sentence reworded, some merged or split, 10-30% of the
 * source's sentences dropped, one or two moved, and 20-40% of the result's characters taken
 * from another real article of the same event as the rewriter's own commentary). Each case is
 * dated (the source a day or more earlier, or both on the same day) or undated, and carries the
 * gold kind and direction: the source first when the dates tell, or, undated, when the derived
 * text left out part of the source (the source then contains the other); else "undecided" (an
 * undated verbatim copy, reordering or synonym rewrite of the whole text, a partial reuse).
 * The same seed and corpus give the same cases.
 */
public final class DerivationCases {

    /** What the generator did. */
    public enum Recipe { VERBATIM, LIGHT_EDIT, REORDER, SYNONYMS, PARTIAL, INDEPENDENT, PARAPHRASE }

    /** Gold direction of a link. */
    public enum Direction { SOURCE_FIRST, UNDECIDED }

    /**
     * One generated pair.
     *
     * @param source    the original article (for INDEPENDENT, one of the two)
     * @param derived   the article made from it (for INDEPENDENT, the other real article)
     * @param kind      gold kind: duplicate, rewrite, partial, or null for no link
     * @param direction gold direction, null for no link
     */
    public record Case(String id, Recipe recipe, boolean dated, Article source, Article derived, String kind, Direction direction) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Lexicon.PartOfSpeech[] POS = {
        Lexicon.PartOfSpeech.NOUN, Lexicon.PartOfSpeech.VERB, Lexicon.PartOfSpeech.ADJECTIVE, Lexicon.PartOfSpeech.ADVERB};
    private static final List<String> INSERTS = List.of("also", "now", "reportedly", "still", "already", "then");
    private static final int MIN_SENTENCES = 6;
    /** Independent pairs sharing a word 8-gram are real copies of one another in the corpus, not independent. */
    private static final int SHARED_RUN = 8;

    private final Random random;
    private final WordNetLexicon lexicon = new WordNetLexicon();
    private final Map<String, List<String>> synonymCache = new HashMap<>();
    private final Paraphraser paraphraser;
    private final Set<String> notIndependent;

    public DerivationCases(long seed) {
        this(seed, Set.of());
    }

    /** @param notIndependent pairs of ECB+ files ({@link #pairKey}) judged copies of one another, never used as independent */
    public DerivationCases(long seed, Set<String> notIndependent) {
        this.random = new Random(seed);
        this.paraphraser = new Paraphraser(random, this::synonymRewrite);
        this.notIndependent = notIndependent;
    }

    /** The key of an unordered pair of ECB+ files. */
    public static String pairKey(String fileA, String fileB) {
        return fileA.compareTo(fileB) < 0 ? fileA + " " + fileB : fileB + " " + fileA;
    }

    /** {@code perRecipe} cases of each recipe from the given documents. */
    public List<Case> generate(List<EcbPlusCorpus.Doc> docs, int perRecipe) {
        List<EcbPlusCorpus.Doc> usable = docs.stream().filter(d -> body(d).size() >= MIN_SENTENCES).toList();
        Map<String, List<EcbPlusCorpus.Doc>> byEvent = new HashMap<>();
        for (EcbPlusCorpus.Doc d : usable) {
            byEvent.computeIfAbsent(d.event(), k -> new ArrayList<>()).add(d);
        }
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (Recipe recipe : Recipe.values()) {
            int made = 0;
            int tries = 0;
            while (made < perRecipe && tries++ < perRecipe * 50) {
                EcbPlusCorpus.Doc source = usable.get(random.nextInt(usable.size()));
                List<EcbPlusCorpus.Doc> sameEvent = byEvent.get(source.event());
                EcbPlusCorpus.Doc other = sameEvent.get(random.nextInt(sameEvent.size()));
                boolean needsOther = recipe == Recipe.PARTIAL || recipe == Recipe.INDEPENDENT || recipe == Recipe.PARAPHRASE;
                if (needsOther && (other == source || sharesRun(body(source), body(other))
                        || notIndependent.contains(pairKey(source.file(), other.file())))) {
                    continue;
                }
                Case c = make(String.format(Locale.ROOT, "c%04d", n), recipe, source, other);
                if (c != null) {
                    cases.add(c);
                    made++;
                    n++;
                }
            }
        }
        return cases;
    }

    private Case make(String id, Recipe recipe, EcbPlusCorpus.Doc sourceDoc, EcbPlusCorpus.Doc otherDoc) {
        List<String> source = body(sourceDoc);
        boolean dated = random.nextBoolean();
        boolean sameDay = dated && random.nextInt(4) == 0;
        boolean drop = random.nextBoolean();
        List<String> derived;
        String kind;
        boolean contained = false; // the derived text leaves out part of the source
        switch (recipe) {
            case VERBATIM -> {
                derived = new ArrayList<>(source);
                kind = "duplicate";
            }
            case LIGHT_EDIT -> {
                derived = new ArrayList<>();
                for (String s : source) {
                    derived.add(random.nextDouble() < 0.6 ? lightEdit(s) : s);
                }
                contained = drop && dropSome(derived);
                kind = "rewrite";
            }
            case REORDER -> {
                derived = new ArrayList<>(source);
                java.util.Collections.shuffle(derived, random);
                if (derived.equals(source)) {
                    return null;
                }
                contained = drop && dropSome(derived);
                kind = "rewrite";
            }
            case SYNONYMS -> {
                derived = new ArrayList<>();
                for (String s : source) {
                    derived.add(synonymRewrite(s, 0.5));
                }
                contained = drop && dropSome(derived);
                kind = "rewrite";
            }
            case PARTIAL -> {
                // a passage of the source making up 22-45% of the derived text's characters,
                // inside another real article of the same event; a passage, not most of the source
                List<String> own = body(otherDoc);
                double target = 0.22 + 0.23 * random.nextDouble();
                int ownChars = own.stream().mapToInt(String::length).sum();
                int start = random.nextInt(source.size());
                int end = start;
                int reusedChars = 0;
                while (end < source.size() && (end - start < 2 || (double) reusedChars / (ownChars + reusedChars) < target)) {
                    reusedChars += source.get(end++).length();
                }
                double share = (double) reusedChars / (ownChars + reusedChars);
                if (end - start < 2 || share < 0.2 || share > 0.48 || end - start > source.size() * 0.6) {
                    return null;
                }
                derived = new ArrayList<>(own);
                derived.addAll(1 + random.nextInt(own.size()), source.subList(start, end));
                kind = "partial";
            }
            case INDEPENDENT -> {
                derived = body(otherDoc);
                kind = null;
            }
            case PARAPHRASE -> {
                derived = paraphrase(source, body(otherDoc));
                if (derived == null) {
                    return null;
                }
                kind = "rewrite";
            }
            default -> throw new IllegalStateException(recipe.name());
        }
        Direction direction = kind == null ? null
                : dated && !sameDay || contained ? Direction.SOURCE_FIRST : Direction.UNDECIDED;
        LocalDate day = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(3000));
        LocalDate later = sameDay ? day : day.plusDays(1 + random.nextInt(3));
        // ids in random order so that id order says nothing about the direction
        boolean sourceNamedA = random.nextBoolean();
        String sourceId = id + (sourceNamedA ? "-a" : "-b");
        String derivedId = id + (sourceNamedA ? "-b" : "-a");
        Article s = article(sourceId, dated ? day : null, source);
        Article d = article(derivedId, dated ? later : null, derived);
        return new Case(id, recipe, dated, s, d, kind, direction);
    }

    private static Article article(String id, LocalDate date, List<String> sentences) {
        PartialDate published = date == null ? null : PartialDate.parseIso(date.toString()).orElseThrow();
        return new Article(id, id + ".txt", null, null, null, published, null, "en", String.join("\n\n", sentences));
    }

    /** The body sentences of a document (the headline left out). */
    public static List<String> body(EcbPlusCorpus.Doc doc) {
        List<String> all = new ArrayList<>(doc.sentences().values());
        return all.size() <= 1 ? List.of() : new ArrayList<>(all.subList(1, all.size()));
    }

    static final double PARAPHRASE_SYNONYMS = 0.5;

    /**
     * A paraphrase rewrite of {@code source}: 10-30% of its sentences dropped (never the first),
     * each other reworded, some merged with the next or split, one or two moved, and sentences of
     * {@code own} (another outlet's report of the event, standing for the rewriter's commentary)
     * making up 20-40% of the characters inserted as one or two blocks; null when {@code own} is
     * too short for that.
     */
    private List<String> paraphrase(List<String> source, List<String> own) {
        List<String> kept = new ArrayList<>(source);
        int drop = (int) Math.round(kept.size() * (0.1 + 0.2 * random.nextDouble()));
        for (int k = 0; k < drop && kept.size() > 4; k++) {
            kept.remove(1 + random.nextInt(kept.size() - 1));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            double r = random.nextDouble();
            if (r < 0.2 && i + 1 < kept.size()) {
                out.add(paraphraser.reword(paraphraser.merge(kept.get(i), kept.get(i + 1)), PARAPHRASE_SYNONYMS));
                i++;
                continue;
            }
            List<String> parts = r < 0.4 ? paraphraser.split(kept.get(i)) : List.of();
            if (parts.isEmpty()) {
                out.add(paraphraser.reword(kept.get(i), PARAPHRASE_SYNONYMS));
            } else {
                parts.forEach(p -> out.add(paraphraser.reword(p, PARAPHRASE_SYNONYMS)));
            }
        }
        int moves = 1 + random.nextInt(2);
        for (int k = 0; k < moves && out.size() > 3; k++) {
            String moved = out.remove(1 + random.nextInt(out.size() - 1));
            out.add(1 + random.nextInt(out.size()), moved);
        }
        int rewrittenChars = out.stream().mapToInt(String::length).sum();
        double target = 0.2 + 0.2 * random.nextDouble();
        int start = random.nextInt(Math.max(1, own.size() / 2));
        List<String> commentary = new ArrayList<>();
        int commentaryChars = 0;
        for (int i = start; i < own.size() && (double) commentaryChars / (commentaryChars + rewrittenChars) < target; i++) {
            commentary.add(own.get(i));
            commentaryChars += own.get(i).length();
        }
        double share = (double) commentaryChars / (commentaryChars + rewrittenChars);
        if (share < 0.18 || share > 0.45) {
            return null;
        }
        int blocks = commentary.size() >= 2 && random.nextBoolean() ? 2 : 1;
        int cut = blocks == 2 ? 1 + random.nextInt(commentary.size() - 1) : commentary.size();
        out.addAll(1 + random.nextInt(out.size()), commentary.subList(0, cut));
        if (blocks == 2) {
            out.addAll(1 + random.nextInt(out.size()), commentary.subList(cut, commentary.size()));
        }
        return out;
    }

    /** Drops 25-40% of the sentences (at least two), keeping the first; true when any were dropped. */
    private boolean dropSome(List<String> sentences) {
        int dropCount = Math.max(2, (int) Math.round(sentences.size() * (0.25 + 0.15 * random.nextDouble())));
        if (sentences.size() - dropCount < 3) {
            return false;
        }
        for (int k = 0; k < dropCount; k++) {
            sentences.remove(1 + random.nextInt(sentences.size() - 1));
        }
        return true;
    }

    /** One or two small edits: a word left out, a word inserted, or two neighbouring words swapped. */
    public String lightEdit(String sentence) {
        List<String> words = new ArrayList<>(List.of(sentence.split(" ")));
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && words.size() > 4; e++) {
            int i = 1 + random.nextInt(words.size() - 2);
            switch (random.nextInt(3)) {
                case 0 -> words.remove(i);
                case 1 -> words.add(i, INSERTS.get(random.nextInt(INSERTS.size())));
                default -> {
                    String t = words.get(i);
                    words.set(i, words.get(i + 1));
                    words.set(i + 1, t);
                }
            }
        }
        return String.join(" ", words);
    }

    /** Each lower-case content word with a WordNet synonym is replaced by one with probability {@code rate}. */
    public String synonymRewrite(String sentence, double rate) {
        Matcher m = WORD.matcher(sentence);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String w = m.group();
            out.append(sentence, last, m.start());
            last = m.end();
            List<String> synonyms = w.length() >= 4 && Character.isLowerCase(w.charAt(0))
                    && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) ? synonyms(w) : List.of();
            out.append(!synonyms.isEmpty() && random.nextDouble() < rate ? synonyms.get(random.nextInt(synonyms.size())) : w);
        }
        out.append(sentence.substring(last));
        return out.toString();
    }

    private List<String> synonyms(String word) {
        return synonymCache.computeIfAbsent(word, w -> {
            for (Lexicon.PartOfSpeech pos : POS) {
                List<String> s = lexicon.synonyms(w, pos);
                if (!s.isEmpty()) {
                    return s;
                }
            }
            return List.of();
        });
    }

    /** True when the two texts share a run of {@link #SHARED_RUN} words. */
    public static boolean sharesRun(List<String> a, List<String> b) {
        Set<String> runs = new HashSet<>(runs(a));
        for (String r : runs(b)) {
            if (runs.contains(r)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> runs(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i + SHARED_RUN <= w.length; i++) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + SHARED_RUN)));
            }
        }
        return out;
    }
}
