package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.extract.Article;
import org.crosscheck.report.Report;
import org.crosscheck.report.StoryReport;
import org.crosscheck.store.ArticleHit;
import org.crosscheck.store.ArticleInStory;
import org.crosscheck.store.ArticlePage;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.OutletNetwork;
import org.crosscheck.store.OutletTally;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoreCounts;
import org.crosscheck.store.StoryPage;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.crosscheck.store.StoredStory;
import org.crosscheck.time.PartialDate;

/**
 * A read-only {@link Store} over one {@code analyze} report held in memory, for tests of the
 * server and the UI until the SQLite store is on this branch. Search is "every word occurs"
 * over lower-cased text; the real store answers the same questions with Lucene.
 */
final class ReportStore implements Store {

    private final Map<String, ObjectNode> articles = new LinkedHashMap<>();
    private final Map<String, ObjectNode> stories = new LinkedHashMap<>();
    private final Map<String, String> storyOfArticle = new LinkedHashMap<>();
    private final Map<String, Article> articleRecords = new LinkedHashMap<>();
    private final Map<String, StoryReport> storyReports = new LinkedHashMap<>();

    /** A store over the report and its JSON ({@code JsonReport.report(analysis)}). */
    ReportStore(Report analysis, ObjectNode report) {
        analysis.articles().forEach(a -> articleRecords.put(a.id(), a));
        analysis.stories().forEach(s -> storyReports.put(s.id(), s));
        for (JsonNode a : report.get("articles")) {
            articles.put(a.get("id").asText(), (ObjectNode) a);
        }
        for (JsonNode s : report.get("stories")) {
            stories.put(s.get("id").asText(), (ObjectNode) s);
            s.get("articleIds").forEach(id -> storyOfArticle.put(id.asText(), s.get("id").asText()));
        }
    }

    @Override
    public StoreCounts counts() {
        return new StoreCounts(articles.size(), stories.size());
    }

    @Override
    public StoryPage stories(StoryQuery query) {
        List<StorySummary> matching = new ArrayList<>();
        for (ObjectNode s : stories.values()) {
            StringBuilder text = new StringBuilder(s.path("title").asText()).append(' ').append(s.path("summary").asText());
            s.get("claims").forEach(c -> text.append(' ').append(c.path("text").asText()));
            s.get("articleIds").forEach(id -> text.append(' ').append(articleText(articles.get(id.asText()))));
            if (matches(query.text(), text.toString()) && kept(query, s, summary(s))) {
                matching.add(summary(s));
            }
        }
        Comparator<StorySummary> newest = Comparator.comparing((StorySummary s) -> s.last() == null ? "" : s.last()).reversed();
        // undated stories ("") already sort after every date in this descending order
        matching.sort(switch (query.order()) {
            case NEWEST -> newest;
            case LARGEST -> Comparator.comparingInt(StorySummary::articleCount).reversed().thenComparing(newest);
            case MOST_DISPUTED -> Comparator.comparingInt(StorySummary::conflictCount).reversed().thenComparing(newest);
        });
        return new StoryPage(matching.size(), page(matching, query.offset(), query.limit()));
    }

