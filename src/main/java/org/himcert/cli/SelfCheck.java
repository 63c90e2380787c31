package org.himcert.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.himcert.http.Service;

/**
 * {@code himcert serve --check}: asks a service just started on a loopback port what a client would, and says
 * whether each answer was right. A smoke test of an installation (and the run the build trains the service's
 * class-data archive on).
 */
final class SelfCheck {

    private static final String CANDIDATE = "{\"id\":\"check-1\",\"asOf\":\"2026-11-25\",\"education\":[{\"level\":"
            + "\"ASSOCIATE\",\"field\":\"HIM\",\"accreditation\":\"CAHIIM\",\"status\":\"FINAL_TERM\"}],"
            + "\"experience\":[{\"kind\":\"CODING\",\"months\":12}]}";

    private SelfCheck() {
    }

    /** The checks, one line each on {@code out}; 0 when all passed, 1 otherwise. */
    static int run(Service service, String token, PrintWriter out) throws Exception {
        String base = service.scheme() + "://127.0.0.1:" + service.port();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int failed = 0;
        failed += check(out, "GET /health", send(client, token, HttpRequest.newBuilder(URI.create(base + "/health"))
                .GET()), "{\"status\":\"ok\"");
        failed += check(out, "POST /v1/assess (one candidate)", send(client, token, HttpRequest.newBuilder(
                URI.create(base + "/v1/assess")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CANDIDATE))), "{\"id\":\"check-1\",");
        failed += check(out, "POST /v1/assess (JSON Lines)", send(client, token, HttpRequest.newBuilder(
                URI.create(base + "/v1/assess?brief=true")).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(CANDIDATE + "\n" + CANDIDATE.replace("check-1", "check-2")
                        + "\n"))), "{\"id\":\"check-1\",");
        failed += check(out, "POST /v1/plan", send(client, token, HttpRequest.newBuilder(
                URI.create(base + "/v1/plan?target=RHIA")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CANDIDATE))), "{\"id\":\"check-1\",");
        failed += check(out, "GET /openapi.json", send(client, token, HttpRequest.newBuilder(
                URI.create(base + "/openapi.json")).GET()), "{\"openapi\":\"3.1.0\"");
        out.println("himcert serve --check: " + (failed == 0 ? "ok" : failed + " check(s) failed"));
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static HttpResponse<String> send(HttpClient client, String token, HttpRequest.Builder request)
            throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int check(PrintWriter out, String what, HttpResponse<String> r, String start) {
        boolean ok = r.statusCode() == 200 && r.body().startsWith(start);
        out.println("himcert serve --check: " + what + ": " + r.statusCode() + (ok ? " ok" : " unexpected"));
        return ok ? 0 : 1;
    }
}
