package org.crosscheck.bench.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.crosscheck.bench.corpus.ConflictCases;
import org.crosscheck.bench.corpus.ConflictEdits;
import org.crosscheck.bench.corpus.EcbPlusCorpus;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.NerTag;
import org.crosscheck.language.WordNetLexicon;
import org.crosscheck.time.PartialDate;

/**
 * Training pairs for the verifier in the style of FactCC (Kryscinski et al. 2020), from ECB+
 * articles: a sentence of the article, edited, judged against the article. Inconsistent: another
 * date, number, person or place, negation added or removed, a verb swapped for its antonym, or a
 * sentence of an article about another event. Consistent: WordNet synonyms, a date said less
 * precisely, a number written as words, or the sentence cut at a clause boundary. Seeded; the
 * same seed gives the same pairs.
 */
final class VerifyPairs {

    /** One generated statement, the article it is judged against, and its label; {@code group} is the ECB+ topic. */
    record Pair(String group, Article source, String statement, boolean consistent, String kind) {
    }

    private static final int MIN_TOKENS = 8;
    private static final int MAX_SENTENCES = 12;

    private final Random random;
    private final CoreNlpAnnotator annotator;
    private final ConflictEdits edits;

    VerifyPairs(long seed, CoreNlpAnnotator annotator, WordNetLexicon lexicon) {
        this.random = new Random(seed);
        this.annotator = annotator;
        this.edits = new ConflictEdits(random, annotator, lexicon);
    }

    /** Two consistent and two inconsistent pairs from each of {@code articles} ECB+ articles. */
    List<Pair> generate(List<EcbPlusCorpus.Doc> docs, int articles) {
        List<EcbPlusCorpus.Doc> usable = new ArrayList<>(docs.stream().filter(d -> ConflictCases.body(d).size() >= 4).toList());
        Collections.shuffle(usable, random);
        Map<Integer, Set<String>> people = new TreeMap<>();
        Map<Integer, Set<String>> places = new TreeMap<>();
        Map<Integer, List<String>> sentencesByTopic = new TreeMap<>();
        List<Pair> out = new ArrayList<>();
        int made = 0;
        for (EcbPlusCorpus.Doc doc : usable) {
            if (made >= articles) {
                break;
            }
            List<String> body = ConflictCases.body(doc);
            String text = String.join("\n\n", body.subList(0, Math.min(body.size(), MAX_SENTENCES)));
            PartialDate published = ConflictCases.publication(doc.topic());
            List<AnnotatedSentence> sentences = annotator.annotate(text, published).stream()
                    .filter(s -> s.tokens().size() >= MIN_TOKENS).toList();
            if (sentences.size() < 2) {
                continue;
            }
            Article source = new Article(doc.file(), doc.file(), null, null, null, published, null, "en", text);
            String group = "ecb:" + doc.topic();
            for (int i = 0; i < 2; i++) {
                AnnotatedSentence s = sentences.get(random.nextInt(sentences.size()));
                consistent(s).ifPresent(p -> out.add(new Pair(group, source, p[1], true, p[0])));
            }
            List<String> otherEvents = new ArrayList<>();
            sentencesByTopic.forEach((t, list) -> {
                if (t != doc.topic()) {
                    otherEvents.addAll(list);
                }
            });
            for (int i = 0; i < 2; i++) {
                AnnotatedSentence s = sentences.get(random.nextInt(sentences.size()));
                inconsistent(s, text, ConflictCases.pool(people, doc.topic()), ConflictCases.pool(places, doc.topic()), otherEvents)
                        .ifPresent(p -> out.add(new Pair(group, source, p[1], false, p[0])));
            }
            for (AnnotatedSentence s : sentences) {
                ConflictEdits.names(s, NerTag.PERSON).stream().filter(n -> n.contains(" "))
                        .forEach(n -> people.computeIfAbsent(doc.topic(), t -> new LinkedHashSet<>()).add(n));
                ConflictEdits.names(s, NerTag.LOCATION).forEach(n -> places.computeIfAbsent(doc.topic(), t -> new LinkedHashSet<>()).add(n));
                sentencesByTopic.computeIfAbsent(doc.topic(), t -> new ArrayList<>()).add(s.text());
            }
            made++;
        }
        return out;
    }

    /** A harmless rewrite of the sentence: {kind, text}. */
    private Optional<String[]> consistent(AnnotatedSentence s) {
        int kind = random.nextInt(4);
        Optional<String> edited = switch (kind) {
            case 0 -> edits.lessPreciseDate(s);
            case 1 -> edits.numberAsWords(s);
            case 2 -> cut(s.text());
            default -> Optional.empty();
        };
        if (edited.isPresent()) {
            return Optional.of(new String[] {new String[] {"less-precise-date", "number-as-words", "compression"}[kind], edited.get()});
        }
        return Optional.of(new String[] {"synonyms", edits.synonyms(s, 0.4)});
    }

    /** The sentence up to its first clause boundary after at least six words, closed with a full stop. */
    private static Optional<String> cut(String sentence) {
        int at = sentence.indexOf(", ");
        while (at >= 0 && sentence.substring(0, at).split("\\s+").length < 6) {
            at = sentence.indexOf(", ", at + 2);
        }
        return at < 0 ? Optional.empty() : Optional.of(sentence.substring(0, at) + ".");
    }

    /** A fact-changing edit of the sentence, {kind, text}: the first of a shuffled list of edits that applies. */
    private Optional<String[]> inconsistent(AnnotatedSentence s, String text, List<String> people, List<String> places,
                                            List<String> otherEvents) {
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        Collections.shuffle(kinds, random);
        for (int kind : kinds) {
            Optional<String> edited = switch (kind) {
                case 0 -> edits.changeDate(s);
                case 1 -> edits.changeNumber(s);
                case 2 -> edits.swapName(s, NerTag.PERSON, people, text);
                case 3 -> edits.swapName(s, NerTag.LOCATION, places, text);
                case 4 -> edits.toggleNegation(s);
                case 5 -> edits.antonym(s);
                default -> otherEvents.isEmpty() ? Optional.empty()
                        : Optional.of(otherEvents.get(random.nextInt(otherEvents.size())));
            };
            if (edited.isPresent() && !edited.get().equals(s.text())) {
                return Optional.of(new String[] {List.of("date", "number", "person", "place", "negation", "antonym",
                        "other-event").get(kind), edited.get()});
            }
        }
        return Optional.empty();
    }
}
