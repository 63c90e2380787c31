package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.himcert.EligibilityAdvisor;
import org.himcert.cli.GenerateCandidates;
import org.himcert.testing.AmendedRules;
import org.himcert.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's workflow in the README, end to end: copy {@code rules/}, amend one dated row (CHPS-1's 72 months to
 * 60 from 2026-01-01), run the case files against the copy (the cases the change reaches fail and say why), compare
 * a cohort (the records it changes, and how), then serve the amended rules.
 */
class OfficeWorkflowTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static CommandRun himcert(String... args) {
        return CommandRun.run("", args);
    }

    @Test
    void copyAmendTestCompareAndServe() throws Exception {
        // 1. copy rules/ and amend one dated row
        Path rules = AmendedRules.chps1(dir.resolve("rules"), 60, "2026-01-01");

        // 2. the case files against the copy: the cases the amendment reaches fail, and say why
        List<String> args = new java.util.ArrayList<>(List.of("test", "--rules", rules.toString()));
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("src/test/resources/cases"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> args.add(f.toString()));
        }
        CommandRun test = himcert(args.toArray(String[]::new));
        assertThat(test.status()).isEqualTo(1);
        assertThat(test.out()).contains("chps.yaml").contains("CHPS status: expected NOT_ELIGIBLE, actual ELIGIBLE")
                .containsPattern("\\d+ passed, [1-9]\\d* failed");
        for (String line : test.out().split("\n")) {
            if (line.startsWith("    ")) { // what a failing case expected and got
                assertThat(line).as("only the CHPS answers the CHPS-1 row reaches differ").contains("CHPS");
            }
        }

        // 3. compare a cohort: the records the amendment changes, before and after
        Path cohort = dir.resolve("cohort.jsonl");
        try (Writer w = Files.newBufferedWriter(cohort, StandardCharsets.UTF_8)) {
            GenerateCandidates.write(300, 11L, w);
        }
        CommandRun compare = himcert("compare", "--rules", rules.toString(), cohort.toString());
        assertThat(compare.status()).isZero();
        List<String> lines = compare.out().lines().toList();
        JsonNode summary = MAPPER.readTree(lines.get(lines.size() - 1)).get("summary");
        assertThat(summary.get("records").asLong()).isEqualTo(300);
        assertThat(summary.get("changed").asLong()).isEqualTo(lines.size() - 1).isPositive();
        assertThat(summary.get("transitions").fieldNames()).toIterable().containsOnly("CHPS");

        // 4. serve the amended rules: 65 months of privacy work and a GED now open the CHPS; /v1/compare answers
        // the cohort as the command line did, against the bundled rules the service was started with
        ServiceOptions d = ServiceOptions.defaults("127.0.0.1", 0);
        try (Service server = new Service(CompletableFuture.completedFuture(EligibilityAdvisor.fromRulesDirectory(
                rules)), CompletableFuture.supplyAsync(EligibilityAdvisor::withBundledRules), d, NOV_25,
                new PrintWriter(new StringWriter()))) {
            server.start();
            HttpResponse<String> compared = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/v1/compare")).header("Content-Type",
                    "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(cohort)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(compared.statusCode()).isEqualTo(200);
            assertThat(compared.headers().firstValue("X-Base-Rules-Version")).contains(
                    summary.get("baseRulesVersion").asText());
            assertThat(compared.body()).as("the service's comparison is the command line's").isEqualTo(compare.out());

            String officer = "{\"id\":\"po-65\",\"asOf\":\"2026-11-25\",\"education\":[{\"level\":\"GED\"}],"
                    + "\"experience\":[{\"kind\":\"PRIVACY_SECURITY_MANAGEMENT\",\"months\":65}]}";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/v1/assess?brief=true")).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(officer)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode answer = MAPPER.readTree(r.body());
            assertThat(answer.get("rulesVersion").asText()).isEqualTo(summary.get("rulesVersion").asText());
            JsonNode chps = answer.get("decisions").get(5);
            assertThat(chps.get("credential").asText()).isEqualTo("CHPS");
            assertThat(chps.get("status").asText()).isEqualTo("ELIGIBLE");
            assertThat(chps.get("pathway").asText()).isEqualTo("CHPS-1");
        }
    }

    @Test
    void anArrayBodyIsComparedRecordByRecordWithItsErrorRecordAndTheSummaryLast() throws Exception {
        Path rules = AmendedRules.chps1(dir.resolve("rules"), 60, "2026-01-01");
        try (Service server = new Service(CompletableFuture.completedFuture(EligibilityAdvisor.fromRulesDirectory(
                rules)), CompletableFuture.completedFuture(EligibilityAdvisor.withBundledRules()),
                ServiceOptions.defaults("127.0.0.1", 0), NOV_25, new PrintWriter(new StringWriter()))) {
            server.start();
            String body = "[{\"id\":\"po-65\",\"asOf\":\"2026-11-25\",\"education\":[{\"level\":\"GED\"}],"
                    + "\"experience\":[{\"kind\":\"PRIVACY_SECURITY_MANAGEMENT\",\"months\":65}]},"
                    + "{\"id\":\"bad\",\"education\":[{\"level\":\"NOPE\"}]},{\"id\":\"same\",\"asOf\":"
                    + "\"2026-11-25\"}]";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/v1/compare?asOf=2026-11-25")).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/x-ndjson"));
            List<String> lines = r.body().lines().toList();
            assertThat(lines).hasSize(3);
            JsonNode changed = MAPPER.readTree(lines.get(0));
            assertThat(changed.get("id").asText()).isEqualTo("po-65");
            assertThat(changed.at("/changes/0/after/status").asText()).isEqualTo("ELIGIBLE");
            assertThat(MAPPER.readTree(lines.get(1)).at("/error/path").asText()).isEqualTo("education[0].level");
            JsonNode summary = MAPPER.readTree(lines.get(2)).get("summary");
            assertThat(summary.get("records").asLong()).as("records read, the rejected one too").isEqualTo(3);
            assertThat(summary.get("changed").asLong()).isEqualTo(1);
            assertThat(summary.at("/transitions/CHPS/NOT_ELIGIBLE -> ELIGIBLE").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aServiceStartedWithoutBaseRulesComparesNothingAndSaysHowToStartIt() throws Exception {
        try (Service server = new Service(EligibilityAdvisor.withBundledRules(), ServiceOptions.defaults("127.0.0.1",
                0), NOV_25, new PrintWriter(new StringWriter()))) {
            server.start();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/v1/compare")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"a\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(MAPPER.readTree(r.body()).get("error").get("message").asText()).contains("--compare-base");
        }
    }
}
