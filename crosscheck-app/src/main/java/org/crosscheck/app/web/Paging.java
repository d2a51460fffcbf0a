package org.crosscheck.app.web;

import io.javalin.http.Context;

/** The {@code limit} and {@code offset} query parameters, checked once for every list endpoint. */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    static Paging of(Context ctx) {
        int limit = number(ctx, "limit", DEFAULT_LIMIT);
        int offset = number(ctx, "offset", 0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ".");
        }
        if (offset < 0) {
            throw ApiError.badRequest("offset must be a whole number of at least 0.");
        }
        return new Paging(limit, offset);
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " must be a whole number.");
        }
    }
}
