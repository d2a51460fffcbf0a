package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.AnnotationArchive;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.NerTag;
import org.crosscheck.time.PartialDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims of a story's articles, with entities merged across articles. Each article is annotated
 * once by CoreNLP (relative dates anchored on its publication date when known to the day); the
 * tagged names are read against the whole story by {@link NameReader} (modifier pairs dropped,
 * split possessive names joined, outlets retyped) and merged by {@link EntityResolver}; then every sentence that states a
 * fact becomes a {@link Claim} with its slots, dates, quantities and entities. The models are
 * English: an article whose language is known and is not English gives no claims.
 */
public final class ClaimExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimExtractor.class);

    private final CoreNlpAnnotator annotator;
    private final EntityResolver resolver;
    private final ClaimSentenceFilter filter;
    private final SlotReader slots;
    private final DateReader dates;
    private final QuantityReader quantities;
    /**
     * The annotations of the last texts annotated, by publication date and text: many statements
     * are verified against the same sources, and CoreNLP is the slow step.
     */
    private final Map<String, List<AnnotatedSentence>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<AnnotatedSentence>> eldest) {
            return size() > RECENT_TEXTS;
        }
    };
    private static final int RECENT_TEXTS = 64;

    private final ClaimSettings settings;

    /** With the shipped checkable-claim judge, reading every sentence of every article. */
    public ClaimExtractor() {
        this(CheckableJudge.defaults());
    }

    /** Keeping the sentences {@code judge} finds checkable, reading every sentence of every article. */
    public ClaimExtractor(CheckableJudge judge) {
        this(judge, ClaimSettings.UNBOUNDED);
    }

    /**
     * Keeping the sentences {@code judge} finds checkable, reading an article's sentences from its
     * start only as far as {@code settings} allow (a statement to verify is read whole).
     */
    public ClaimExtractor(CheckableJudge judge, ClaimSettings settings) {
        this(judge, settings, () -> AnnotationArchive.NONE);
    }

    /**
     * As {@link #ClaimExtractor(CheckableJudge, ClaimSettings)}, reading and keeping sentence
     * annotations in the archive {@code archive} gives at the time ({@link CoreNlpAnnotator}).
     */
    public ClaimExtractor(CheckableJudge judge, ClaimSettings settings, Supplier<AnnotationArchive> archive) {
        this.settings = settings;
        ClaimCues cues = ClaimCues.load();
        this.annotator = new CoreNlpAnnotator(archive);
        this.resolver = new EntityResolver();
        this.filter = new ClaimSentenceFilter(cues, judge);
        this.slots = new SlotReader(cues);
        this.dates = new DateReader(cues);
        this.quantities = new QuantityReader(cues);
    }

    /** The factual claims of the given articles and the entities they mention. */
    public ClaimSet extract(List<Article> articles) {
        return extract(articles, Set.of()).claims();
    }

    /**
     * The claims of the given articles with their annotated sentences. Every sentence with a word
     * of the articles named in {@code everySentence} becomes a claim, not only the factual ones:
     * a statement to verify is judged sentence by sentence, whatever its form.
     */
    public ClaimExtraction extract(List<Article> articles, Set<String> everySentence) {
        List<List<AnnotatedSentence>> annotated = new ArrayList<>(articles.size());
        Map<String, PartialDate> borrowed = BorrowedDates.of(articles);
        Map<String, SentenceCut> cut = new LinkedHashMap<>();
        for (Article article : articles) {
            ClaimSettings bound = everySentence.contains(article.id()) ? ClaimSettings.UNBOUNDED : settings;
            List<AnnotatedSentence> sentences = annotate(article, anchor(article, borrowed), bound);
            annotated.add(sentences);
            cutAfter(article, sentences, bound).ifPresent(c -> cut.put(article.id(), c));
        }
        NameReader reader = new NameReader(resolver.countryKeys(), articles, annotated);
        Map<AnnotatedSentence, List<NameSpan>> spans = new IdentityHashMap<>();
        List<NameOccurrence> names = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (AnnotatedSentence s : annotated.get(a)) {
                List<NameSpan> read = reader.names(s);
                spans.put(s, read);
                for (NameSpan n : read) {
                    names.add(new NameOccurrence(articles.get(a).id(), n.text(), n.type()));
                }
            }
        }
        ResolvedEntities entities = resolver.resolve(names);
        List<Claim> claims = new ArrayList<>();
        Map<String, List<AnnotatedSentence>> sentences = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            boolean all = everySentence.contains(article.id());
            sentences.putIfAbsent(article.id(), annotated.get(a));
            for (AnnotatedSentence s : annotated.get(a)) {
                if (all ? s.wordCount() > 0 : filter.isClaim(s)) {
                    claims.add(claim(article, s, spans.get(s), entities, borrowed));
                }
            }
        }
        return new ClaimExtraction(new ClaimSet(claims, entities.entities(), borrowed, cut), sentences);
    }

    /**
     * The texts of the sentences that {@link #extract(List)} reads the article's claims from, found
     * by the sentence splitter alone (no tagging, so cheap): each of its claims is one of them. None
     * when its claims are not read (not English, or empty).
     */
    public List<String> sentenceTexts(Article article) {
        if (!claimsRead(article)) {
            return List.of();
        }
        return annotator.sentences(annotated(article), settings.maxSentences(), settings.maxCharacters()).stream()
                .map(s -> article.text().substring(s.start(), s.end())).toList();
    }

    /** Whether the article's claims are read: the models are English, and an empty text has none. */
    private static boolean claimsRead(Article article) {
        return isEnglish(article) && !article.text().isBlank();
    }

    /** The text CoreNLP annotates for an article: its dateline masked, decimals set apart joined, offsets kept. */
    private static String annotated(Article article) {
        return SpacedDecimals.join(DatelineMask.mask(article.text()));
    }

    /** Where reading stopped, when the article reaches a bound and text is left after the sentences read. */
    private static Optional<SentenceCut> cutAfter(Article article, List<AnnotatedSentence> sentences, ClaimSettings bound) {
        if (sentences.isEmpty()
                || sentences.size() < bound.maxSentences() && article.text().length() <= bound.maxCharacters()) {
            return Optional.empty();
        }
        int end = sentences.get(sentences.size() - 1).end();
        return article.text().substring(end).isBlank() ? Optional.empty()
                : Optional.of(new SentenceCut(sentences.size(), end));
    }

    /** The date an article's relative dates resolve against: its own, else the one it borrows. */
    private static PartialDate anchor(Article article, Map<String, PartialDate> borrowed) {
        return article.published() != null ? article.published() : borrowed.get(article.id());
    }

    /**
     * The article's sentences annotated against {@code anchor}; none when it is not English,
     * empty, or the annotator fails on it.
     */
    private List<AnnotatedSentence> annotate(Article article, PartialDate anchor, ClaimSettings bound) {
        if (!claimsRead(article)) {
            return List.of();
        }
        String key = (anchor == null ? null : anchor.dateOnly()) + "\u0000" + bound + "\u0000" + article.text();
        synchronized (recent) {
            List<AnnotatedSentence> known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        try {
            List<AnnotatedSentence> sentences = annotator.annotate(annotated(article), anchor,
                    bound.maxSentences(), bound.maxCharacters());
            synchronized (recent) {
                recent.put(key, sentences);
            }
            return sentences;
        } catch (RuntimeException e) {
            LOG.warn("claims: cannot annotate article {}: {}", article.id(), e.toString());
            return List.of();
        }
    }

    private Claim claim(Article article, AnnotatedSentence s, List<NameSpan> names, ResolvedEntities entities,
                        Map<String, PartialDate> borrowed) {
        String articleId = article.id();
        Slots slot = slots.read(s, m -> entities.entityOf(articleId, m.text()).map(Entity::name).orElse(m.text()));
        List<EntityMention> mentions = new ArrayList<>();
        for (NameSpan n : names) {
            Optional<Entity> entity = entities.entityOf(articleId, n.text());
            mentions.add(new EntityMention(n.text(), entity.map(Entity::name).orElse(n.text()),
                    entity.map(Entity::type).orElse(n.type()), n.start(), n.end()));
        }
        return new Claim(articleId + "-c" + s.index(), articleId, article.text().substring(s.start(), s.end()),
                s.start(), s.end(), slot.actor(), slot.action(), slot.object(), slot.negated(), slot.hedged(),
                slot.attribution(), dates.read(s, anchor(article, borrowed), borrowed.containsKey(article.id())),
                quantities.read(s), mentions);
    }

    /** The report's entity type for a tagger's class; empty for classes that are not names. */
    static Optional<EntityType> entityType(NerTag tag) {
        if (tag.isPlace()) {
            return Optional.of(EntityType.LOCATION);
        }
        return switch (tag) {
            case PERSON -> Optional.of(EntityType.PERSON);
            case ORGANIZATION -> Optional.of(EntityType.ORGANIZATION);
            case MISC -> Optional.of(EntityType.OTHER);
            default -> Optional.empty();
        };
    }

    private static boolean isEnglish(Article article) {
        return article.language() == null || article.language().isBlank()
                || article.language().toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }
}
