package org.crosscheck.language;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Makes SUTime's reading of a sentence's dates depend on that sentence alone.
 *
 * <p>SUTime's rules name a day or a month with a value bound once in its rule environment
 * ({@code THURSDAY = DayOfWeek(4)}), and its last rules tag the matched value "resolve to past"
 * when a past-tense verb stands near it ("The board voted on Thursday") or "to future" near a
 * modal. The tag lands on the shared value and stays: every later "Thursday" the environment
 * reads, in any sentence, any document, on any thread, resolves the same way, so "The meeting is
 * on Thursday", anchored on Monday 2025-06-09, reads as 2025-06-05 after that sentence and as
 * 2025-06-12 before it (CoreNLP issue #1061). Reports then depend on what the process annotated
 * before and, on several threads, on their interleaving.
 *
 * <p>This puts a time-expression extractor in the pipeline's NER annotator that gives each thread
 * its own SUTime environment (made from the same options; about 1 MB and 45 ms to make) and clears the
 * resolution tags of the environment's bound values before each sentence. CoreNLP keeps the
 * pieces in private fields, read here by reflection; a CoreNLP whose fields differ fails loudly
 * when the pipeline loads, not silently later.
 */
final class SuTimeIsolation {

    /** The tag SUTime's final rules set and {@code GenericTimeExpressionPatterns.determineRelFlags} reads. */
    static final String RESOLVE_TO = "resolveTo";

    private SuTimeIsolation() {
    }

    /** Installs the per-thread extractor in {@code pipeline}'s NER annotator, when it runs SUTime. */
    static void install(StanfordCoreNLP pipeline) {
        try {
            for (Annotator annotator : annotators(pipeline)) {
                if (annotator instanceof NERCombinerAnnotator ner) {
                    Object combiner = read(ner, "ner");
                    Object numbers = read(combiner, "nsc");
                    if (numbers == null) {
                        continue;
                    }
                    Object current = read(numbers, "timexExtractor");
                    if (current instanceof TimeExpressionExtractorImpl shared) {
                        Options options = (Options) read(shared, "options");
                        PerThread isolated = new PerThread(options);
                        isolated.own.get(); // fails here, while loading, if SUTime's fields differ
                        write(numbers, "timexExtractor", isolated);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot isolate SUTime's state in this CoreNLP build: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Annotator> annotators(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
        return (List<Annotator>) read(pipeline, "annotators");
    }

    /** Removes the resolution tag from every value bound in {@code env}. */
    static void clearResolutionTags(Env env) {
        for (Object bound : env.getVariables().values()) {
            if (bound instanceof Value value) {
                Tags tags = value.getTags();
                if (tags != null && tags.hasTag(RESOLVE_TO)) {
                    tags.removeTag(RESOLVE_TO);
                }
            }
        }
    }

    /** Equal option fields; arrays (the holiday binders) by their elements' classes. */
    static boolean sameOptions(Options a, Options b) throws IllegalAccessException {
        for (Field f : Options.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object x = f.get(a);
            Object y = f.get(b);
            if (x instanceof Object[] xs && y instanceof Object[] ys) {
                if (!Arrays.equals(Arrays.stream(xs).map(Object::getClass).toArray(),
                        Arrays.stream(ys).map(Object::getClass).toArray())) {
                    return false;
                }
            } else if (!Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    private static Object read(Object owner, String name) throws ReflectiveOperationException {
        return field(owner.getClass(), name).get(owner);
    }

    private static void write(Object owner, String name, Object value) throws ReflectiveOperationException {
        field(owner.getClass(), name).set(owner, value);
    }

    /** One SUTime extractor, with its own rule environment, per thread; tags cleared before each call. */
    private static final class PerThread implements TimeExpressionExtractor {

        private final ThreadLocal<Own> own;

        PerThread(Options options) {
            this.own = ThreadLocal.withInitial(() -> new Own(options));
        }

        @Override
        public void init(String name, Properties props) {
            throw new UnsupportedOperationException("made from the NER annotator's options");
        }

        @Override
        public void init(Options options) {
            throw new UnsupportedOperationException("made from the NER annotator's options");
        }

        @Override
        public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, CoreMap docAnnotation) {
            Own mine = own.get();
            clearResolutionTags(mine.env);
            return mine.extractor.extractTimeExpressionCoreMaps(annotation, docAnnotation);
        }

        @Override
        public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
            Own mine = own.get();
            clearResolutionTags(mine.env);
            return mine.extractor.extractTimeExpressionCoreMaps(annotation, docDate);
        }

        @Override
        public void finalize(CoreMap docAnnotation) {
            own.get().extractor.finalize(docAnnotation);
        }
    }

    /** A thread's extractor and the rule environment its patterns read. */
    private static final class Own {
        final TimeExpressionExtractorImpl extractor;
        final Env env;

        /**
         * Made from the NER annotator's rule files (the no-argument constructor would first read
         * the default rules under a warning); any other option of the NER's that these settings
         * do not give fails the load.
         */
        Own(Options options) {
            try {
                Properties settings = new Properties();
                Object rules = read(options, "grammarFilename");
                if (rules != null) {
                    settings.setProperty("sutime.rules", rules.toString());
                }
                extractor = new TimeExpressionExtractorImpl("sutime", settings);
                if (!sameOptions((Options) read(extractor, "options"), options)) {
                    throw new IllegalStateException("the NER annotator's SUTime options differ from its rule files' defaults");
                }
                env = (Env) read(read(extractor, "timexPatterns"), "env");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read SUTime's rule environment: " + e, e);
            }
        }
    }
}
