package org.himcert.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The batch benchmark command (not a test): runs the command line over generated candidates as a whole process,
 * runs {@link JacksonFloor} (plain Jackson reading the same input and writing output of the same shape) the same
 * way, and prints both rates and their ratio; then the same for one candidate (cold start). Paired runs on the
 * same machine, so the ratio is what to compare across builds: absolute rates move with the machine's load.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp target/test-classes:target/himcert-cli.jar org.himcert.bench.BatchBenchmark \
 *     [--n 200000] [--jar target/himcert-cli.jar] [--launcher bin/himcert] [--brief] [--xmx 256m] [--runs 1]
 * </pre>
 *
 * {@code --jar} may name another build's CLI jar (the "before" of a change); {@code --launcher} runs the command
 * line through that script (AppCDS and the JVM settings it picks) instead of {@code java -jar}. {@code --runs N}
 * repeats the paired runs and ends with the median ratios, the figure to report on a shared host. The floor always
 * runs from the benchmark's own class path with the JVM's defaults. Last, in a fresh JVM, the time from its start
 * to the facade's first answer and the heap the advisor keeps ({@link FirstAnswer}).
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the options above
     * @throws Exception if a process cannot be run
     */
    public static void main(String[] args) throws Exception {
        long n = 200_000;
        String jar = "target/himcert-cli.jar";
        boolean brief = false;
        String xmx = "256m";
        int runs = 1;
        String asOf = "2026-11-25";
        String launcher = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--n" -> n = Long.parseLong(args[++i]);
                case "--jar" -> jar = args[++i];
                case "--brief" -> brief = true;
                case "--xmx" -> xmx = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--launcher" -> launcher = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("himcert-bench");
        try {
            measure(dir, n, jar, brief, xmx, runs, asOf, launcher);
        } finally {
            // the input and outputs of 200,000 candidates are gigabytes: none is kept after the run
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void measure(Path dir, long n, String jar, boolean brief, String xmx, int runs, String asOf,
                                String launcher) throws Exception {
        Path input = dir.resolve("candidates.jsonl");
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            org.himcert.cli.GenerateCandidates.write(n, 7, w);
        }
        Path one = dir.resolve("one.jsonl");
        Files.writeString(one, Files.readAllLines(input).get(0) + "\n");
        List<String> himcert = new ArrayList<>(List.of("-jar", jar, "assess", "--as-of", asOf));
        if (brief) {
            himcert.add("--brief");
        }
        String via = launcher;
        // the shape the floor writes: the first output lines of a real run
        Path sample = dir.resolve("sample.jsonl");
        Path sampleIn = dir.resolve("sample-in.jsonl");
        Files.write(sampleIn, Files.readAllLines(input).subList(0, (int) Math.min(n, 1000)));
        run(java(xmx, himcert, sampleIn), sample);
        String cp = System.getProperty("java.class.path");
        List<String> floor = List.of("-cp", cp, JacksonFloor.class.getName(), sample.toString());

        System.out.printf(Locale.ROOT, "machine: %d cores, %s; java %s; -Xmx%s; %s output; himcert via %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), xmx, brief ? "brief" : "full contract",
                via == null ? "java -jar " + jar : via);
        Path out = dir.resolve("out.jsonl");
        List<Double> batchRatios = new ArrayList<>();
        List<Double> oneRatios = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double h = run(himcert(via, xmx, himcert, input), out);
            long lines = Files.lines(out).count();
            double f = run(java(xmx, floor, input), dir.resolve("floor.jsonl"));
            System.out.printf(Locale.ROOT, "batch of %d: himcert %.1f s (%.0f/s, %d lines, %.2f KB/line), "
                            + "Jackson floor %.1f s (%.0f/s): ratio %.2fx%n", n, h, n / h, lines,
                    Files.size(out) / 1024.0 / Math.max(1, lines), f, n / f, h / f);
            double h1 = run(himcert(via, xmx, himcert, one), dir.resolve("one.out"));
            double f1 = run(java(xmx, floor, one), dir.resolve("one.floor"));
            System.out.printf(Locale.ROOT, "one candidate: himcert %.2f s, Jackson floor %.2f s: ratio %.2fx%n",
                    h1, f1, h1 / f1);
            batchRatios.add(h / f);
            oneRatios.add(h1 / f1);
        }
        if (runs > 1) { // a shared host moves single runs by a third: the median of paired runs is the figure
            System.out.printf(Locale.ROOT, "median of %d paired runs: batch ratio %.2fx (%.2f-%.2f), one candidate "
                    + "ratio %.2fx (%.2f-%.2f)%n", runs, median(batchRatios), min(batchRatios), max(batchRatios),
                    median(oneRatios), min(oneRatios), max(oneRatios));
        }
        Path first = dir.resolve("first.out");
        List<String> firstAnswer = java(xmx, List.of("-cp", jar + java.io.File.pathSeparator + cp,
                FirstAnswer.class.getName()), one);
        run(firstAnswer.subList(0, firstAnswer.size() - 1), first);
        System.out.print(Files.readString(first));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** The command line through the launcher when one is given, else {@code java -jar}. */
    private static List<String> himcert(String launcher, String xmx, List<String> args, Path input) {
        if (launcher == null) {
            return java(xmx, args, input);
        }
        List<String> cmd = new ArrayList<>(List.of("env", "HIMCERT_JAVA_OPTS=-Xmx" + xmx, launcher));
        cmd.addAll(args.subList(2, args.size())); // without "-jar JAR": the launcher runs its own jar
        cmd.add(input.toString());
        return cmd;
    }

    private static List<String> java(String xmx, List<String> args, Path input) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + xmx);
        cmd.addAll(args);
        cmd.add(input.toString());
        return cmd;
    }

    /** Runs a process with its output to a file; returns the wall time in seconds. */
    private static double run(List<String> cmd, Path output) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int status = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IllegalStateException("exit " + status + " from " + String.join(" ", cmd));
        }
        return seconds;
    }
}
