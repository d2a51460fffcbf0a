package org.crosscheck.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Every answer sends the security headers in the order the server names them: an immutable map
 * of {@code Map.of} would send them in an order salted at each JVM start.
 */
class SecurityHeadersOrderTest {

    @Test
    void theHeadersComeInTheOrderTheyAreWritten() {
        assertThat(ApiServer.SECURITY_HEADERS.keySet()).containsExactly(
                "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options");
        assertThat(ApiServer.SECURITY_HEADERS).containsEntry("Content-Security-Policy", ApiServer.CONTENT_SECURITY_POLICY)
                .containsEntry("X-Frame-Options", "DENY");
    }

    @Test
    void theHeadersCannotBeChanged() {
        assertThatThrownBy(() -> ApiServer.SECURITY_HEADERS.put("X-Frame-Options", "SAMEORIGIN"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
