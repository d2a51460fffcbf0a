package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.crosscheck.store.OutletEdge;
import org.crosscheck.store.OutletFigures;
import org.crosscheck.store.OutletNetwork;
import org.crosscheck.store.OutletStory;
import org.crosscheck.store.Store;

/** {@code GET /api/outlets} and {@code GET /api/outlets/{name}}: the outlets across every stored story. */
final class OutletController {

    /** How many of the outlets an outlet derives from the list shows; its own page shows all. */
    private static final int LISTED_SOURCES = 3;

    private final Store store;

    OutletController(Store store) {
        this.store = store;
    }

    void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        OutletNetwork network = store.outlets();
        ObjectNode answer = Json.object().put("total", network.outlets().size())
                .put("stories", network.stories())
                .put("storiesOfSeveralArticles", network.storiesOfSeveral())
                .put("storiesWithArticleAddingNoClaim", network.storiesRepeating())
                .put("noNewClaimShare", rounded(network.repeatingShare()))
                .put("unknownOutletArticles", network.unknownArticles());
        ArrayNode outlets = answer.putArray("outlets");
        network.outlets().stream().skip(paging.offset()).limit(paging.limit())
                .forEach(o -> figures(outlets.addObject(), o, LISTED_SOURCES));
        Json.answer(ctx, answer);
    }

    void one(Context ctx) {
        String name = ctx.pathParam("name");
        OutletNetwork network = store.outlets();
        OutletFigures figures = network.outlet(name).orElseThrow(() -> ApiError.notFound("No stored story has an article of that outlet."));
        ObjectNode answer = figures(Json.object(), figures, Integer.MAX_VALUE);
        ArrayNode stories = answer.putArray("storyList");
        for (OutletStory s : network.storiesOf(name)) {
            ObjectNode n = stories.addObject().put("id", s.storyId()).put("title", s.title()).put("role", s.role());
            s.articleIds().forEach(n.putArray("articleIds")::add);
            n.put("first", s.first()).put("lagHours", s.lagHours()).put("exclusiveClaims", s.exclusiveClaims())
                    .put("omittedClaims", s.omittedClaims()).put("conflicts", s.conflicts());
        }
        ObjectNode edges = answer.putObject("edges");
        edges(edges.putArray("in"), network.edgesInto(name));
        edges(edges.putArray("out"), network.edgesOutOf(name));
        Json.answer(ctx, answer);
    }

    private static ObjectNode figures(ObjectNode n, OutletFigures o, int sources) {
        n.put("outlet", o.outlet()).put("stories", o.stories()).put("articles", o.articles())
                .put("originalArticles", o.originalArticles()).put("originalShare", rounded(o.originalShare()))
                .put("medianLagHours", o.medianLagHours());
        ObjectNode roles = n.putObject("roles");
        o.roles().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> roles.put(e.getKey(), e.getValue()));
        n.put("claims", o.claims()).put("corroboratedShare", rounded(o.corroboratedShare()))
                .put("singleSourceShare", rounded(o.singleSourceShare())).put("disputedShare", rounded(o.disputedShare()));
        n.putObject("claimsByStatus").put("corroborated", o.corroborated()).put("single-source", o.singleSource())
                .put("disputed", o.disputed());
        ArrayNode from = n.putArray("derivesFrom");
        o.derivesFrom().stream().limit(sources).forEach(e -> from.addObject().put("outlet", e.from()).put("articles", e.articles()));
        return n;
    }

    private static void edges(ArrayNode into, List<OutletEdge> edges) {
        edges.forEach(e -> into.addObject().put("from", e.from()).put("to", e.to()).put("articles", e.articles()));
    }

    private static double rounded(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
