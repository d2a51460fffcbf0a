package org.crosscheck.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;

/**
 * A seeded generator of article pairs for the conflicts benchmark, built from real ECB+ articles.
 * The source report is one ECB+ article (headline left out, at most {@code maxSentences}
 * sentences, published on a fixed day of its topic); the second article is a copy of it in which
 * either exactly one sentence holds one planted conflict of a known kind (another date, number,
 * person or place, negation added or removed, a verb swapped for its WordNet antonym), or which
 * is a harmless rewrite (WordNet synonyms, a less precise date, a number written as words,
 * sentences reordered and dropped) that states no conflict. A kind is planted only in a sentence
 * that has its slot; an article without one is skipped for that kind and counted. Both articles
 * carry the same publication date, so relative dates read alike. The same seed and corpus give
 * the same cases.
 */
public final class ConflictCases {

    /** A planted conflict. */
    public enum Kind {
        DATE("date"), NUMBER("number"), PERSON("person"), PLACE("place"), NEGATION("negation"), ANTONYM("action");

        /** The interface's conflict kind that reports it. */
        public final String reported;

        Kind(String reported) {
            this.reported = reported;
        }
    }

    /**
     * One generated pair.
     *
     * @param kind             the planted conflict, or null for a harmless rewrite
     * @param recipe           what was done, for the record ("date", "synonyms+less-precise-date")
     * @param sourceSentence   the planted sentence as the source states it (null when harmless)
     * @param derivedSentence  the same sentence in the derived article (null when harmless)
     */
    public record Case(String id, Kind kind, String recipe, Article source, Article derived,
                String sourceSentence, String derivedSentence) {
    }

    /** The cases and, per kind, how many articles had no slot for it. */
    public record Generated(List<Case> cases, Map<Kind, Integer> skipped) {
    }

    private static final int MIN_SENTENCES = 4;

    private final Random random;
    private final CoreNlpAnnotator annotator;
    private final ConflictEdits edits;
    private final int maxSentences;
    private final boolean rewritten;

    public ConflictCases(long seed, CoreNlpAnnotator annotator, WordNetLexicon lexicon, int maxSentences) {
        this(seed, annotator, lexicon, maxSentences, false);
    }

    /**
     * With {@code rewritten}, the copy that carries a planted conflict is also rewritten as a
     * harmless pair is: WordNet synonyms in every sentence (the planted one too, outside the
     * edited words) and, half the time, the sentences after the first reordered; so the planted
     * sentence is no longer a word-for-word copy but for its edit.
     */
    public ConflictCases(long seed, CoreNlpAnnotator annotator, WordNetLexicon lexicon, int maxSentences, boolean rewritten) {
        this.random = new Random(seed);
        this.annotator = annotator;
        this.edits = new ConflictEdits(random, annotator, lexicon);
        this.maxSentences = maxSentences;
        this.rewritten = rewritten;
    }

