package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Locale;
import org.crosscheck.report.JsonReport;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoryPage;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.crosscheck.store.StoredStory;

/** {@code GET /api/stories}, {@code GET /api/stories/{id}} and {@code GET /api/health}. */
final class StoryController {

    private final Store store;

    StoryController(Store store) {
        this.store = store;
    }

    void health(Context ctx) {
        var counts = store.counts();
        Json.answer(ctx, Json.object().put("status", "ok").put("articles", counts.articles()).put("stories", counts.stories()));
    }

    void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        StoryQuery query;
        try {
            query = new StoryQuery(ctx.queryParam("q"), order(ctx.queryParam("order")), paging.limit(), paging.offset(),
                    ctx.queryParam("outlet"), ctx.queryParam("from"), ctx.queryParam("to"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage() + ".");
        }
        StoryPage page = store.stories(query);
        ObjectNode answer = Json.object().put("total", page.total());
        ArrayNode stories = answer.putArray("stories");
        for (StorySummary s : page.stories()) {
            stories.addObject().put("id", s.id()).put("title", s.title()).put("articleCount", s.articleCount())
                    .put("first", s.first()).put("last", s.last()).put("conflictCount", s.conflictCount())
                    .put("distinctTexts", s.distinctTexts()).put("outletCount", s.outletCount())
                    .put("independentOutlets", s.independentOutlets());
        }
        Json.answer(ctx, answer);
    }

    void one(Context ctx) {
        StoredStory story = store.story(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("No story has that id."));
        Json.answer(ctx, JsonReport.story(story.report(), story.articles()));
    }

    static StoryQuery.Order order(String value) {
        if (value == null || value.isBlank()) {
            return StoryQuery.Order.NEWEST;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "newest" -> StoryQuery.Order.NEWEST;
            case "largest" -> StoryQuery.Order.LARGEST;
            case "disputed" -> StoryQuery.Order.MOST_DISPUTED;
            default -> throw ApiError.badRequest("order must be newest, largest or disputed.");
        };
    }
}
