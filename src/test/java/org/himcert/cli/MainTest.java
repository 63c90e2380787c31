package org.himcert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.himcert.batch.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line, run in-process as {@code java -jar himcert-cli.jar} would run it. */
class MainTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T23:30:00Z"), ZoneOffset.UTC);
    private static final List<String> ASSESSED = List.of("RHIT", "RHIA", "CCA", "CCS", "CCS-P", "CHPS");

    @TempDir
    Path dir;

    /** What one run gave. */
    record Run(int status, String out, String err) {
        List<JsonNode> records() {
            return out.lines().map(l -> {
                try {
                    return MAPPER.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + l, e);
                }
            }).toList();
        }

        List<String> ids() {
            return records().stream().map(r -> r.path("id").asText("-")).toList();
        }
    }

    private static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine(stdin, results, NOV_25);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute(args);
        cmd.getOut().flush();
        return new Run(status, out + results.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static Run run(String stdin, String... args) {
        return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MainTest.class.getResourceAsStream("/json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static void assertAssessed(JsonNode record, String id) {
        assertThat(record.path("id").asText()).isEqualTo(id);
        assertThat(record.has("error")).as(record.toString()).isFalse();
        List<String> credentials = new ArrayList<>();
        record.path("decisions").forEach(d -> credentials.add(d.path("credential").asText()));
        assertThat(credentials).isEqualTo(ASSESSED);
    }

    @Test
    void assessesEveryRecordOfAFileInInputOrderAndExitsWithZero() throws IOException {
        Path input = file("candidates.jsonl", resource("valid-input.jsonl"));

        Run run = run("", "assess", input.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.ids()).containsExactly("final-term-him-student", "privacy-officer", "hospital-coder",
                "chima-graduate", "unknown-everything");
        run.records().forEach(r -> assertAssessed(r, r.path("id").asText()));
        JsonNode rhit = run.records().get(0).path("decisions").get(0);
        assertThat(rhit.path("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(rhit.path("earlyTesting").asBoolean()).isTrue();
    }

    @Test
    void readsStandardInputWhenTheFileIsADash() throws IOException {
        Run run = run(resource("valid-input.jsonl"), "assess", "-");

        assertThat(run.status()).isZero();
        assertThat(run.ids()).hasSize(5).startsWith("final-term-him-student").endsWith("unknown-everything");
    }

    @Test
    void aPrettyPrintedObjectIsOneRecordAndItsErrorsPointAtLineOne() throws IOException {
        Run good = run("", "assess", file("pretty.json", resource("pretty-candidate.json")).toString());
        Run bad = run("{\n  \"id\": \"pretty-2\",\n  \"asOf\": \"2026-13-01\"\n}\n", "assess", "-");

        assertThat(good.status()).isZero();
        assertThat(good.records()).hasSize(1);
        assertAssessed(good.records().get(0), "pretty-1");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).isEqualTo("{\"id\":\"pretty-2\",\"error\":{\"line\":1,\"path\":\"asOf\","
                + "\"message\":\"must be a date YYYY-MM-DD that exists in the calendar\"}}\n");
    }

    @Test
    void badLinesBetweenGoodOnesAreRejectedAndEveryGoodOneIsAssessedInOrder() {
        String input = String.join("\n",
                "{\"id\":\"g-1\",\"education\":[]}",
                "{\"id\":\"b-2\",\"nickname\":\"Sam\"}",
                "",
                "{\"id\":\"g-4\",\"experience\":[{\"kind\":\"CODING\",\"months\":30}]}",
                "{\"id\":\"b-5\",\"experience\":[{\"kind\":\"CODING\",\"months\":3.0}]}",
                "{\"id\":\"b-6\",",
                "{\"id\":\"g-7\"}",
                "{\"id\":\"b 8\"}",
                "{\"id\":\"g-9\",\"asOf\":\"2025-01-01\"}") + "\n";

        Run run = run(input, "assess", "-");

        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> records = run.records();
        assertThat(records).hasSize(8);
        assertAssessed(records.get(0), "g-1");
        assertThat(records.get(1).toString()).isEqualTo("{\"id\":\"b-2\",\"error\":{\"line\":2,\"path\":\"nickname\","
                + "\"message\":\"unknown field; accepted: id, asOf, education, credentials, experience, coursework,"
                + " examAttempts, ceus\"}}");
        assertAssessed(records.get(2), "g-4");
        assertThat(records.get(3).toString()).isEqualTo("{\"id\":\"b-5\",\"error\":{\"line\":5,"
                + "\"path\":\"experience[0].months\",\"message\":\"must be a whole number >= 0 (e.g. 24, not 24.0 or"
                + " \\\"24\\\")\"}}");
        assertThat(records.get(4).toString()).isEqualTo("{\"id\":\"b-6\",\"error\":{\"line\":6,\"path\":\"\",\"message\":\"not valid"
                + " JSON: the record ends before an object is closed ('}' missing) (line 6, column 13)\"}}");
        assertAssessed(records.get(5), "g-7");
        assertThat(records.get(6).path("error").path("line").asInt()).isEqualTo(8);
        assertThat(records.get(6).has("id")).isFalse();
        assertAssessed(records.get(7), "g-9");
        assertThat(run.err()).isEqualTo("himcert: 4 of 8 records rejected (the first on line 2); their error records"
                + " are on standard output\n");
    }

    @Test
    void aLongBatchKeepsInputOrderAcrossTheParallelWindow() throws IOException {
        // more records than the window holds, every 97th one broken, so order is kept across many refills
        StringWriter generated = new StringWriter();
        GenerateCandidates.write(3 * Batch.WINDOW, 7L, generated);
        List<String> lines = new ArrayList<>(generated.toString().lines().toList());
        for (int i = 0; i < lines.size(); i += 97) {
            lines.set(i, "{\"id\":\"broken-" + i + "\",\"asOf\":\"yesterday\"}");
        }
        Path input = file("long.jsonl", String.join("\n", lines) + "\n");

        Run run = run("", "assess", "--as-of", "2026-11-25", input.toString());

        List<JsonNode> records = run.records();
        assertThat(records).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (i % 97 == 0) {
                assertThat(records.get(i).path("id").asText()).isEqualTo("broken-" + i);
                assertThat(records.get(i).path("error").path("line").asInt()).isEqualTo(i + 1);
            } else {
                assertAssessed(records.get(i), "gen-" + i);
            }
        }
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void theRecordsAsOfWinsOverTheOptionWhichWinsOverToday() {
        String input = "{\"id\":\"own\",\"asOf\":\"2024-02-29\"}\n{\"id\":\"none\"}\n";

        Run withOption = run(input, "assess", "--as-of", "2025-06-30", "-");
        Run withoutOption = run(input, "assess", "-");

        assertThat(withOption.records()).extracting(r -> r.path("asOf").asText())
                .containsExactly("2024-02-29", "2025-06-30");
        // today in UTC: the fixed clock is 23:30 UTC on 2026-11-25
        assertThat(withoutOption.records()).extracting(r -> r.path("asOf").asText())
                .containsExactly("2024-02-29", "2026-11-25");
    }

    @Test
    void plansEachRecordTowardTheTarget() throws IOException {
        Run run = run(resource("valid-input.jsonl"), "plan", "--target", "CCS-P", "--as-of", "2026-11-25", "-");

        assertThat(run.status()).isZero();
        assertThat(run.records()).hasSize(5).allSatisfy(r -> {
            assertThat(r.path("target").asText()).isEqualTo("CCS-P");
            assertThat(r.path("asOf").asText()).isEqualTo("2026-11-25");
            assertThat(r.path("steps").isArray()).isTrue();
            assertThat(r.path("alternatives").isArray()).isTrue();
        });
        assertThat(run.ids().get(0)).isEqualTo("final-term-him-student");
    }

    @Test
    void aRecordOverOneMebibyteIsRejectedAndTheNextIsAssessed() {
        String big = "{\"id\":\"big\",\"credentials\":[{\"code\":\"OTHER_CODING\",\"name\":\""
                + "x".repeat(1024 * 1024) + "\"}]}";

        Run run = run(big + "\n{\"id\":\"small\"}\n", "assess", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.records().get(0).toString()).isEqualTo("{\"error\":{\"line\":1,\"path\":\"\",\"message\":"
                + "\"record is over 1 MiB (1048576 bytes of UTF-8); split it or drop what the contract does not"
                + " use\"}}");
        assertAssessed(run.records().get(1), "small");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatWasWrong() throws IOException {
        Path good = file("one.jsonl", "{\"id\":\"a\"}\n");
        Path emptyRules = Files.createDirectory(dir.resolve("no-rules"));

        assertUsageError(run("", "assess", "--bogus", good.toString()), "himcert: Unknown option: '--bogus'");
        assertUsageError(run("", "assess", "--as-of", "2026-02-30", good.toString()),
                "himcert: Invalid value for option '--as-of': must be a date YYYY-MM-DD that exists in the calendar");
        assertUsageError(run("", "assess", "--as-of", "25.11.2026", good.toString()),
                "himcert: Invalid value for option '--as-of': must be a date YYYY-MM-DD that exists in the calendar");
        assertUsageError(run("", "plan", "--target", "CDIP", good.toString()),
                "himcert: Invalid value for option '--target': must be one of RHIT, RHIA, CCA, CCS, CCS-P, CHPS");
        assertUsageError(run("", "plan", good.toString()),
                "himcert: Missing required option: '--target=CREDENTIAL'");
        assertUsageError(run("", "assess", dir.resolve("missing.jsonl").toString()),
                "himcert: FILE not found: " + dir.resolve("missing.jsonl"));
        assertUsageError(run("", "assess", dir.toString()), "himcert: FILE is a directory: " + dir);
        assertUsageError(run("", "assess"), "himcert: Missing required parameter: 'FILE'");
        assertUsageError(run(""), "himcert: Missing command: assess, plan or report");
        assertUsageError(run("", "assess", "--rules", emptyRules.toString(), good.toString()), "himcert: --rules: ");
    }

    private static void assertUsageError(Run run, String firstLine) {
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(firstLine).contains("--help").doesNotContain("\tat ");
    }

    @Test
    void amendedRulesFromADirectoryAreUsed() throws IOException {
        Run run = run("{\"id\":\"a\",\"education\":[]}\n", "assess", "--rules", "rules", "-");

        assertThat(run.status()).as(run.err()).isZero();
        assertAssessed(run.records().get(0), "a");
    }

    @Test
    void helpDescribesInputOutputExitStatusesAndAnExample() {
        Run top = run("", "--help");
        Run assess = run("", "assess", "--help");
        Run plan = run("", "help", "plan");

        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("Usage: himcert [-hV] [--debug] [COMMAND]", "assess", "plan",
                "Input: FILE, or - for standard input", "{\"id\": \"c-1\", \"asOf\": \"2026-11-25\",",
                "Output: one JSON line per input record", "\"error\":{\"line\":2,", "Exit status:",
                "  0  every record was assessed", "  1  at least one record was rejected",
                "  2  usage error", "java -jar himcert-cli.jar assess candidates.jsonl > results.jsonl");
        assertThat(assess.status()).isZero();
        assertThat(assess.out()).contains("Usage: himcert assess", "--as-of=YYYY-MM-DD", "--rules=DIR", "FILE",
                "Exit status:");
        assertThat(plan.out()).contains("Usage: himcert plan", "--target=CREDENTIAL",
                "RHIT, RHIA, CCA, CCS, CCS-P or CHPS");
    }

    @Test
    void theReadmeExampleIsWhatAssessWrites() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Command line"));
        List<String> blocks = new ArrayList<>();
        for (int at = section.indexOf("```json\n"); at >= 0; at = section.indexOf("```json\n", at + 1)) {
            blocks.add(section.substring(at + 8, section.indexOf("```", at + 8)));
        }
        List<String> out = blocks.get(1).lines().toList();

        Run run = run(blocks.get(0), "assess", "-");

        List<String> actual = run.out().lines().toList();
        assertThat(actual).hasSize(2);
        // the README shortens the first line where it says "…": every piece it shows is there, in order
        int from = 0;
        for (String piece : out.get(0).split("…")) {
            int found = actual.get(0).indexOf(piece, from);
            assertThat(found).as("README piece %s", piece).isGreaterThanOrEqualTo(0);
            from = found + piece.length();
        }
        assertThat(actual.get(1)).isEqualTo(out.get(1));
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void versionNamesTheTool() {
        Run run = run("", "--version");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("himcert ");
    }

    @Test
    void aFailureToReadTheInputShowsNoStackTraceUnlessDebugIsGiven() {
        Run quiet = run(failingAfterOneLine(), "assess", "-");
        Run debug = run(failingAfterOneLine(), "assess", "--debug", "-");

        assertThat(quiet.status()).isEqualTo(1);
        assertThat(quiet.records()).hasSize(1);
        assertThat(quiet.err()).isEqualTo("himcert: could not read the input: IOException (rerun with --debug for"
                + " the stack trace)\n");
        assertThat(debug.status()).isEqualTo(1);
        assertThat(debug.err()).contains("java.io.IOException: disk on fire", "\tat ");
    }

    private static InputStream failingAfterOneLine() {
        byte[] first = "{\"id\":\"a\"}\n".getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                if (pos < first.length) {
                    return first[pos++];
                }
                throw new IOException("disk on fire");
            }
        };
    }

    @Test
    void diagnosticsNeverRepeatInputValues() {
        String secret = "SECRET4711";
        String input = "{\"id\":\"a\",\"asOf\":\"" + secret + "\"}\n{\"id\":\"b\",\"education\":[{\"level\":"
                + secret + "}]}\n{\"id\":\"" + secret + " x\"}\n";

        Run run = run(input, "assess", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isNotEmpty().doesNotContain(secret);
        assertThat(run.out()).doesNotContain(secret);
    }

    /**
     * Plays a program that keeps himcert running: writes the first line, waits until its answer is out, then writes
     * the second and closes; returns the output lines after checking the exit status.
     */
    private static List<String> oneLineAtATime(String first, String second, int status) throws Exception {
        PipedOutputStream toHimcert = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(toHimcert);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cmd = Main.commandLine(stdin, out, NOV_25);
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cmd.execute("assess", "-"));
            toHimcert.write((first + "\n").getBytes(StandardCharsets.UTF_8));
            toHimcert.flush();
            while (!out.toString(StandardCharsets.UTF_8).contains("\"id\":\"first\"")) {
                Thread.sleep(10);
            }
            toHimcert.write((second + "\n").getBytes(StandardCharsets.UTF_8));
            toHimcert.close();
            assertThat(exit.get()).isEqualTo(status);
        });
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void answersEachLineBeforeTheNextArrivesOnStandardInput() throws Exception {
        assertThat(oneLineAtATime("{\"id\":\"first\"}", "{\"id\":\"second\"}", 0)).hasSize(2);
    }

    @Test
    void briefWritesOnlyTheAnswersOfEachDecisionAndNoNextSteps() throws IOException {
        Run full = run(resource("valid-input.jsonl"), "assess", "-");
        Run brief = run(resource("valid-input.jsonl"), "assess", "--brief", "-");

        assertThat(brief.status()).isZero();
        assertThat(brief.ids()).isEqualTo(full.ids());
        for (int r = 0; r < full.records().size(); r++) {
            JsonNode b = brief.records().get(r);
            JsonNode f = full.records().get(r);
            assertThat(b.has("nextSteps")).isFalse();
            for (int d = 0; d < 6; d++) {
                JsonNode bd = b.path("decisions").get(d);
                JsonNode fd = f.path("decisions").get(d);
                List<String> fields = new ArrayList<>();
                bd.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).containsExactly("credential", "status", "earlyTesting", "pathway", "eligibleOn");
                for (String field : fields) {
                    assertThat(bd.get(field)).as("%s of %s", field, b.path("id")).isEqualTo(fd.get(field));
                }
            }
        }
    }

    @Test
    void aRuleThatMatchesTooManyCombinationsIsStoppedWithAClearErrorForItsRecordInsteadOfRunningOn()
            throws IOException {
        Path rules = org.himcert.testing.BundledRules.copyTo(dir.resolve("runaway-rules"));
        Files.writeString(rules.resolve("runaway.drl"), String.join("\n",
                "package org.himcert.rules;",
                "import org.himcert.engine.*;",
                "rule \"X-1 a rule that matches every choice of three of a record's programs\"",
                "    @requirement(\"X-1\") @credential(\"RHIT\") @source(\"a test\")",
                "when",
                "    Program( ) Program( ) Program( )",
                "then",
                "end",
                ""));
        String program = org.himcert.testing.RandomCandidates.distinctProgram(0);
        // 25 programs the rules tell apart (equal ones would be one fact): 15,625 matches each
        String programs = java.util.stream.IntStream.range(0, 25)
                .mapToObj(org.himcert.testing.RandomCandidates::distinctProgram)
                .collect(java.util.stream.Collectors.joining(","));

        Run run = run("{\"id\":\"a\",\"education\":[" + programs + "]}\n{\"id\":\"b\",\"education\":[" + programs
                + "]}\n{\"id\":\"c\",\"education\":[" + program + "]}\n", "assess", "--rules", rules.toString(), "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.ids()).containsExactly("a", "b", "c");
        assertThat(run.records().subList(0, 2)).allSatisfy(r -> assertThat(r.has("error")).isTrue());
        assertThat(run.records().get(2).has("decisions")).isTrue(); // one program: the rule matches once
        assertThat(run.err()).contains("himcert: the record on line 1 (id a) could not be assessed: the rules fired")
                .contains("a rule that matches far too many combinations of facts").doesNotContain("(id c)")
                .doesNotContain("\tat ");
    }

    @Test
    void aMistypedMetadataValueInAmendedRulesExitsWithTwoNamingFileAndLine() throws IOException {
        Path rules = org.himcert.testing.BundledRules.copyTo(dir.resolve("typo-rules"));
        Path rhit = rules.resolve("rhit.drl");
        Files.writeString(rhit, Files.readString(rhit).replace("@kind(\"REVIEW\")", "@kind(\"REVEIW\")"));

        Run run = run("{\"id\":\"a\",\"education\":[]}\n", "assess", "--rules", rules.toString(), "-");

        assertUsageError(run, "himcert: --rules: " + rhit + ":");
        assertThat(run.err()).contains("@kind(\"REVEIW\") is not a kind of pathway");
    }

    @Test
    void oneThresholdChangedInTheParametersFileOfAnAmendedCopyChangesThatAnswer() throws IOException {
        Path rules = org.himcert.testing.BundledRules.copyTo(dir.resolve("office-rules"));
        Path parameters = rules.resolve("parameters.yaml");
        String text = Files.readString(Path.of("rules", "parameters.yaml"));
        String row = "      2021-01-01: {value: 24, source: \"[S5] AHIMA CHPS page (about 2021)\", note: \"as CHPS-1 (C-3)\"}";
        assertThat(text).contains(row);
        // a changed value is a new dated row: 20 months from 2026-01-01
        Files.writeString(parameters, text.replaceFirst(java.util.regex.Pattern.quote(row), row + "\n"
                + "      2026-01-01: {value: 20, source: \"an office's reading\", note: \"a test\"}"));
        String bachelor = "{\"id\":\"b\",\"asOf\":\"%s\",\"education\":[{\"level\":\"BACHELOR\",\"field\":\"OTHER\"}],"
                + "\"experience\":[{\"kind\":\"PRIVACY_SECURITY_MANAGEMENT\",\"months\":21}]}\n";
        String input = String.format(bachelor, "2026-11-25") + String.format(bachelor, "2025-11-25");

        Run bundled = run(input, "assess", "-");
        Run amended = run(input, "assess", "--rules", rules.toString(), "-");

        assertThat(bundled.records().get(0).path("decisions").get(5).path("status").asText()).isEqualTo("NOT_ELIGIBLE");
        JsonNode chps = amended.records().get(0).path("decisions").get(5);
        assertThat(chps.path("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(chps.path("pathway").asText()).isEqualTo("CHPS-4");
        // before the new row's date the old value holds
        assertThat(amended.records().get(1).path("decisions").get(5).path("status").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(amended.records().get(1).path("decisions").get(5).path("unmet").get(0).path("need").asInt())
                .isEqualTo(24);
    }

    @Test
    void aFaultInTheParametersFileExitsWithTwoNamingTheFileAndTheKey() throws IOException {
        Path rules = org.himcert.testing.BundledRules.copyTo(dir.resolve("bad-parameters"));
        Path parameters = rules.resolve("parameters.yaml");
        Files.writeString(parameters, Files.readString(Path.of("rules", "parameters.yaml"))
                .replace("  CHPS-4:\n    description:", "  CHPS-4:\n    descripton:"));

        Run run = run("{\"id\":\"a\",\"education\":[]}\n", "assess", "--rules", rules.toString(), "-");

        assertUsageError(run, "himcert: --rules: " + parameters + ": thresholds.CHPS-4.descripton: unknown key");
    }

    @Test
    void twoBrokenLinesAtTheStartAreTwoErrorRecordsAndTheLineAfterThemIsAssessed() {
        Run run = run("{\"id\":\"a\",\"education\":[\n{\"id\":\"b\"\n{\"id\":\"c\",\"education\":[]}\n", "assess", "-");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.ids()).containsExactly("a", "b", "c");
        assertThat(run.records().get(0).has("error")).isTrue();
        assertThat(run.records().get(1).has("error")).isTrue();
        assertAssessed(run.records().get(2), "c");
    }

    @Test
    void aJqStreamWithOneObjectMissingItsLastBraceLosesNoOtherObject() {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            in.append("{\n  \"id\": \"o").append(i).append("\",\n  \"education\": [\n    {\n      \"level\": \"GED\"\n"
                    + "    }\n  ]\n");
            if (i != 3) {
                in.append("}\n");
            }
        }

        Run run = run(in.toString(), "assess", "-");

        assertThat(run.ids()).containsExactly("o1", "o2", "o3", "o4", "o5", "o6");
        assertThat(run.records().get(2).has("error")).isTrue();
        for (int i : new int[] {0, 1, 3, 4, 5}) {
            assertAssessed(run.records().get(i), "o" + (i + 1));
        }
    }

    @Test
    void aBrokenFirstLineOnStandardInputIsAnsweredBeforeTheNextLineArrives() throws Exception {
        List<String> lines = oneLineAtATime("{\"id\":\"first\",\"education\":[", "{\"id\":\"second\",\"education\":[]}", 1);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"error\"");
        assertThat(lines.get(1)).startsWith("{\"id\":\"second\",\"asOf\"");
    }

    @Test
    void anEmptyInputSaysSoAndExitsWithOne() throws IOException {
        Run file = run("", "assess", file("empty.jsonl", "").toString());
        Run blank = run("\n\n", "assess", "-");

        for (Run r : List.of(file, blank)) {
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("himcert: the input holds no record");
        }
    }

    @Test
    void theTargetIsReadInAnyCase() throws IOException {
        String candidate = "{\"id\":\"t-1\",\"education\":[],\"experience\":[]}\n";
        Run lower = run(candidate, "plan", "--target", "ccs-p", "--as-of", "2026-11-25", "-");
        Run upper = run(candidate, "plan", "--target", "CCS-P", "--as-of", "2026-11-25", "-");

        assertThat(lower.status()).isZero();
        assertThat(lower.out()).isEqualTo(upper.out()).contains("\"target\":\"CCS-P\"");
    }

    @Test
    void testRunsCaseFilesAndPrintsEachFailureWithExpectedAndActual() throws IOException {
        Path wrong = file("wrong.yaml", String.join("\n", "cases:",
                "  - name: an expert expects the wrong status",
                "    asOf: 2026-11-25",
                "    meets: [RHIT-1]",
                "    candidate: {id: t-2, education: [{level: ASSOCIATE, field: HIM, accreditation: CAHIIM}]}",
                "    expect:",
                "      RHIT: {status: NOT_ELIGIBLE, pathway: RHIT-2}",
                "  - name: a right one",
                "    asOf: 2026-11-25",
                "    candidate: {id: t-3, education: [{level: ASSOCIATE, field: HIM, accreditation: CAHIIM}]}",
                "    expect:",
                "      RHIT: {status: ELIGIBLE, pathway: RHIT-1}", ""));
        Run bundled = run("", "test", "src/test/resources/cases/rhit.yaml", "src/test/resources/cases/chps.yaml");
        Run failing = run("", "test", wrong.toString());

        assertThat(bundled.status()).isZero();
        assertThat(bundled.out()).matches("(?s)\\d+ passed, 0 failed\\R");
        assertThat(failing.status()).isEqualTo(1);
        assertThat(failing.out()).isEqualTo("FAILED " + wrong + ": an expert expects the wrong status\n"
                + "    RHIT status: expected NOT_ELIGIBLE, actual ELIGIBLE\n"
                + "    RHIT pathway: expected RHIT-2, actual RHIT-1\n"
                + "1 passed, 1 failed\n");
    }

    @Test
    void testRefusesAnUnknownKeyInACaseFile() throws IOException {
        Path typo = file("typo.yaml", String.join("\n", "cases:", "  - name: a typo", "    asOf: 2026-11-25",
                "    meet: [RHIT-1]", "    candidate: {id: t-1}", ""));

        Run run = run("", "test", typo.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("himcert: " + typo + ": case 1 'a typo': unknown key 'meet' (known: absent,");
    }

    @Test
    void testAppliesAmendedRules() throws IOException {
        Path rules = org.himcert.testing.BundledRules.copyTo(dir.resolve("amended"));
        // an office that asks 36 months for the CHPS with a bachelor's degree
        String parameters = Files.readString(Path.of("rules", "parameters.yaml"));
        Files.writeString(rules.resolve("parameters.yaml"), parameters.replace(
                "2021-01-01: {value: 24, source: \"[S5] AHIMA CHPS page (about 2021)\", note: \"as CHPS-1 (C-3)\"}",
                "2021-01-01: {value: 36, source: \"[S5] AHIMA CHPS page (about 2021)\", note: \"as CHPS-1 (C-3)\"}"));

        Run bundled = run("", "test", "src/test/resources/cases/chps.yaml");
        Run amended = run("", "test", "--rules", rules.toString(), "src/test/resources/cases/chps.yaml");

        assertThat(bundled.status()).isZero();
        assertThat(amended.status()).isEqualTo(1);
        assertThat(amended.out()).contains("FAILED ", "need: expected 24, actual 36").containsPattern("passed, [1-9]\\d* failed");
    }
}