    private StorySummary summary(ObjectNode s) {
        List<String> dates = new ArrayList<>();
        s.get("articleIds").forEach(id -> {
            JsonNode published = articles.get(id.asText()).get("published");
            if (published != null && !published.isNull()) {
                dates.add(published.asText());
            }
        });
        dates.sort(null);
        return new StorySummary(s.get("id").asText(), s.get("title").asText(), s.get("articleIds").size(),
                dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), s.get("conflicts").size(),
                s.get("articleIds").size() - duplicates(s), named(s, false), named(s, true));
    }

    private static int duplicates(ObjectNode s) {
        java.util.Set<String> copies = new java.util.HashSet<>();
        s.path("provenance").forEach(l -> {
            if ("duplicate".equals(l.path("kind").asText())) {
                copies.add(l.path("to").asText());
            }
        });
        return copies.size();
    }

    private static int named(ObjectNode s, boolean independentOnly) {
        int n = 0;
        for (JsonNode o : s.path("outlets")) {
            boolean independent = List.of("originator", "independent").contains(o.path("role").asText());
            n += !Article.UNKNOWN_OUTLET.equals(o.path("outlet").asText()) && (independent || !independentOnly) ? 1 : 0;
        }
        return n;
    }

    private static boolean kept(StoryQuery query, ObjectNode s, StorySummary line) {
        if (query.outlet() != null) {
            boolean has = false;
            for (JsonNode o : s.path("outlets")) {
                has |= query.outlet().equals(o.path("outlet").asText());
            }
            if (!has) {
                return false;
            }
        }
        if (query.from() != null && (line.last() == null || line.last().substring(0, Math.min(10, line.last().length())).compareTo(query.from()) < 0)) {
            return false;
        }
        return query.to() == null || line.first() != null && line.first().substring(0, Math.min(10, line.first().length())).compareTo(query.to()) <= 0;
    }

    @Override
    public Optional<StoredStory> story(String id) {
        StoryReport s = storyReports.get(id);
        return s == null ? Optional.empty() : Optional.of(new StoredStory(s, s.articleIds().stream().map(articleRecords::get).toList()));
    }

    @Override
    public ArticlePage articles(ArticleQuery query) {
        List<ArticleHit> hits = new ArrayList<>();
        for (ObjectNode a : articles.values()) {
            String text = articleText(a);
            if (matches(query.text(), text)) {
                hits.add(new ArticleHit(a.get("id").asText(), nullable(a, "title"), nullable(a, "site"), nullable(a, "published"),
                        storyOfArticle.get(a.get("id").asText()), snippet(a.path("text").asText(), query.text())));
            }
        }
        if (query.text() == null) {
            hits.sort(Comparator.comparing((ArticleHit h) -> h.published() == null ? "" : h.published()).reversed());
        }
        return new ArticlePage(hits.size(), page(hits, query.offset(), query.limit()));
    }

    @Override
    public Optional<ArticleInStory> article(String id) {
        Article a = articleRecords.get(id);
        return a == null ? Optional.empty() : Optional.of(new ArticleInStory(a, storyOfArticle.get(id)));
    }

    /** Articles ranked by how many distinct words of the text they contain; those with none left out. */
    @Override
    public Optional<List<Article>> relatedArticles(String text, String storyId, int max) {
        if (storyId != null && !stories.containsKey(storyId)) {
            return Optional.empty();
        }
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> w.length() > 3).distinct().toList();
        Map<String, Long> shared = new LinkedHashMap<>();
        for (ObjectNode a : articles.values()) {
            String id = a.get("id").asText();
            if (storyId == null || storyId.equals(storyOfArticle.get(id))) {
                String lower = articleText(a).toLowerCase(Locale.ROOT);
                shared.put(id, words.stream().filter(lower::contains).count());
            }
        }
        return Optional.of(shared.entrySet().stream().filter(e -> storyId != null || e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(max)
                .map(e -> record(articles.get(e.getKey()))).toList());
    }

    private static Article record(ObjectNode a) {
        String published = nullable(a, "published");
        return new Article(a.get("id").asText(), a.path("source").asText(a.get("id").asText()), nullable(a, "url"), nullable(a, "title"),
                nullable(a, "byline"), published == null ? null : PartialDate.parseIso(published).orElse(null), nullable(a, "site"),
                nullable(a, "language"), a.path("text").asText(""));
    }

    @Override
    public OutletNetwork outlets() {
        OutletTally tally = new OutletTally();
        storyReports.values().forEach(tally::add);
        return tally.network();
    }

    @Override
    public void close() {
    }

    private static String articleText(ObjectNode a) {
        return a.path("title").asText("") + " " + a.path("text").asText("");
    }

    private static boolean matches(String query, String text) {
        if (query == null) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(lower::contains);
    }

    private static String snippet(String text, String query) {
        int at = query == null ? 0 : Math.max(0, text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT).split("\\s+")[0]));
        int from = Math.max(0, at - 60);
        return text.substring(from, Math.min(text.length(), from + 160)).strip();
    }

    private static String nullable(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }
}
