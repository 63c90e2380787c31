package org.himcert.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.himcert.cli.GenerateCandidates;

/**
 * The service benchmark command (not a test): starts {@code himcert serve} as a process of its own, sends it
 * one-candidate {@code POST /v1/assess} requests from keep-alive clients on plain sockets in this process (the
 * lightest client there is, so that the figures are the service's), at each client count for S seconds after a
 * warm-up, checks every answer (200 and the id posted), and prints requests/s, p50, p99, errors and the service's
 * RSS; then runs the batch command line over generated candidates on the same machine in the same run, and prints
 * the service's cost per candidate against the batch's.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp target/test-classes:target/himcert-cli.jar org.himcert.bench.ServiceBenchmark \
 *     [--launcher bin/himcert] [--clients 8,32] [--seconds 20] [--batch 100000]
 * </pre>
 */
public final class ServiceBenchmark {

    private ServiceBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the options above
     * @throws Exception if a process cannot be run
     */
    public static void main(String[] args) throws Exception {
        String launcher = "bin/himcert";
        int[] clientCounts = {8, 32};
        int seconds = 20;
        int batch = 100_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--launcher" -> launcher = args[++i];
                case "--clients" -> clientCounts = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
                        .toArray();
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        StringWriter generated = new StringWriter();
        GenerateCandidates.write(2_000, 20261207L, generated);
        List<byte[]> requests = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String line : generated.toString().split("\n")) {
            byte[] body = line.getBytes(StandardCharsets.UTF_8);
            requests.add(concat(("POST /v1/assess?asOf=2026-11-25 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                    + " application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII), body));
            ids.add(line.substring(7, line.indexOf('"', 7)));
        }
        int port = 18_000 + (int) (ProcessHandle.current().pid() % 1_000);
        Path err = Files.createTempFile("himcert-serve", ".err");
        Process server = new ProcessBuilder(launcher, "serve", "--port", Integer.toString(port))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        try {
            waitReady(port);
            System.out.printf("machine: %d cores; service: %s serve (pid %d), clients on plain keep-alive sockets in"
                    + " this process%n", Runtime.getRuntime().availableProcessors(), launcher, server.pid());
            for (int clients : clientCounts) {
                round(port, clients, 5, requests, ids); // warm-up
                Round r = round(port, clients, seconds, requests, ids);
                System.out.printf("%2d clients, %d s: %.0f requests/s; p50 %.1f ms, p99 %.1f ms; errors %d;"
                        + " service RSS %d MB%n", clients, seconds, r.count() / (double) seconds, r.pct(50),
                        r.pct(99), r.errors(), rssMb(server.pid()));
                last = r.count() / (double) seconds;
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            Files.deleteIfExists(err);
        }
        Path file = Files.createTempFile("himcert-candidates", ".jsonl");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            GenerateCandidates.write(batch, 20261207L, out);
        }
        long started = System.nanoTime();
        Process cli = new ProcessBuilder(launcher, "assess", "--as-of", "2026-11-25", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        cli.waitFor();
        double rate = batch / ((System.nanoTime() - started) / 1e9);
        Files.delete(file);
        System.out.printf("batch command line, %d candidates (full output): %.0f candidates/s%n", batch, rate);
        System.out.printf("per candidate, the service at the last client count costs %.2fx the batch%n",
                rate / last);
    }

    private static double last;

    private record Round(long count, long errors, long[] latencies) {
        double pct(int p) {
            if (latencies.length == 0) {
                return 0;
            }
            return latencies[Math.min(latencies.length - 1, (int) (latencies.length * (p / 100.0)))] / 1e6;
        }
    }

    private static Round round(int port, int clients, int seconds, List<byte[]> requests, List<String> ids)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        long[] errors = new long[clients];
        for (int t = 0; t < clients; t++) {
            int client = t;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                int k = client * 61;
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(30_000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                    while (System.nanoTime() < end && n < latencies.length) {
                        int i = k++ % requests.size();
                        long began = System.nanoTime();
                        out.write(requests.get(i));
                        out.flush();
                        String answer = readResponse(in);
                        latencies[n++] = System.nanoTime() - began;
                        if (!answer.startsWith("200 ") || !answer.contains("{\"id\":\"" + ids.get(i) + "\"")) {
                            errors[client]++;
                        }
                    }
                } catch (IOException e) {
                    errors[client]++;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Round(merged.length, Arrays.stream(errors).sum(), merged);
    }

    /** The status code, a space and the body of one response with a Content-Length. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.length() >= 4 && head.charAt(head.length() - 1) == '\n' && head.charAt(head.length() - 2) == '\r'
                    && head.charAt(head.length() - 3) == '\n') {
                break;
            }
        }
        String h = head.toString();
        int length = 0;
        for (String line : h.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return h.substring(9, 12) + " " + new String(body, StandardCharsets.UTF_8);
    }

    private static void waitReady(int port) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.getOutputStream().write("GET /ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = readResponse(new BufferedInputStream(s.getInputStream()));
                // an older build has no /ready (404): it listens only once its rules are loaded
                if (answer.startsWith("200") || answer.startsWith("404")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the service did not get ready");
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