    /** {@code perKind} cases of each planted kind and {@code harmless} harmless rewrites. */
    public Generated generate(List<EcbPlusCorpus.Doc> docs, int perKind, int harmless) {
        List<EcbPlusCorpus.Doc> usable = new ArrayList<>(docs.stream().filter(d -> body(d).size() >= MIN_SENTENCES).toList());
        Collections.shuffle(usable, random);
        Map<Kind, Integer> made = new EnumMap<>(Kind.class);
        Map<Kind, Integer> skipped = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            made.put(k, 0);
            skipped.put(k, 0);
        }
        Map<Integer, Set<String>> people = new TreeMap<>();
        Map<Integer, Set<String>> places = new TreeMap<>();
        List<Case> cases = new ArrayList<>();
        int harmlessMade = 0;
        for (EcbPlusCorpus.Doc doc : usable) {
            boolean kindsDone = made.values().stream().allMatch(n -> n >= perKind);
            if (kindsDone && harmlessMade >= harmless) {
                break;
            }
            List<String> body = body(doc);
            body = new ArrayList<>(body.subList(0, Math.min(body.size(), maxSentences)));
            String text = String.join("\n\n", body);
            PartialDate published = publication(doc.topic());
            List<AnnotatedSentence> sentences = annotator.annotate(text, published);
            if (sentences.size() < MIN_SENTENCES) {
                continue;
            }
            String id = String.format(Locale.ROOT, "%s", doc.file());
            for (Kind kind : Kind.values()) {
                if (made.get(kind) >= perKind) {
                    continue;
                }
                Optional<Case> c = plant(id, kind, text, sentences, published, pool(people, doc.topic()), pool(places, doc.topic()));
                if (c.isPresent()) {
                    cases.add(c.get());
                    made.merge(kind, 1, Integer::sum);
                } else {
                    skipped.merge(kind, 1, Integer::sum);
                }
            }
            if (harmlessMade < harmless) {
                cases.add(harmless(id, text, sentences, published));
                harmlessMade++;
            }
            for (AnnotatedSentence s : sentences) {
                ConflictEdits.names(s, NerTag.PERSON).stream().filter(n -> n.contains(" "))
                        .forEach(n -> people.computeIfAbsent(doc.topic(), t -> new LinkedHashSet<>()).add(n));
                ConflictEdits.names(s, NerTag.LOCATION)
                        .forEach(n -> places.computeIfAbsent(doc.topic(), t -> new LinkedHashSet<>()).add(n));
            }
        }
        return new Generated(cases, skipped);
    }

    /** A fixed publication day per topic. */
    public static PartialDate publication(int topic) {
        return PartialDate.of(LocalDate.of(2012, 3, 5).plusDays(topic * 23L));
    }

    /** The names of every topic but {@code topic}, to draw a swapped name from. */
    public static List<String> pool(Map<Integer, Set<String>> byTopic, int topic) {
        List<String> out = new ArrayList<>();
        byTopic.forEach((t, names) -> {
            if (t != topic) {
                out.addAll(names);
            }
        });
        return out;
    }

    private Optional<Case> plant(String docId, Kind kind, String text, List<AnnotatedSentence> sentences,
                                 PartialDate published, List<String> people, List<String> places) {
        List<AnnotatedSentence> order = new ArrayList<>(sentences);
        Collections.shuffle(order, random);
        for (AnnotatedSentence s : order) {
            Optional<String> edited = switch (kind) {
                case DATE -> edits.changeDate(s);
                case NUMBER -> edits.changeNumber(s);
                case PERSON -> edits.swapName(s, NerTag.PERSON, people, text);
                case PLACE -> edits.swapName(s, NerTag.LOCATION, places, text);
                case NEGATION -> edits.toggleNegation(s);
                case ANTONYM -> edits.antonym(s);
            };
            if (edited.isPresent() && !edited.get().equals(s.text())) {
                String id = docId + "-" + kind.reported;
                if (rewritten) {
                    return Optional.of(rewrite(id, kind, text, sentences, s, edited.get(), published));
                }
                String derivedText = text.substring(0, s.start()) + edited.get() + text.substring(s.end());
                return Optional.of(new Case(id, kind, kind.reported, article(id + "-a", published, text),
                        article(id + "-b", published, derivedText), s.text(), edited.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * A planted conflict in a rewritten copy: synonyms in every sentence, in the planted one only
     * outside the words its edit changed, and half the time the sentences after the first
     * reordered.
     */
    private Case rewrite(String id, Kind kind, String text, List<AnnotatedSentence> sentences, AnnotatedSentence planted,
                         String edited, PartialDate published) {
        int prefix = 0;
        while (prefix < edited.length() && prefix < planted.text().length() && edited.charAt(prefix) == planted.text().charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < edited.length() - prefix && suffix < planted.text().length() - prefix
                && edited.charAt(edited.length() - 1 - suffix) == planted.text().charAt(planted.text().length() - 1 - suffix)) {
            suffix++;
        }
        List<String> parts = new ArrayList<>();
        for (AnnotatedSentence e : annotator.annotate(edited, published)) {
            parts.add(edits.synonyms(e, 0.3, prefix, edited.length() - suffix));
        }
        String derivedSentence = String.join(" ", parts);
        List<String> out = new ArrayList<>();
        for (AnnotatedSentence s : sentences) {
            out.add(s == planted ? derivedSentence : edits.synonyms(s, 0.3));
        }
        List<String> recipe = new ArrayList<>(List.of(kind.reported, "synonyms"));
        out = reorderHalfTheTime(out, recipe);
        return new Case(id, kind, String.join("+", recipe), article(id + "-a", published, text),
                article(id + "-b", published, String.join("\n\n", out)), planted.text(), derivedSentence);
    }

    /**
     * A harmless rewrite: a date made less precise and a number written as words where the
     * article has them, WordNet synonyms in the other sentences, and half the time the sentences
     * after the first reordered, half the time a fifth of them dropped.
     */
    private Case harmless(String docId, String text, List<AnnotatedSentence> sentences, PartialDate published) {
        List<String> out = new ArrayList<>();
        List<String> recipe = new ArrayList<>();
        boolean dateDone = false;
        boolean numberDone = false;
        for (AnnotatedSentence s : sentences) {
            Optional<String> e = Optional.empty();
            if (!dateDone) {
                e = edits.lessPreciseDate(s);
                dateDone = e.isPresent();
                if (dateDone) {
                    recipe.add("less-precise-date");
                }
            }
            if (e.isEmpty() && !numberDone) {
                e = edits.numberAsWords(s);
                numberDone = e.isPresent();
                if (numberDone) {
                    recipe.add("number-as-words");
                }
            }
            out.add(e.orElseGet(() -> edits.synonyms(s, 0.3)));
        }
        recipe.add(0, "synonyms");
        out = reorderHalfTheTime(out, recipe);
        if (random.nextBoolean() && out.size() > 4) {
            int drop = Math.max(1, out.size() / 5);
            for (int k = 0; k < drop; k++) {
                out.remove(1 + random.nextInt(out.size() - 1));
            }
            recipe.add("dropped");
        }
        String id = docId + "-harmless";
        return new Case(id, null, String.join("+", recipe), article(id + "-a", published, text),
                article(id + "-b", published, String.join("\n\n", out)), null, null);
    }

    /** Half the time (and with more than two), the sentences after the first in another order, noted in the recipe. */
    private List<String> reorderHalfTheTime(List<String> sentences, List<String> recipe) {
        if (!random.nextBoolean() || sentences.size() <= 2) {
            return sentences;
        }
        List<String> rest = new ArrayList<>(sentences.subList(1, sentences.size()));
        Collections.shuffle(rest, random);
        List<String> out = new ArrayList<>(List.of(sentences.get(0)));
        out.addAll(rest);
        recipe.add("reordered");
        return out;
    }

    private static Article article(String id, PartialDate published, String text) {
        return new Article(id, id + ".txt", null, null, null, published, null, "en", text);
    }

    /** The body sentences of a document (the headline left out). */
    public static List<String> body(EcbPlusCorpus.Doc doc) {
        return DerivationCases.body(doc);
    }
}
