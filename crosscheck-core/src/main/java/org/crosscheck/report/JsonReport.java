package org.crosscheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.crosscheck.align.ClaimGroup;
import org.crosscheck.align.Conflict;
import org.crosscheck.align.ConflictSide;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.Entity;
import org.crosscheck.claims.SentenceCut;
import org.crosscheck.cluster.Story;
import org.crosscheck.extract.Article;
import org.crosscheck.provenance.Derivation;
import org.crosscheck.provenance.ReuseLink;
import org.crosscheck.time.PartialDate;

/**
 * The JSON forms of the public interface ({@code shared/spec/interface.md}): the article object
 * of {@code extract}, the story line of {@code cluster} and the {@code analyze} report. Field
 * names and meanings follow the interface; fields beyond it are additions only.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** One compact JSON line. */
    public static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Indented JSON. */
    public static String pretty(ObjectNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The article object of {@code extract} and of the report's {@code articles}. */
    public static ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("source", a.source());
        n.put("url", a.url());
        n.put("title", a.title());
        n.put("byline", a.byline());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("site", a.site());
        n.put("outlet", a.outlet());
        n.put("language", a.language());
        n.put("text", a.text());
        return n;
    }

    /**
     * The article object of the report's {@code articles}: with {@code publishedInferred}, the
     * story's date its relative dates were read against, when it borrowed one (null: none).
     */
    public static ObjectNode article(Article a, PartialDate inferred) {
        return article(a, inferred, null);
    }

    /**
     * The article object of the report's {@code articles}, as {@link #article(Article, PartialDate)},
     * and, for an article longer than the claims stage reads ({@code cut} not null), {@code cut}
     * true with {@code sentencesRead} and {@code charactersRead}: its claims come from that start
     * of its text.
     */
    public static ObjectNode article(Article a, PartialDate inferred, SentenceCut cut) {
        ObjectNode article = article(a);
        if (inferred != null) {
            // published stays null
            article.put("publishedInferred", inferred.toString());
        }
        if (cut != null) {
            article.put("cut", true);
            article.put("sentencesRead", cut.sentencesRead());
            article.put("charactersRead", cut.charactersRead());
        }
        return article;
    }

    /** One line of {@code cluster}. */
    public static ObjectNode storyOf(Article a, Story story) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("source", a.source());
        n.put("story", story.id());
        return n;
    }

    /** The whole {@code analyze} report. */
    public static ObjectNode report(Report report) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("schemaVersion", report.schemaVersion());
        ArrayNode articles = n.putArray("articles");
        Map<String, PartialDate> borrowed = new java.util.HashMap<>();
        Map<String, SentenceCut> cut = new java.util.HashMap<>();
        report.stories().forEach(s -> {
            borrowed.putAll(s.borrowedDates());
            cut.putAll(s.cutArticles());
        });
        for (Article a : report.articles()) {
            articles.add(article(a, borrowed.get(a.id()), cut.get(a.id())));
        }
        ArrayNode stories = n.putArray("stories");
        report.stories().forEach(s -> stories.add(story(s)));
        ArrayNode problems = n.putArray("problems");
        report.problems().forEach(problems::add);
        return n;
    }

    /** One story object of the report. */
    public static ObjectNode story(StoryReport s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("title", s.title());
        strings(n.putArray("articleIds"), s.articleIds());
        if (s.claimsDeferred()) {
            n.put("claimsDeferred", true);
        }
        n.put("summary", s.summaryText());
        ArrayNode summary = n.putArray("summarySentences");
        for (SummarySentence sentence : s.summary()) {
            summary.addObject().put("text", sentence.text()).put("claimId", sentence.claimId());
        }
        ArrayNode claims = n.putArray("claims");
        s.claims().forEach(g -> claims.add(claimGroup(g)));
        ArrayNode conflicts = n.putArray("conflicts");
        s.conflicts().forEach(c -> conflicts.add(conflict(c)));
        ArrayNode timeline = n.putArray("timeline");
        for (TimelineEntry e : s.timeline()) {
            ObjectNode t = timeline.addObject();
            t.put("date", e.date().toString());
            t.put("text", e.text());
            strings(t.putArray("claimIds"), e.claimIds());
            t.put("disputed", e.disputed());
            t.put("inferred", e.inferred());
        }
        ArrayNode entities = n.putArray("entities");
        s.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode provenance = n.putArray("provenance");
        for (Derivation d : s.provenance()) {
            ReuseLink link = d.link();
            provenance.addObject().put("from", link.from()).put("to", link.to()).put("kind", link.kind().jsonName())
                    .put("overlap", rounded(link.overlap()))
                    .put("direction", d.basis().jsonName())
                    .put("fromShare", rounded(d.fromShare()))
                    .put("toShare", rounded(d.toShare()))
                    .put("share", rounded(d.toShare()))
                    .put("copiedShare", rounded(d.copiedShare()));
        }
        ArrayNode outlets = n.putArray("outlets");
        for (StoryOutlet o : s.outlets()) {
            ObjectNode on = outlets.addObject();
            on.put("outlet", o.outlet());
            strings(on.putArray("articleIds"), o.articleIds());
            on.put("role", o.role().jsonName());
            on.put("first", o.first() == null ? null : o.first().toString());
            on.put("lagHours", o.lagHours());
            strings(on.putArray("exclusiveClaimIds"), o.exclusiveClaimIds());
            strings(on.putArray("omittedClaimIds"), o.omittedClaimIds());
            strings(on.putArray("conflictIds"), o.conflictIds());
        }
        return n;
    }

    /**
     * One story object of the report with an added {@code articles} array of its article objects,
     * as the server answers {@code GET /api/stories/{id}}; an article the claims stage did not read
     * whole says where it stopped ({@code cut}, as in the report's {@code articles}).
     */
    public static ObjectNode story(StoryReport s, List<Article> articles) {
        ObjectNode n = story(s);
        ArrayNode array = n.putArray("articles");
        articles.forEach(a -> array.add(article(a, null, s.cutArticles().get(a.id()))));
        return n;
    }

    /** A share as the report writes it: to three decimals. */
    public static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    static ObjectNode claimGroup(ClaimGroup g) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", g.id());
        n.put("text", g.text());
        ArrayNode support = n.putArray("support");
        for (Claim c : g.claims()) {
            ObjectNode s = support.addObject();
            s.put("articleId", c.articleId());
            s.put("sentence", c.sentence());
            s.put("start", c.start());
            s.put("end", c.end());
            s.put("claimId", c.id());
            if (c.attribution() != null) {
                s.put("attributedTo", c.attribution().speaker());
            }
            if (c.hedged()) {
                s.put("hedged", true);
            }
        }
        n.put("sources", g.sources());
        n.put("independentSources", g.independentSources());
        n.put("status", g.status().jsonName());
        return n;
    }

    static ObjectNode conflict(Conflict c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("kind", c.kind().jsonName());
        n.put("description", c.description());
        n.put("confidence", c.confidence());
        ArrayNode sides = n.putArray("sides");
        for (ConflictSide side : c.sides()) {
            ObjectNode s = sides.addObject();
            s.put("value", side.value());
            strings(s.putArray("articleIds"), side.articleIds());
            strings(s.putArray("sentences"), side.sentences());
            strings(s.putArray("claimIds"), side.claimIds());
        }
        return n;
    }

    static ObjectNode entity(Entity e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", e.name());
        n.put("type", e.type().name());
        strings(n.putArray("aliases"), e.aliases());
        n.put("mentions", e.mentions());
        strings(n.putArray("articleIds"), e.articleIds());
        return n;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
