package org.crosscheck.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The news domain of SummEdits (Laban et al. 2023), read in place: articles with edited summaries
 * labelled consistent or inconsistent (its README in {@code shared/data/summedits-news}).
 */
public final class SummEditsCorpus {

    private SummEditsCorpus() {
    }

    /**
     * One summary to judge against its article.
     *
     * @param consistent the annotators' label: the summary keeps the article's facts
     * @param editTypes  for an inconsistent summary, the kinds of edit that changed the facts
     * @param originalSummary the human-verified seed summary the summary was edited from
     */
    public record Sample(String id, String docId, String doc, String summary, boolean consistent, List<String> editTypes,
                         String originalSummary) {

        public Sample {
            editTypes = List.copyOf(editTypes);
        }

        /**
         * Whether one sentence of the summary keeps the article's facts: a sentence the seed
         * summary has word for word does (the seed is verified); any other takes the summary's label.
         */
        public boolean sentenceConsistent(String sentence) {
            return consistent || (!sentence.isBlank() && originalSummary.contains(sentence.strip()));
        }
    }

    /** The samples of {@code summedits_news.json} in the given folder, in file order. */
    public static List<Sample> read(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("summedits_news.json").toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(dir.resolve("summedits_news.json") + ": not a JSON array of samples");
        }
        List<Sample> out = new ArrayList<>();
        for (JsonNode n : root) {
            String id = n.path("id").asText();
            List<String> types = new ArrayList<>();
            n.path("edit_types").forEach(t -> types.add(t.asText()));
            out.add(new Sample(id, id.split("_")[0], n.path("doc").asText(), n.path("summary").asText(),
                    n.path("label").asInt() == 1, types, n.path("original_summary").asText()));
        }
        return out;
    }
}
