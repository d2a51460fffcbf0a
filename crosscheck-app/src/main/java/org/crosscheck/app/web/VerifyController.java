package org.crosscheck.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.crosscheck.extract.Article;
import org.crosscheck.store.Store;
import org.crosscheck.store.StoryPage;
import org.crosscheck.store.StoryQuery;
import org.crosscheck.store.StorySummary;
import org.crosscheck.verify.VerifyJob;
import org.crosscheck.verify.VerifyJson;
import org.crosscheck.verify.VerifyResult;

/**
 * {@code POST /api/verify}: a statement judged against the stored articles that bear most on it
 * (or those of one story), read-only. Statements are judged one at a time by the server's one
 * {@link StatementJudge}; a request that waits too long for its turn is answered 503.
 */
final class VerifyController {

    /** The longest statement accepted, in characters: a few sentences, not an article. */
    static final int MAX_CLAIM_CHARS = 2_000;
    /** The largest body read; a statement of {@link #MAX_CLAIM_CHARS} fits many times over. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /**
     * The most stored articles a statement is judged against: those that share the most words
     * with it (or, in a story, all of a story that has no more), so that the answer takes about
     * as long on a store of thousands of articles as on a small one. Each article the verifier
     * has not read recently costs it about a second of annotation (2-core machine), the rest of a
     * check a fraction of that, so few are read: the evidence is in the best few.
     */
    static final int MAX_SOURCES = 5;
    /** How long a request waits for the statements before it. */
    static final long TURN_SECONDS = 90;

    private static final ObjectReader BODY = Json.MAPPER.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Store store;
    private final StatementJudge judge;
    private final ReentrantLock turn = new ReentrantLock(true);

    VerifyController(Store store, StatementJudge judge) {
        this.store = store;
        this.judge = judge;
    }

    void verify(Context ctx) throws InterruptedException {
        Request request = request(ctx);
        List<Article> sources = store.relatedArticles(request.claim(), request.storyId(), MAX_SOURCES)
                .orElseThrow(() -> ApiError.notFound("No story has that storyId."));
        Json.answer(ctx, VerifyJson.of(judged(new VerifyJob(null, request.claim(), sources))));
    }

    /** A statement and the story it is limited to (null: all stories). */
    record Request(String claim, String storyId) {
    }

    static Request request(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw new ApiError(413, "The body is larger than a statement needs (" + MAX_BODY_BYTES + " bytes).");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiError(413, "The body is larger than a statement needs (" + MAX_BODY_BYTES + " bytes).");
        }
        JsonNode node;
        try {
            node = body.length == 0 ? null : BODY.readValue(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("The body is not valid JSON; send {\"claim\": \"...\"}.");
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("The body must be a JSON object: {\"claim\": \"...\", \"storyId\": \"... optional\"}.");
        }
        JsonNode claim = node.get("claim");
        if (claim == null || claim.isNull()) {
            throw ApiError.badRequest("The body has no \"claim\" to check.");
        }
        if (!claim.isTextual()) {
            throw ApiError.badRequest("\"claim\" must be a string.");
        }
        String text = claim.asText().strip();
        if (text.isEmpty()) {
            throw ApiError.badRequest("\"claim\" is blank; give the statement to check.");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiError.badRequest("\"claim\" has no words to check.");
        }
        if (text.length() > MAX_CLAIM_CHARS) {
            throw ApiError.badRequest("\"claim\" is longer than " + MAX_CLAIM_CHARS + " characters; check a few sentences at a time.");
        }
        JsonNode story = node.get("storyId");
        if (story != null && !story.isNull() && !story.isTextual()) {
            throw ApiError.badRequest("\"storyId\" must be a string, or left out to check against all stories.");
        }
        String storyId = story == null || story.isNull() || story.asText().isBlank() ? null : story.asText().strip();
        return new Request(text, storyId);
    }

    private VerifyResult judged(VerifyJob job) throws InterruptedException {
        if (!turn.tryLock(TURN_SECONDS, TimeUnit.SECONDS)) {
            throw new ApiError(503, "The server is busy checking other statements; try again shortly.");
        }
        try {
            return judge.verify(job);
        } finally {
            turn.unlock();
        }
    }

    /**
     * Loads the judge's models on a thread of its own, by judging a made-up statement against a
     * made-up source, then reads ahead the articles a statement about each of the newest stories
     * would be judged against ({@link #READ_AHEAD_ARTICLES} at most), so that neither the first
     * request nor one about a recent story waits for them. Each story is read in a turn of its
     * own: a request waits at most for one story's reading.
     */
    void warmUp(PrintStream log) {
        Article source = new Article("warm-up", "warm-up", null, null, null, null, null, "en",
                "The Brackwater lighthouse was repainted in May, the harbour trust said.");
        Thread t = new Thread(() -> {
            try {
                judged(new VerifyJob("warm-up", "The lighthouse was repainted.", List.of(source)));
                readAhead(log);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.println("crosscheck serve: the verifier could not load: " + e);
            }
        }, "crosscheck-verify-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The most stored articles read ahead at start: about half of what the annotator keeps (4,096
     * sentences), so that the statements checked later still find them there.
     */
    static final int READ_AHEAD_ARTICLES = 100;

    /** Reads ahead the sources of the newest stories; returns how many articles were read. */
    int readAhead(PrintStream log) throws InterruptedException {
        long started = System.nanoTime();
        java.util.Set<String> read = new java.util.HashSet<>();
        int stories = 0;
        for (int offset = 0; read.size() < READ_AHEAD_ARTICLES; offset += PAGE) {
            StoryPage page = store.stories(new StoryQuery(null, StoryQuery.Order.NEWEST, PAGE, offset));
            for (StorySummary story : page.stories()) {
                List<Article> sources = store.relatedArticles(story.title(), story.id(), MAX_SOURCES).orElse(List.of())
                        .stream().filter(a -> !read.contains(a.id())).toList();
                if (sources.isEmpty()) {
                    continue;
                }
                if (!turn.tryLock(TURN_SECONDS, TimeUnit.SECONDS)) {
                    return read.size();
                }
                try {
                    judge.read(sources);
                } catch (RuntimeException e) {
                    // one story's articles that cannot be read ahead are read when a statement needs them
                    log.println("crosscheck serve: verify did not read ahead story " + story.id() + ": " + e.getMessage());
                    continue;
                } finally {
                    turn.unlock();
                }
                sources.forEach(a -> read.add(a.id()));
                stories++;
                if (read.size() >= READ_AHEAD_ARTICLES) {
                    break;
                }
            }
            if (page.stories().size() < PAGE) {
                break;
            }
        }
        if (!read.isEmpty()) {
            log.printf(java.util.Locale.ROOT, "crosscheck serve: verify read ahead %d articles of the %d newest stories in %.1f s%n",
                    read.size(), stories, (System.nanoTime() - started) / 1e9);
        }
        return read.size();
    }

    private static final int PAGE = 50;
}
