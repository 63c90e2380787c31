package org.himcert.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.himcert.EligibilityAdvisor;
import org.himcert.json.HimcertJson;
import org.himcert.model.Candidate;
import org.himcert.testing.RandomCandidates;

/**
 * A bounded load test of {@code himcert serve} (its own command, not part of {@code mvn verify}): N concurrent clients
 * on 127.0.0.1 post generated candidates to {@code /v1/assess} for S seconds, one candidate per request, and every
 * answer is checked (status 200, one JSON object, the id posted). Prints requests/s, p50 and p99 latency, and the
 * answers lost or malformed.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp target/test-classes:target/himcert-cli.jar org.himcert.http.ServeLoad [--clients 8] [--seconds 30]
 *     [--url http://127.0.0.1:8080]   (without --url it starts a server in this JVM on a free port)
 * </pre>
 */
public final class ServeLoad {

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 8;
        int seconds = 30;
        String url = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--url" -> url = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Service server = null;
        if (url == null) {
            server = new Service(EligibilityAdvisor.withBundledRules(), ServiceOptions.defaults("127.0.0.1", 0),
                    Clock.systemUTC(), new PrintWriter(new StringWriter()));
            server.start();
            url = "http://127.0.0.1:" + server.port();
        }
        RandomCandidates random = new RandomCandidates(2026);
        List<String> bodies = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Candidate c = random.candidate("load-" + i, random.asOf());
            bodies.add(HimcertJson.write(c));
            ids.add(c.id());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI assess = URI.create(url + "/v1/assess?asOf=2026-11-25");
        ObjectMapper mapper = new ObjectMapper();
        // warm up: the first answers load classes and compile code
        for (int i = 0; i < 200; i++) {
            http.send(HttpRequest.newBuilder(assess).POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong lost = new AtomicLong();
        AtomicLong malformed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int client = t;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                int k = client;
                while (System.nanoTime() < end && n < latencies.length) {
                    int i = k++ % bodies.size();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(assess).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies[n++] = System.nanoTime() - started;
                        JsonNode answer = mapper.readTree(r.body());
                        if (r.statusCode() != 200 || !ids.get(i).equals(answer.path("id").asText())
                                || answer.path("decisions").size() != 6) {
                            malformed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        lost.incrementAndGet();
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        pool.shutdown();
        if (server != null) {
            server.close();
        }
        all.sort(null);
        double rate = all.size() / (double) seconds;
        System.out.printf("machine: %d cores; java %s; %d clients for %d s on 127.0.0.1, one candidate per request%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), clients, seconds);
        System.out.printf("requests: %d answered (%.0f/s); p50 %.1f ms, p99 %.1f ms, max %.1f ms; lost %d, malformed %d%n",
                all.size(), rate, pct(all, 50), pct(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6,
                lost.get(), malformed.get());
        System.exit(lost.get() + malformed.get() == 0 ? 0 : 1);
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
