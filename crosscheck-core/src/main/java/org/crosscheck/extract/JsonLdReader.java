package org.crosscheck.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article objects in a page's JSON-LD ({@code <script type="application/ld+json">}): any object
 * whose @type is an Article kind (Article, NewsArticle, ReportageNewsArticle, BlogPosting, ...),
 * found at the top, in arrays or inside @graph; authors and publishers given as @id references are
 * resolved within the page. Malformed JSON is skipped, never thrown.
 */
final class JsonLdReader {

    /** What an article object says about itself; any field may be null, authors may be empty. */
    record JsonLdArticle(String headline, String body, List<String> authors, String datePublished,
                         String dateModified, String publisher, String url, String language) {

        JsonLdArticle {
            authors = List.copyOf(authors);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "SocialMediaPosting");

    private JsonLdReader() {
    }

    /** The article objects of the page, in document order. */
    static List<JsonLdArticle> read(Document document) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : document.getElementsByTag("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                collectObjects(MAPPER.readTree(script.data()), objects);
            } catch (JsonProcessingException | RuntimeException e) {
                // a broken block says nothing; the page still has its markup
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode o : objects) {
            if (o.hasNonNull("@id") && o.size() > 1) {
                byId.putIfAbsent(o.get("@id").asText(), o);
            }
        }
        List<JsonLdArticle> out = new ArrayList<>();
        for (JsonNode o : objects) {
            if (isArticle(o)) {
                out.add(new JsonLdArticle(text(o, "headline").or(() -> text(o, "name")).orElse(null),
                        text(o, "articleBody").orElse(null), names(o.get("author"), byId),
                        text(o, "datePublished").orElse(null), text(o, "dateModified").orElse(null),
                        names(o.get("publisher"), byId).stream().findFirst().orElse(null),
                        text(o, "url").orElse(null), text(o, "inLanguage").orElse(null)));
            }
        }
        return out;
    }

    private static void collectObjects(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            JsonNode n = todo.pop();
            if (n.isArray()) {
                for (int i = n.size() - 1; i >= 0; i--) {
                    todo.push(n.get(i));
                }
            } else if (n.isObject()) {
                out.add(n);
                List<JsonNode> children = new ArrayList<>();
                n.fields().forEachRemaining(f -> {
                    if (f.getValue().isContainerNode()) {
                        children.add(f.getValue());
                    }
                });
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> t.endsWith("Article") || ARTICLE_TYPES.contains(t));
    }

    private static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.asText().strip());
    }

    private static List<String> names(JsonNode v, Map<String, JsonNode> byId) {
        Set<String> out = new LinkedHashSet<>();
        if (v == null) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (JsonNode item : items) {
            if (item.isTextual() && !item.asText().isBlank()) {
                out.add(item.asText().strip());
            } else if (item.isObject()) {
                JsonNode named = item;
                if (!item.hasNonNull("name") && item.hasNonNull("@id")) {
                    named = byId.getOrDefault(item.get("@id").asText(), item);
                }
                text(named, "name").ifPresent(out::add);
            }
        }
        return new ArrayList<>(out);
    }
}
