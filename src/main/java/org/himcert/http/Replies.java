package org.himcert.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.himcert.json.ContractWriter;

/** Whole answers: a status, a content type and a body, written at once. */
final class Replies {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final String HTML = "text/html";
    static final String TEXT = "text/plain";
    /** The page and the reports: no script at all, styles of their own only, never inside a frame. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private static final ContractWriter WRITER = new ContractWriter();

    private Replies() {
    }

    /** Sends the body with the status and content type, and completes the request. */
    static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
        if (type.equals(HTML)) {
            response.getHeaders().put("Content-Security-Policy", CSP);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Sends the text as JSON. */
    static void json(Response response, Callback callback, int status, String json) {
        send(response, callback, status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the contract's error record about the request as a whole ({@code "line": null}). */
    static void error(Response response, Callback callback, int status, String path, String message) {
        json(response, callback, status, WRITER.requestError(path, message));
    }

    /** 405, with the methods the route takes in {@code Allow}. */
    static void notAllowed(Response response, Callback callback, String route, List<String> methods) {
        response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", methods));
        error(response, callback, 405, "", route + " takes " + String.join(", ", methods));
    }

    /** 204 to OPTIONS, with the methods the route takes in {@code Allow}. */
    static void options(Response response, Callback callback, List<String> methods) {
        response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", methods));
        response.setStatus(204);
        callback.succeeded();
    }
}
