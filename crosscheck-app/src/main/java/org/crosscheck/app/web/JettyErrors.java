package org.crosscheck.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before a request reaches the routes (a request line that
 * cannot be parsed: 400 or 505; headers too large: 431; an address too long: 414): the same security
 * headers as every other answer, and {@code {"error": "one sentence"}} rather than Jetty's
 * HTML page, which names the parser's complaint.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        secure(response.getHeaders());
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = Json.object().put("error", sentence(code)).toString().getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        secure(fields);
        fields.put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        return ByteBuffer.wrap(Json.object().put("error", sentence(status)).toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void secure(HttpFields.Mutable fields) {
        for (Map.Entry<String, String> h : ApiServer.SECURITY_HEADERS.entrySet()) {
            fields.put(h.getKey(), h.getValue());
        }
    }

    static String sentence(int status) {
        return switch (status) {
            case 413 -> "The body is larger than the server accepts.";
            case 414 -> "The request's address is longer than the server accepts.";
            case 431 -> "The request's headers are larger than the server accepts.";
            case 505 -> "The request is not valid HTTP/1.1.";
            default -> status >= 500 ? "The server could not answer this request." : "The request is not valid HTTP.";
        };
    }
}
