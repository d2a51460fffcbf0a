package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.Article;
import org.crosscheck.language.AnnotatedSentence;
import org.crosscheck.language.CoreNlpAnnotator;
import org.crosscheck.language.NamedMention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims of a story's articles, with entities merged across articles. Each article is annotated
 * once by CoreNLP (relative dates anchored on its publication date when known to the day); the
 * names of all articles are merged by {@link EntityResolver}; then every sentence that states a
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

    public ClaimExtractor() {
        ClaimCues cues = ClaimCues.load();
        this.annotator = new CoreNlpAnnotator();
        this.resolver = new EntityResolver();
        this.filter = new ClaimSentenceFilter(cues);
        this.slots = new SlotReader(cues);
        this.dates = new DateReader(cues);
        this.quantities = new QuantityReader(cues);
    }

    /** The factual claims of the given articles and the entities they mention. */
    public ClaimSet extract(List<Article> articles) {
        List<List<AnnotatedSentence>> annotated = new ArrayList<>(articles.size());
        List<NameOccurrence> names = new ArrayList<>();
        for (Article article : articles) {
            List<AnnotatedSentence> sentences = annotate(article);
            annotated.add(sentences);
            for (AnnotatedSentence s : sentences) {
                for (NamedMention m : s.mentions()) {
                    entityType(m.type()).ifPresent(t -> names.add(new NameOccurrence(article.id(), m.text(), t)));
                }
            }
        }
        ResolvedEntities entities = resolver.resolve(names);
        List<Claim> claims = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            for (AnnotatedSentence s : annotated.get(a)) {
                if (filter.isClaim(s)) {
                    claims.add(claim(article, s, entities));
                }
            }
        }
        return new ClaimSet(claims, entities.entities());
    }

    /** The article's sentences; none when it is not English, empty, or the annotator fails on it. */
    private List<AnnotatedSentence> annotate(Article article) {
        if (!isEnglish(article) || article.text().isBlank()) {
            return List.of();
        }
        try {
            return annotator.annotate(DatelineMask.mask(article.text()), article.published());
        } catch (RuntimeException e) {
            LOG.warn("claims: cannot annotate article {}: {}", article.id(), e.toString());
            return List.of();
        }
    }

    private Claim claim(Article article, AnnotatedSentence s, ResolvedEntities entities) {
        String articleId = article.id();
        Slots slot = slots.read(s, m -> entities.entityOf(articleId, m.text()).map(Entity::name).orElse(m.text()));
        List<EntityMention> mentions = new ArrayList<>();
        for (NamedMention m : s.mentions()) {
            Optional<EntityType> type = entityType(m.type());
            if (type.isPresent()) {
                Optional<Entity> entity = entities.entityOf(articleId, m.text());
                mentions.add(new EntityMention(m.text(), entity.map(Entity::name).orElse(m.text()),
                        entity.map(Entity::type).orElse(type.get()), m.start(), m.end()));
            }
        }
        return new Claim(articleId + "-c" + s.index(), articleId, article.text().substring(s.start(), s.end()),
                s.start(), s.end(), slot.actor(), slot.action(), slot.object(), slot.negated(), slot.hedged(),
                slot.attribution(), dates.read(s), quantities.read(s), mentions);
    }

    /** The report's entity type for a CoreNLP tag; empty for tags that are not names. */
    static Optional<EntityType> entityType(String tag) {
        return switch (tag) {
            case "PERSON" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION" -> Optional.of(EntityType.ORGANIZATION);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> Optional.of(EntityType.LOCATION);
            case "MISC" -> Optional.of(EntityType.OTHER);
            default -> Optional.empty();
        };
    }

    private static boolean isEnglish(Article article) {
        return article.language() == null || article.language().isBlank()
                || article.language().toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }
}
