package org.crosscheck.app.web;

/**
 * A request the server answers with a 4xx status and {@code {"error": message}}; the message is
 * one sentence meant for the client, never a stack trace.
 */
final class ApiError extends RuntimeException {

    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
