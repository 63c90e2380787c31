package org.himcert.http;

import java.io.PrintWriter;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * One line per request on the log, once its answer is complete: id, method, path, status, bytes and milliseconds;
 * never a body, a query or a header. Control characters of the path are written as {@code \xNN}, so that a request
 * cannot forge a line of the log.
 */
final class AccessLog implements RequestLog {

    private final PrintWriter log;
    private final Metrics metrics;

    AccessLog(PrintWriter log, Metrics metrics) {
        this.log = log;
        this.metrics = metrics;
    }

    @Override
    public void log(Request request, Response response) {
        Object id = request.getAttribute(Front.ID);
        Object route = request.getAttribute(Front.ROUTE);
        long nanos = NanoTime.since(request.getBeginNanoTime());
        int status = response.getStatus();
        if (id != null) {
            metrics.ended(route == null ? "other" : route.toString(), status, nanos);
        }
        String line = "himcert serve: " + (id == null ? "-" : id) + " " + escape(request.getMethod()) + " "
                + escape(request.getHttpURI().getDecodedPath()) + " " + status + " "
                + Response.getContentBytesWritten(response) + " B " + nanos / 1_000_000 + " ms";
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    /** The text with every control character (and backslash) written as an escape. */
    static String escape(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029') {
                s.append(String.format("\\x%02x", (int) c & 0xffff));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
