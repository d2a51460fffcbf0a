package org.crosscheck.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.extract.Article;
import org.crosscheck.extract.ArticleExtractor;
import org.crosscheck.extract.ExtractionException;
import org.crosscheck.ingest.DocumentHints;
import org.crosscheck.ingest.RawDocument;
import org.crosscheck.time.PartialDate;

/**
 * Reads one {@code verify --batch} job, a JSON object a line:
 * {@code {"id", "claim", "sources": [{"id", "text" or "html", "title", "published", ...}]}}.
 * A {@code text} source is the article text as given (a pasted paragraph is a source too); an
 * {@code html} source goes through the extraction of an input page, stated to be the article (so kept
 * whatever its length, as a JSON Lines text or a feed item is by {@code extract}). A
 * source without an id gets the job's id and its position.
 */
public final class VerifyJobs {

    private static final ObjectReader JSON = new ObjectMapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The longest job line of a batch, in bytes; a longer one is skipped unread. */
    public static final int MAX_LINE_BYTES = 32 * 1024 * 1024;
    /** The most bytes a batch may hold after decompression; reading stops there. */
    public static final long MAX_BATCH_BYTES = 1024L * 1024 * 1024;

    private final ArticleExtractor extractor;

    /** @param extraction how the sources given as pages are extracted */
    public VerifyJobs(org.crosscheck.extract.ExtractionSettings extraction) {
        this.extractor = new ArticleExtractor(extraction);
    }

    /** Why a job line cannot be verified, in one line. */
    public static final class BadJobException extends Exception {

        public BadJobException(String message) {
            super(message);
        }
    }

    /** The job of one line; {@code source} names the line in messages ("jobs.jsonl#3"). */
    public VerifyJob read(String line, String source) throws BadJobException {
        JsonNode node;
        try {
            node = JSON.readValue(line);
        } catch (JsonProcessingException e) {
            String first = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new BadJobException("line is not valid JSON: " + first);
        }
        if (node == null || !node.isObject()) {
            throw new BadJobException("line is not a JSON object");
        }
        String id = field(node, "id");
        String claim = field(node, "claim");
        if (claim == null) {
            throw new BadJobException("job has no \"claim\" to verify");
        }
        if (VerifyJob.tooLong(claim) != null) {
            throw new BadJobException(VerifyJob.tooLong(claim));
        }
        JsonNode sources = node.get("sources");
        if (sources == null || !sources.isArray() || sources.isEmpty()) {
            throw new BadJobException("job has no \"sources\" array of articles");
        }
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode s = sources.get(i);
            String where = "source " + (i + 1);
            if (!s.isObject()) {
                throw new BadJobException(where + " is not a JSON object");
            }
            String text = field(s, "text");
            String html = field(s, "html");
            if (text == null && html == null) {
                throw new BadJobException(where + " has neither \"text\" nor \"html\"");
            }
            String sourceId = field(s, "id");
            if (sourceId == null) {
                sourceId = (id == null ? "job" : id) + "-source-" + (i + 1);
            }
            if (!ids.add(sourceId)) {
                throw new BadJobException(where + " repeats the id \"" + sourceId + "\"");
            }
            DocumentHints hints = new DocumentHints(field(s, "url"), field(s, "title"), field(s, "byline"),
                    field(s, "published"), field(s, "site"), field(s, "language"));
            if (text != null) {
                articles.add(new Article(sourceId, source + " " + where, hints.url(), hints.title(), hints.byline(),
                        published(hints, where), hints.site(), hints.language(), text.strip()));
                continue;
            }
            try {
                // the job states that the page is the source, so it is kept whatever its length
                articles.add(extractor.extract(new RawDocument(sourceId, source + " " + where,
                        RawDocument.ContentKind.HTML, html, hints, true)));
            } catch (ExtractionException e) {
                throw new BadJobException(where + ": " + e.getMessage());
            }
        }
        return new VerifyJob(id, claim, articles);
    }

    private static PartialDate published(DocumentHints hints, String where) throws BadJobException {
        if (hints.published() == null) {
            return null;
        }
        return PartialDate.parseIso(hints.published()).orElseThrow(() -> new BadJobException(
                where + " has a \"published\" date that is not an ISO date: " + hints.published()));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
