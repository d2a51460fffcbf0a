package org.crosscheck.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A verify result as the JSON object of the interface, with the added fields described in {@code docs/formats.md}. */
public final class VerifyJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private VerifyJson() {
    }

    public static ObjectNode of(VerifyResult result) {
        ObjectNode out = NODES.objectNode();
        out.put("id", result.id());
        out.put("verdict", result.verdict().jsonName());
        out.put("score", round(result.score()));
        ArrayNode sentences = out.putArray("sentences");
        for (SentenceVerdict s : result.sentences()) {
            ObjectNode sentence = sentences.addObject();
            sentence.put("text", s.text());
            sentence.put("verdict", s.verdict().jsonName());
            sentence.put("score", round(s.score()));
            if (s.reason() != null) {
                sentence.put("reason", s.reason());
            }
            ArrayNode evidence = sentence.putArray("evidence");
            for (Evidence e : s.evidence()) {
                ObjectNode item = evidence.addObject();
                item.put("articleId", e.articleId());
                item.put("sentence", e.sentence());
                item.put("start", e.start());
                item.put("end", e.end());
                item.put("relation", e.relation().jsonName());
                if (e.kind() != null) {
                    item.put("kind", e.kind().jsonName());
                }
                if (e.detail() != null) {
                    item.put("detail", e.detail());
                }
                item.put("similarity", round(e.similarity()));
            }
            ArrayNode unstated = sentence.putArray("unstated");
            s.unstatedFacts().forEach(unstated::add);
            s.unstatedWords().forEach(unstated::add);
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
