package org.himcert.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.himcert.EligibilityAdvisor;

/**
 * What every request meets first: its id, the headers every answer carries, the {@code Host} check (DNS
 * rebinding), the open routes ({@code /health}, {@code /ready}, {@code /openapi.json}), and authentication before
 * anything else ({@code /metrics}, the contract, the page).
 */
final class Front extends Handler.Wrapper {

    /** The request attribute holding the request's id. */
    static final String ID = "himcert.id";
    /** The request attribute holding the route's name, for the log and the metrics. */
    static final String ROUTE = "himcert.route";
    /** Every route, with the methods it takes. */
    static final java.util.Map<String, List<String>> ROUTES = java.util.Map.of(
            "/health", List.of("GET", "HEAD", "OPTIONS"), "/ready", List.of("GET", "HEAD", "OPTIONS"),
            "/openapi.json", List.of("GET", "HEAD", "OPTIONS"), "/metrics", List.of("GET", "HEAD", "OPTIONS"),
            "/v1/rules", List.of("GET", "HEAD", "OPTIONS"), "/v1/assess", List.of("POST", "OPTIONS"),
            "/v1/plan", List.of("POST", "OPTIONS"), "/v1/report", List.of("POST", "OPTIONS"),
            "/v1/compare", List.of("POST", "OPTIONS"),
            "/", List.of("GET", "HEAD", "POST", "OPTIONS"));

    /** The routes Front answers itself, none of which takes a query parameter. */
    private static final Set<String> OPEN = Set.of("/health", "/ready", "/openapi.json", "/metrics");

    private final CompletableFuture<EligibilityAdvisor> rules;
    private final ServiceOptions options;
    private final Metrics metrics;
    /** The OpenAPI document, made on its first request (a start does not wait for it). */
    private volatile byte[] openApi;
    private final Set<String> hosts = new HashSet<>();
    private final boolean anyHost;
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean draining;

    Front(Handler next, CompletableFuture<EligibilityAdvisor> rules, ServiceOptions options, Metrics metrics) {
        super(next);
        this.rules = rules;
        this.options = options;
        this.metrics = metrics;
        hosts.addAll(ServiceOptions.LOOPBACK);
        boolean any = false;
        for (String h : options.allowedHosts()) {
            any |= h.equals("*");
            hosts.add(bare(h));
        }
        this.anyHost = any;
    }

    private byte[] openApi() {
        byte[] doc = openApi;
        if (doc == null) {
            doc = OpenApi.document(options.maxBody()); // made twice on a race: the same bytes
            openApi = doc;
        }
        return doc;
    }

    /** The rules version, or null while the rules load. */
    private String version() {
        EligibilityAdvisor advisor = rules.getNow(null);
        return advisor == null ? null : advisor.rulesVersion();
    }

    /** {@code {"status": ..., "rulesVersion": ...}} (the version null while the rules load). */
    private String status(String status) {
        String version = version();
        return "{\"status\":\"" + status + "\",\"rulesVersion\":" + (version == null ? "null" : "\"" + version
                + "\"") + "}";
    }

    /** From now on {@code /ready} answers 503: the service is stopping. */
    void draining() {
        draining = true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String id = Long.toString(requests.incrementAndGet(), 36);
        String path = Request.getPathInContext(request);
        request.setAttribute(ID, id);
        request.setAttribute(ROUTE, ROUTES.containsKey(path) ? path : "other");
        var headers = response.getHeaders();
        headers.put("X-Request-Id", id);
        String version = version();
        if (version != null) {
            headers.put("X-Rules-Version", version);
        }
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        metrics.started();

        String host = request.getHttpURI().getHost();
        if (!anyHost && (host == null || !hosts.contains(bare(host)))) {
            Replies.error(response, callback, 421, "", "this service does not answer for the host named in the"
                    + " request (the Host header); its operator can add the name with --allowed-host");
            return true;
        }
        String method = request.getMethod();
        String query = request.getHttpURI().getQuery();
        if (query != null && !query.isEmpty() && OPEN.contains(path)) {
            Replies.error(response, callback, 400, "", path + " takes no query parameter");
            return true;
        }
        switch (path) {
            case "/health":
                return open(request, response, callback, path, () -> status("ok"), 200);
            case "/ready":
                boolean loaded = rules.isDone() && !rules.isCompletedExceptionally();
                return open(request, response, callback, path, () -> status(draining ? "draining"
                        : loaded ? "ready" : "loading"), draining || !loaded ? 503 : 200);
            case "/openapi.json":
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    return other(response, callback, path, method);
                }
                Replies.send(response, callback, 200, Replies.JSON, openApi());
                return true;
            default:
                break;
        }
        if (method.equals("OPTIONS")) {
            return super.handle(request, response, callback); // a preflight (CORS, when asked for), or Allow
        }
        if (options.authenticates() && !authorized(request)) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, path.equals("/")
                    ? "Basic realm=\"himcert\", charset=\"UTF-8\"" : "Bearer realm=\"himcert\"");
            Replies.error(response, callback, 401, "", "this service needs a token: Authorization: Bearer TOKEN"
                    + " (on the page: any user name, the token as password)");
            return true;
        }
        if (path.equals("/metrics")) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                return other(response, callback, path, method);
            }
            Replies.send(response, callback, 200, "text/plain; version=0.0.4", metrics.scrape()
                    .getBytes(StandardCharsets.UTF_8));
            return true;
        }
        return super.handle(request, response, callback);
    }

    @FunctionalInterface
    private interface Body {
        String get();
    }

    private boolean open(Request request, Response response, Callback callback, String path, Body body,
                         int status) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return other(response, callback, path, method);
        }
        Replies.json(response, callback, status, body.get());
        return true;
    }

    private static boolean other(Response response, Callback callback, String path, String method) {
        if (method.equals("OPTIONS")) {
            Replies.options(response, callback, ROUTES.get(path));
        } else {
            Replies.notAllowed(response, callback, path, ROUTES.get(path));
        }
        return true;
    }

    /** Whether the request carries one of the tokens (every token compared in constant time). */
    private boolean authorized(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null) {
            return false;
        }
        String given;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = header.substring(7).trim();
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                given = pair.substring(pair.indexOf(':') + 1);
            } catch (IllegalArgumentException e) {
                return false;
            }
        } else {
            return false;
        }
        byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (String token : options.tokens()) {
            match |= MessageDigest.isEqual(bytes, token.getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }

    /** A host name without brackets or case. */
    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
