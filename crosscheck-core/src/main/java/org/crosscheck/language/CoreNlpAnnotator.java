package org.crosscheck.language;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.crosscheck.time.PartialDate;

/**
 * Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime, then the neural dependency
 * parser) behind plain records. One pipeline and one parser are loaded lazily per JVM and shared
 * by every instance (loading takes seconds and about half a gigabyte). CoreNLP's {@code Annotation} map never leaves this class:
 * callers get {@link AnnotatedSentence}s whose offsets index into the text they passed.
 *
 * <p>A text is first split into sentences by the tokenizer and sentence splitter alone (cheap);
 * then each sentence is tagged, parsed and read for names and dates on its own, once: the
 * sentences a wire copy or a quoting article shares with an earlier text, on the same day, are
 * taken from a bounded cache of the last sentences annotated instead of being annotated again,
 * and then from an {@link AnnotationArchive} when one is given (the annotations an ingest kept in
 * its store).
 * Every annotator after {@code ssplit} reads one sentence at a time, so a sentence annotated on
 * its own is annotated as it is within its text.
 *
 * <p>The parser is run here rather than as CoreNLP's {@code depparse} annotator: that annotator
 * turns each parse into five graphs (basic, collapsed, CC-processed, enhanced, enhanced++), and
 * only the basic one is read. Building the basic graph alone gives the same dependencies and
 * saves about a sixth of the parsing step's work (the other four conversions), and the JIT
 * compilation of those conversions.
 */
public final class CoreNlpAnnotator {

