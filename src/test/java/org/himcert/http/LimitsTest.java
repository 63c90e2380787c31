package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.himcert.testing.HostileRecords;
import org.junit.jupiter.api.Test;

/**
 * The service stays up for everyone else: slow clients hold no worker, a request past its deadline completes with
 * error records for what it did not reach, the metrics and readiness say what is going on, and a stop lets the
 * requests in flight finish. (The time bounds below stop a hang; they measure nothing.)
 */
class LimitsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twoHundredConnectionsTricklingTheirHeadersDoNotKeepAFreshClientOut() throws Exception {
        try (TestService service = new TestService().start()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", service.port()), 5_000);
                    slow.add(s);
                }
                byte[] head = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII);
                for (int b = 0; b < 3; b++) { // three rounds of one byte each, then a fresh client
                    for (Socket s : slow) {
                        OutputStream out = s.getOutputStream();
                        out.write(head[b]);
                        out.flush();
                    }
                    Thread.sleep(300);
                }
                HttpResponse<String> fresh = CLIENT.send(HttpRequest.newBuilder(URI.create(service.base()
                        + "/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(fresh.statusCode()).isEqualTo(200);
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void recordsNotReachedByTheDeadlineGetErrorRecordsAndTheResponseCompletes() throws Exception {
        TestService s = new TestService();
        s.deadline = Duration.ofMillis(1);
        s.maxBody = 4 << 20;
        try (TestService service = s.start()) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                body.append("{\"id\":\"d-").append(i).append("\",\"education\":[]}\n");
            }
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(service.base() + "/v1/assess"))
                    .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());

            List<String> lines = r.body().lines().toList();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(lines).hasSize(300);
            JsonNode last = MAPPER.readTree(lines.get(299));
            assertThat(last.get("id").asText()).isEqualTo("d-299");
            assertThat(last.get("error").get("message").asText()).startsWith("not answered: the request ran past its"
                    + " deadline");
        }
    }

    @Test
    void metricsCountRequestsByRouteAndStatusAndTheRecordsAnswered() throws Exception {
        try (TestService service = new TestService().start()) {
            CLIENT.send(HttpRequest.newBuilder(URI.create(service.base() + "/v1/assess?asOf=2026-11-25"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"m-1\"}\n{\"id\":\"m-2\",\"x\":1}\n"))
                    .header("Content-Type", "application/x-ndjson").build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200); // the request is counted once its answer is complete

            HttpResponse<String> metrics = CLIENT.send(HttpRequest.newBuilder(URI.create(service.base() + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> ready = CLIENT.send(HttpRequest.newBuilder(URI.create(service.base() + "/ready"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(metrics.body()).contains("himcert_http_requests_seconds_count{route=\"/v1/assess\","
                    + "status=\"200\"} 1", "himcert_http_requests_seconds_bucket{", "himcert_records_answered_total 2.0",
                    "himcert_records_errors_total 1.0", "himcert_http_requests_in_flight");
            assertThat(ready.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStopLetsTheRequestInFlightFinish() throws Exception {
        TestService s = new TestService();
        s.maxBody = 8 << 20;
        s.drain = Duration.ofSeconds(60); // the request's own work may take seconds on a busy machine
        try (TestService service = s.start()) {
            String body = HostileRecords.distinctDatesLines("drain", 40, 400, 20);
            CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(HttpRequest.newBuilder(
                    URI.create(service.base() + "/v1/plan?target=CHPS&asOf=2026-11-25"))
                    .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);

            service.service().stop();

            HttpResponse<String> r = inFlight.get();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().lines().toList()).hasSize(40).allSatisfy(l -> assertThat(l).contains("\"steps\""));
        }
    }
}
