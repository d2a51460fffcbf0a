package org.crosscheck.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads a benchmark split in place: {@code ground-truth.json} plus {@code html/<id>.html.gz}. */
final class BenchmarkPages {

    /** One page: its id, url, decompressed UTF-8 markup and the true article body. */
    record Page(String id, String url, String html, String truth) {
    }

    private BenchmarkPages() {
    }

    /** All pages of the split in the ground truth's order; throws when a page file is missing. */
    static List<Page> read(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), html,
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }
}