    private static final LazyModel<StanfordCoreNLP> SHARED = LazyModel.of(CoreNlpAnnotator::loadPipeline);
    private static final LazyModel<StanfordCoreNLP> SHARED_SPLITTER = LazyModel.of(CoreNlpAnnotator::loadSplitter);
    /** CoreNLP's default English model, loaded as its {@code depparse} annotator loads it with no settings. */
    private static final LazyModel<DependencyParser> SHARED_PARSER =
            LazyModel.of(() -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()));
    /**
     * The form of the annotations, first in every cache key: a change in what an annotation holds
     * for the same sentence (form 2: dates read from the sentence alone) makes an archive's older
     * rows misses.
     */
    private static final String FORM = "2";
    /** Sentences kept annotated, by anchor date and text (a few kilobytes each). */
    private static final int RECENT_SENTENCES = 4096;

    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP splitter;
    private final DependencyParser parser;
    /** The lasting second level of the cache ({@link AnnotationArchive#NONE} unless a store gives one). */
    private final Supplier<AnnotationArchive> archive;
    private final Map<String, List<AnnotatedSentence>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<AnnotatedSentence>> eldest) {
            return size() > RECENT_SENTENCES;
        }
    };

    public CoreNlpAnnotator() {
        this(() -> AnnotationArchive.NONE);
    }

    /**
     * An annotator that reads annotations from the archive {@code archive} gives at the time
     * before annotating a sentence, and hands it those it makes (see {@link AnnotationArchive}).
     */
    public CoreNlpAnnotator(Supplier<AnnotationArchive> archive) {
        this.archive = archive;
        this.pipeline = SHARED.get();
        this.splitter = SHARED_SPLITTER.get();
        this.parser = SHARED_PARSER.get();
    }

    /** The full pipeline, its dates read from each sentence alone ({@link SuTimeIsolation}). */
    private static StanfordCoreNLP loadPipeline() {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(settings());
        SuTimeIsolation.install(pipeline);
        return pipeline;
    }

    private static StanfordCoreNLP loadSplitter() {
        Properties settings = settings();
        settings.setProperty("annotators", "tokenize,ssplit");
        return new StanfordCoreNLP(settings);
    }

    private static Properties settings() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // A blank line (paragraph break) always ends a sentence; single newlines do not.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // One CRF (PERSON, ORGANIZATION, LOCATION) instead of the default three: lighter, and
        // the fine-grained regex layer (CITY, TITLE, ...) is not used downstream.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        return p;
    }

    /**
     * Annotates a text. When {@code published} is known to the day it anchors relative dates
     * ("Friday", "last September"); otherwise only dates the text states fully resolve.
     */
    public List<AnnotatedSentence> annotate(String text, PartialDate published) {
        return annotate(text, published, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Annotates the sentences of a text from its start, as the sentence splitter finds them, while
     * they are at most {@code maxSentences} and end within its first {@code maxCharacters}
     * characters (the rest is only split, which is cheap); otherwise as {@link #annotate(String, PartialDate)}.
     */
    public List<AnnotatedSentence> annotate(String text, PartialDate published, int maxSentences, int maxCharacters) {
        String date = published != null && published.precision() == PartialDate.Precision.DAY
                ? published.dateOnly().toString() : null;
        List<AnnotatedSentence> out = new ArrayList<>();
        for (CoreMap span : spansRead(text, maxSentences, maxCharacters)) {
            int start = span.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = span.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            for (AnnotatedSentence s : alone(text.substring(start, end), date)) {
                out.add(s.shifted(out.size(), start));
            }
        }
        return out;
    }

    /**
     * The spans of the sentences {@link #annotate(String, PartialDate, int, int)} gives for the
     * same text and bounds, found by the tokenizer and sentence splitter alone (no tagging, no
     * cache): each span the splitter finds in the text is split again on its own, as the full
     * pipeline splits it when it annotates that span.
     */
    public List<TextSpan> sentences(String text, int maxSentences, int maxCharacters) {
        List<TextSpan> out = new ArrayList<>();
        for (CoreMap span : spansRead(text, maxSentences, maxCharacters)) {
            int start = span.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = span.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Annotation alone = new Annotation(text.substring(start, end));
            splitter.annotate(alone);
            List<CoreMap> parts = alone.get(CoreAnnotations.SentencesAnnotation.class);
            for (CoreMap part : parts == null ? List.<CoreMap>of() : parts) {
                int from = start + part.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int to = start + part.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                out.add(new TextSpan(from, to, text.substring(from, to)));
            }
        }
        return out;
    }

    /** The splitter's sentence spans of a text from its start, while within the bounds. */
    private List<CoreMap> spansRead(String text, int maxSentences, int maxCharacters) {
        Annotation split = new Annotation(text);
        splitter.annotate(split);
        List<CoreMap> spans = split.get(CoreAnnotations.SentencesAnnotation.class);
        int n = 0;
        while (spans != null && n < spans.size() && n < maxSentences
                && spans.get(n).get(CoreAnnotations.CharacterOffsetEndAnnotation.class) <= maxCharacters) {
            n++;
        }
        return spans == null ? List.of() : spans.subList(0, n);
    }

    /** The sentences of one sentence's text annotated on its own (usually one), from the cache when it was seen. */
    private List<AnnotatedSentence> alone(String sentence, String date) {
        String key = FORM + "\u0000" + date + "\u0000" + sentence;
        synchronized (recent) {
            List<AnnotatedSentence> known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        AnnotationArchive lasting = archive.get();
        List<AnnotatedSentence> kept = lasting.find(key);
        if (kept != null) {
            synchronized (recent) {
                recent.put(key, kept);
            }
            return kept;
        }
        Annotation document = new Annotation(sentence);
        if (date != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline.annotate(document);
        List<AnnotatedSentence> out = new ArrayList<>();
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : sentences == null ? List.<CoreMap>of() : sentences) {
            out.add(convert(out.size(), sentence, s, basicDependencies(s)));
        }
        List<AnnotatedSentence> made = List.copyOf(out);
        synchronized (recent) {
            recent.put(key, made);
        }
        lasting.keep(key, made);
        return made;
    }

    /** The sentence's basic Universal Dependencies graph, as the {@code depparse} annotator makes it. */
    private SemanticGraph basicDependencies(CoreMap sentence) {
        GrammaticalStructure parse = parser.predict(sentence);
        return SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
    }

    private static AnnotatedSentence convert(int index, String text, CoreMap sentence, SemanticGraph graph) {
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, text.substring(l.beginPosition(), l.endPosition()),
                    l.lemma() == null ? l.word() : l.lemma(), l.tag() == null ? "" : l.tag(),
                    NerTag.of(l.ner()),
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    l.beginPosition(), l.endPosition()));
        }
        int firstTokenOffset = labels.isEmpty() ? 0 : labels.get(0).index();
        List<NamedMention> mentions = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        for (CoreMap m : found == null ? List.<CoreMap>of() : found) {
            List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
            if (mt == null || mt.isEmpty()) {
                continue;
            }
            int first = mt.get(0).index() - firstTokenOffset;
            int last = mt.get(mt.size() - 1).index() - firstTokenOffset + 1;
            int ms = mt.get(0).beginPosition();
            int me = mt.get(mt.size() - 1).endPosition();
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            NerTag type = tag == null ? null : NerTag.of(tag);
            String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (type == null || first < 0 || last <= first || last > tokens.size() || !taggedAs(tokens, first, last, type)) {
                continue;
            }
            if (type.isTemporal()) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                TimexType timexType = TimexType.of(timex != null && timex.timexType() != null ? timex.timexType() : tag);
                String value = timex != null && timex.value() != null ? timex.value() : normalized;
                times.add(new TimeMention(text.substring(ms, me), timexType, value, ms, me, first, last));
            } else {
                mentions.add(new NamedMention(text.substring(ms, me), type, normalized, ms, me, first, last));
            }
        }
        return new AnnotatedSentence(index, start, end, text.substring(start, end), tokens, mentions, times,
                dependencies(graph, firstTokenOffset));
    }

    /**
     * True when a token of the mention carries the mention's tag: CoreNLP also builds mentions
     * for pronouns ("his", "her") whose tokens are untagged; those are not names.
     */
    private static boolean taggedAs(List<Token> tokens, int first, int last, NerTag type) {
        for (int i = first; i < last; i++) {
            if (tokens.get(i).ner() == type) {
                return true;
            }
        }
        return false;
    }

    private static List<Dependency> dependencies(SemanticGraph graph, int firstTokenOffset) {
        List<Dependency> out = new ArrayList<>();
        if (graph == null) {
            return out;
        }
        graph.getRoots().forEach(r -> out.add(new Dependency("root", -1, r.index() - firstTokenOffset)));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - firstTokenOffset,
                    e.getDependent().index() - firstTokenOffset));
        }
        return out;
    }
}
