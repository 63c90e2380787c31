package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.himcert.testing.HostileRecords;
import org.junit.jupiter.api.Test;

/**
 * {@code himcert serve} as a process of its own under a 256 MB heap: a record that used to kill it for good, four
 * large bodies at once, and SIGTERM with a request in flight. (The time bounds stop a hang; they measure nothing.)
 */
class ServeProcessTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * A running {@code serve}: its process, its base URL, and the file its standard error goes to (a file, not a
     * pipe: the JDK closes a child's pipe when the child exits, and the last lines would be lost).
     */
    private record Served(Process process, String base, Path errFile) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        /** What it has written on standard error so far. */
        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }
    }

    private static Served serve(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.himcert.cli.Main", "serve", "--port", "0"));
        cmd.addAll(List.of(args));
        Path errFile = Files.createTempFile("himcert-serve", ".err");
        errFile.toFile().deleteOnExit();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)/");
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until && p.isAlive()) {
            Matcher m = listening.matcher(Files.readString(errFile, StandardCharsets.UTF_8));
            if (m.find()) {
                return new Served(p, m.group(1), errFile);
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("serve did not start: " + Files.readString(errFile, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String url, String type, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int health(Served s) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(s.base() + "/health")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theRecordThatKilledTheServiceIsAnsweredAndTheServiceStaysUp() throws Exception {
        try (Served s = serve()) {
            String record = HostileRecords.distinctDates("dates-4000", 4_000, 50);

            HttpResponse<String> assess = post(s.base() + "/v1/assess?asOf=2026-11-25", "application/json", record);
            HttpResponse<String> plan = post(s.base() + "/v1/plan?target=CHPS&asOf=2026-11-25", "application/json",
                    record);

            assertThat(assess.statusCode()).isEqualTo(200);
            assertThat(assess.body()).startsWith("{\"id\":\"dates-4000\",").contains("\"decisions\"");
            assertThat(plan.statusCode()).isEqualTo(200);
            assertThat(health(s)).isEqualTo(200);
            assertThat(s.err()).doesNotContain("Exception", "Error");
        }
    }

    /** A status and how often a text occurs in the raw response, which is read while the body is still sent. */
    private record Counted(int status, int occurrences) {
    }

    /**
     * Posts the body over a socket of its own and reads the response at the same time, as curl does (the JDK's
     * client does not read a response before its body is sent, which a streaming answer of 16 MiB outgrows).
     */
    private static Counted postStreaming(int port, String target, byte[] body, String counted) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(240_000);
            CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
                try {
                    java.io.OutputStream out = socket.getOutputStream();
                    out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                            + " application/x-ndjson\r\nContent-Length: " + body.length + "\r\nConnection: close"
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // a request turned away is answered before its body is read: the rest need not be sent
                }
            });
            byte[] answer = socket.getInputStream().readAllBytes();
            sent.get(240, TimeUnit.SECONDS);
            String text = new String(answer, StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            int n = 0;
            for (int at = text.indexOf(counted); at >= 0; at = text.indexOf(counted, at + 1)) {
                n++;
            }
            return new Counted(status, n);
        }
    }

    @Test
    void fourLargeBodiesAtOnceAreEachAnsweredAndTheServiceStaysUp() throws Exception {
        try (Served s = serve("--deadline", "3", "--threads", "2", "--queue-wait", "1")) {
            StringBuilder body = new StringBuilder(16 << 20);
            int records = 0;
            while (body.length() < (16 << 20) - 400) {
                body.append(HostileRecords.good("big-" + records, records)).append('\n');
                records++;
            }
            byte[] ndjson = body.toString().getBytes(StandardCharsets.UTF_8);
            int port = Integer.parseInt(s.base().substring(s.base().lastIndexOf(':') + 1));
            List<CompletableFuture<Counted>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return postStreaming(port, "/v1/assess?brief=true", ndjson, "{\"id\":\"big-");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (CompletableFuture<Counted> call : calls) {
                Counted r = call.get(300, TimeUnit.SECONDS);
                assertThat(r.status()).as(s.err()).isIn(200, 413, 503);
                if (r.status() == 200) {
                    assertThat(r.occurrences()).as("records answered").isEqualTo(records);
                }
            }
            assertThat(health(s)).isEqualTo(200);
            assertThat(s.err()).doesNotContain("OutOfMemoryError", "Exception");
        }
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishThenStops() throws Exception {
        Served s = serve();
        try {
            String body = HostileRecords.distinctDatesLines("term", 60, 400, 20);
            CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(HttpRequest.newBuilder(
                    URI.create(s.base() + "/v1/plan?target=CHPS&asOf=2026-11-25"))
                    .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(1_000);

            s.process().destroy(); // SIGTERM

            HttpResponse<String> r = inFlight.get(120, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().lines().toList()).hasSize(60);
            assertThat(s.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(s.err()).contains("himcert serve: stopping; the requests in flight have 20 s to finish",
                    " POST /v1/plan 200 ");
        } finally {
            s.close();
        }
    }
}
