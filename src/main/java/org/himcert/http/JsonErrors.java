package org.himcert.http;

import java.io.PrintWriter;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error Jetty answers for us (a request that is not well-formed HTTP, headers or a URI too long, a request
 * turned away while the service is busy or stopping, a failure of our own) as the contract's error record, never
 * a server's HTML page or a stack trace.
 */
final class JsonErrors extends ErrorHandler {

    private final PrintWriter log;

    JsonErrors(PrintWriter log) {
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object id = request.getAttribute(Front.ID);
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        String message;
        if (status >= 500 && status != 503) {
            synchronized (log) {
                log.println("himcert serve: request " + (id == null ? "-" : id) + " failed: "
                        + (cause == null ? "status " + status : cause.getClass().getSimpleName()));
                log.flush();
            }
            message = "the request could not be answered" + (id == null ? "" : " (request " + id + ")");
        } else if (status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            message = "the service is busy or stopping: try again in a moment";
        } else if (status == 413) {
            message = "the request body is too large: send fewer records per request";
        } else if (status == 414) {
            message = "the request's URI is too long";
        } else if (status == 431) {
            message = "the request's headers are too large";
        } else {
            message = "the request is not well-formed HTTP (status " + status + ")";
        }
        response.getHeaders().remove(HttpHeader.CONTENT_LENGTH);
        Replies.error(response, callback, status, "", message);
        return true;
    }
}
