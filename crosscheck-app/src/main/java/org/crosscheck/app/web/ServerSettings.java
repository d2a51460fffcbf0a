package org.crosscheck.app.web;

/**
 * How the server listens and what it allows.
 *
 * @param host         the address to bind; {@code 127.0.0.1} unless the operator says otherwise
 * @param port         the port; 0 picks a free one (tests)
 * @param token        the bearer token writes need, or null: then every write is refused
 * @param maxBodyBytes the largest request body accepted; larger ones answer 413
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be at least one byte");
        }
        token = token == null || token.isBlank() ? null : token;
    }

    /** Loopback on the given port, with the given token (or none) and the default body limit. */
    public static ServerSettings loopback(int port, String token) {
        return new ServerSettings(DEFAULT_HOST, port, token, DEFAULT_MAX_BODY_BYTES);
    }
}
