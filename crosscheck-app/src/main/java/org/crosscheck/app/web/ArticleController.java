package org.crosscheck.app.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.crosscheck.ingest.SkippedInput;
import org.crosscheck.pipeline.BodyIngest;
import org.crosscheck.pipeline.IngestResult;
import org.crosscheck.report.JsonReport;
import org.crosscheck.store.ArticleHit;
import org.crosscheck.store.ArticleInStory;
import org.crosscheck.store.ArticlePage;
import org.crosscheck.store.ArticleQuery;
import org.crosscheck.store.Store;

/** {@code GET /api/articles}, {@code GET /api/articles/{id}} and {@code POST /api/articles}. */
final class ArticleController {

    private final Store store;
    private final BodyIngest ingest;
    private final byte[] token;
    private final long maxBodyBytes;

    /** The longest body name kept as its label; a longer one keeps its end, where the kind is told. */
    static final int MAX_LABEL = 255;

    /**
     * Bodies held in memory at once: the one being ingested and the next (ingests run one at a
     * time); the uploads beyond wait before their bodies are read.
     */
    static final int BODIES_HELD = 2;
    private final Semaphore held = new Semaphore(BODIES_HELD, true);

    ArticleController(Store store, BodyIngest ingest, ServerSettings settings) {
        this.store = store;
        this.ingest = ingest;
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = settings.maxBodyBytes();
    }

    void search(Context ctx) {
        Paging paging = Paging.of(ctx);
        ArticlePage page = store.articles(new ArticleQuery(ctx.queryParam("q"), paging.limit(), paging.offset()));
        ObjectNode answer = Json.object().put("total", page.total());
        ArrayNode articles = answer.putArray("articles");
        for (ArticleHit a : page.articles()) {
            articles.addObject().put("id", a.id()).put("title", a.title()).put("site", a.site())
                    .put("published", a.published()).put("storyId", a.storyId()).put("snippet", a.snippet());
        }
        Json.answer(ctx, answer);
    }

    void one(Context ctx) {
        ArticleInStory found = store.article(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("No article has that id."));
        Json.answer(ctx, JsonReport.article(found.article()).put("storyId", found.storyId()));
    }

    void add(Context ctx) throws IOException {
        if (ingest == null) {
            throw new ApiError(403, "This server serves its store read-only, so it refuses all writes.");
        }
        authorize(ctx.header("Authorization"));
        long declared = ctx.contentLength();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        try {
            held.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "The server is stopping; send the body again later.");
        }
        try {
            byte[] body = UploadBody.receive(ctx.bodyInputStream(), maxBodyBytes);
            if (body.length == 0) {
                throw ApiError.badRequest("The body is empty; send JSON Lines articles or one HTML, text, WARC or feed file.");
            }
            IngestResult result = ingest.ingest(bodyLabel(ctx), body);
            ObjectNode answer = Json.object().put("added", result.added()).put("duplicates", result.duplicates());
            ArrayNode skipped = answer.putArray("skipped");
            for (SkippedInput s : result.skipped()) {
                skipped.addObject().put("source", s.source()).put("reason", s.reason());
            }
            Json.answer(ctx, answer);
        } finally {
            held.release();
        }
    }

    private void authorize(String header) {
        if (token == null) {
            throw new ApiError(403, "This server has no token, so it refuses all writes.");
        }
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new ApiError(401, "Writes need an Authorization: Bearer token.");
        }
        byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw new ApiError(401, "The bearer token is wrong.");
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "The body is larger than the server accepts (" + maxBodyBytes + " bytes).");
    }

    /**
     * The body's label, which names it in sources and skip reasons and whose ending tells the
     * ingest its kind: the {@code name} parameter without any folders, control characters shown
     * as U+FFFD, at most {@value #MAX_LABEL} characters (the end kept); else a name from the
     * content type; else {@code body}. Only ever a label: the body is never stored under it.
     */
    static String bodyLabel(Context ctx) {
        String name = ctx.queryParam("name");
        String base = name == null ? "" : name.strip().replace('\\', '/');
        String label = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "\uFFFD");
        if (!label.isBlank()) {
            int start = Math.max(0, label.length() - MAX_LABEL);
            return label.substring(Character.isLowSurrogate(label.charAt(start)) ? start + 1 : start);
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json")) {
            return "upload.jsonl";
        }
        if (type.contains("html")) {
            return "upload.html";
        }
        if (type.contains("warc")) {
            return "upload.warc";
        }
        if (type.contains("rss") || type.contains("atom") || type.contains("xml")) {
            return "upload.xml";
        }
        if (type.contains("gzip")) {
            return "upload.gz";
        }
        return type.startsWith("text/plain") ? "upload.txt" : "body";
    }
}
