package org.crosscheck.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes JSON answers: one mapper, one content type. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void answer(Context ctx, Object value) {
        try {
            ctx.contentType(CONTENT_TYPE).result(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        answer(ctx, object().put("error", message));
    }
}
