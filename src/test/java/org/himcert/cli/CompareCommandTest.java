package org.himcert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.himcert.testing.AmendedRules;
import org.himcert.testing.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code himcert compare}: for an amended copy of the rules (CHPS-1's 72 months to 60 from 2026-01-01), exactly the
 * records whose {@code assess} output differs between the two rule sets are reported, and the transitions add up.
 */
class CompareCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path amended;
    static Path candidates;

    /** The JSON lines a run wrote. */
    private static List<JsonNode> lines(CommandRun run) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : run.out().split("\n")) {
            if (!l.isBlank()) {
                lines.add(MAPPER.readTree(l));
            }
        }
        return lines;
    }

    private static CommandRun run(String stdin, String... args) {
        return CommandRun.run(stdin, args);
    }

    @BeforeAll
    static void amendAndGenerate() throws Exception {
        amended = AmendedRules.chps1(dir.resolve("rules"), 60, "2026-01-01");
        candidates = dir.resolve("candidates.jsonl");
        try (Writer out = Files.newBufferedWriter(candidates, StandardCharsets.UTF_8)) {
            GenerateCandidates.write(600, 7L, out);
        }
    }

    /** The ids whose assess lines differ, the rules' version aside. */
    private static Set<String> differing(CommandRun before, CommandRun after) throws Exception {
        List<JsonNode> a = lines(before);
        List<JsonNode> b = lines(after);
        assertThat(a).hasSameSizeAs(b);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < a.size(); i++) {
            ((ObjectNode) a.get(i)).remove("rulesVersion");
            ((ObjectNode) b.get(i)).remove("rulesVersion");
            if (!a.get(i).equals(b.get(i))) {
                ids.add(b.get(i).path("id").asText());
            }
        }
        return ids;
    }

    @Test
    void exactlyTheRecordsWhoseAssessOutputDiffersAreReportedAndTheTransitionsAddUp() throws Exception {
        CommandRun compare = run("", "compare", "--rules", amended.toString(), candidates.toString());
        CommandRun bundled = run("", "assess", candidates.toString());
        CommandRun changed = run("", "assess", "--rules", amended.toString(), candidates.toString());

        assertThat(compare.status()).isEqualTo(bundled.status());
        List<JsonNode> lines = lines(compare);
        JsonNode summary = lines.remove(lines.size() - 1).get("summary");
        Set<String> reported = new LinkedHashSet<>();
        int decisionsChanged = 0;
        for (JsonNode l : lines) {
            reported.add(l.get("id").asText());
            decisionsChanged += l.get("changes").size();
            for (JsonNode c : l.get("changes")) {
                assertThat(c.get("credential").asText()).isEqualTo("CHPS"); // only CHPS-1 was amended
                assertThat(c.get("before")).isNotEqualTo(c.get("after"));
            }
            assertThat(l.get("maintenance").isNull()).as("keeping credentials did not change").isTrue();
        }
        Set<String> differ = differing(bundled, changed);
        assertThat(differ).as("records whose assess output differs").isNotEmpty();
        assertThat(reported).containsExactlyElementsOf(differ);
        assertThat(summary.get("records").asLong()).isEqualTo(600);
        assertThat(summary.get("changed").asLong()).isEqualTo(differ.size());
        assertThat(summary.get("baseRulesVersion").asText()).isNotEqualTo(summary.get("rulesVersion").asText());
        long transitions = 0;
        for (Iterator<JsonNode> it = summary.get("transitions").elements(); it.hasNext(); ) {
            for (Iterator<JsonNode> n = it.next().elements(); n.hasNext(); ) {
                transitions += n.next().asLong();
            }
        }
        assertThat(transitions).as("the transitions add up to the decisions reported").isEqualTo(decisionsChanged);
        assertThat(decisionsChanged).isPositive();
        assertThat(summary.get("transitions").get("CHPS").get("NOT_ELIGIBLE -> ELIGIBLE").asLong()).isPositive();
    }

    /**
     * Issue 26's acceptance set on 20,000 generated candidates (each with its own as-of date, 2018 to 2026): a
     * threshold (CHPS-1), a regime's date (the CCS switch three months later), a reciprocity association added for the
     * RHIT, and a rule file's words edited (the CCA diploma condition). {@code compare} reports exactly the records
     * whose {@code assess} output differs, each change of answer is counted once in the transitions, and the records
     * changed only in their explanation (the CCA words) are reported too, saying so.
     */
    @Test
    void theAcceptanceSetOnTwentyThousandCandidatesReportsExactlyWhatAssessTwiceFinds() throws Exception {
        Path rules = AmendedRules.acceptanceSet(dir.resolve("acceptance"));
        Path cohort = dir.resolve("cohort-20000.jsonl");
        try (Writer out = Files.newBufferedWriter(cohort, StandardCharsets.UTF_8)) {
            GenerateCandidates.write(20_000, 26L, out);
        }
        CommandRun bundled = CommandRun.toFile(dir.resolve("bundled.jsonl"), "assess", cohort.toString());
        CommandRun changed = CommandRun.toFile(dir.resolve("amended.jsonl"), "assess", "--rules", rules.toString(),
                cohort.toString());
        CommandRun compare = run("", "compare", "--rules", rules.toString(), cohort.toString());
        assertThat(compare.status()).isEqualTo(bundled.status()).isEqualTo(changed.status());

        // the ids whose assess lines differ, the rules' version aside, read a line at a time
        Set<String> differ = new LinkedHashSet<>();
        try (java.io.BufferedReader a = Files.newBufferedReader(dir.resolve("bundled.jsonl"));
             java.io.BufferedReader b = Files.newBufferedReader(dir.resolve("amended.jsonl"))) {
            java.util.regex.Pattern version = java.util.regex.Pattern.compile("\"rulesVersion\":\"[^\"]*\"");
            String x;
            while ((x = a.readLine()) != null) {
                String y = b.readLine();
                if (!version.matcher(x).replaceFirst("").equals(version.matcher(y).replaceFirst(""))) {
                    differ.add(MAPPER.readTree(y).get("id").asText());
                }
            }
            assertThat(b.readLine()).isNull();
        }
        List<JsonNode> lines = lines(compare);
        JsonNode summary = lines.remove(lines.size() - 1).get("summary");
        Set<String> reported = new LinkedHashSet<>();
        java.util.Map<String, Integer> byCredential = new java.util.TreeMap<>();
        int explanationsOnly = 0;
        for (JsonNode l : lines) {
            reported.add(l.get("id").asText());
            for (JsonNode c : l.get("changes")) {
                byCredential.merge(c.get("credential").asText(), 1, Integer::sum);
            }
            if (l.get("changes").isEmpty() && l.get("maintenance").isNull()) {
                explanationsOnly++;
                assertThat(l.get("alsoChanged")).as(l.toString()).isNotEmpty();
            }
        }
        assertThat(reported).containsExactlyElementsOf(differ);
        assertThat(summary.get("records").asLong()).isEqualTo(20_000);
        assertThat(summary.get("changed").asLong()).isEqualTo(differ.size());
        java.util.Map<String, Integer> counted = new java.util.TreeMap<>();
        summary.get("transitions").fields().forEachRemaining(c -> {
            int sum = 0;
            for (Iterator<JsonNode> n = c.getValue().elements(); n.hasNext(); ) {
                sum += n.next().asInt();
            }
            counted.put(c.getKey(), sum);
        });
        assertThat(counted).as("the transitions add up, per credential").isEqualTo(byCredential);
        assertThat(summary.get("answersChanged").asLong()).as("records whose answers, not only words, changed")
                .isEqualTo(lines.size() - explanationsOnly).isLessThan(summary.get("changed").asLong());
        // each amendment reached someone: CHPS-1, the regime's date (CCS, CCS-P), the association (RHIT), the words
        assertThat(byCredential).containsKeys("CHPS", "CCS", "CCS-P", "RHIT");
        assertThat(explanationsOnly).as("records changed only in the CCA's words").isPositive();
    }

    @Test
    void aRecordThatBreaksTheContractIsReportedOnceWithAssesssExitStatus() throws Exception {
        String input = "{\"id\":\"ok\",\"asOf\":\"2026-11-25\",\"education\":[{\"level\":\"GED\"}],\"experience\":"
                + "[{\"kind\":\"PRIVACY_SECURITY_MANAGEMENT\",\"months\":65}]}\n{\"id\":\"bad\",\"education\":"
                + "[{\"level\":\"NOPE\"}]}\n";
        CommandRun compare = run(input, "compare", "--rules", amended.toString(), "-");
        CommandRun assess = run(input, "assess", "-");

        assertThat(compare.status()).isEqualTo(assess.status()).isEqualTo(1);
        List<JsonNode> lines = lines(compare);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("ok");
        assertThat(lines.get(0).get("changes").get(0).get("after").get("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(lines.get(1)).isEqualTo(MAPPER.readTree(assess.out().split("\n")[1]));
        assertThat(lines.get(2).get("summary").get("changed").asLong()).isEqualTo(1);
        assertThat(lines.get(2).get("summary").get("records").asLong()).as("records read, the rejected one too")
                .isEqualTo(2);
    }

    @Test
    void asAPageTheSameRecordsAndSummaryAnOfficeCanCirculate() throws Exception {
        CommandRun jsonLines = run("", "compare", "--rules", amended.toString(), candidates.toString());
        CommandRun page = run("", "compare", "--rules", amended.toString(), "--format", "html", candidates.toString());

        assertThat(page.status()).isZero();
        List<JsonNode> lines = lines(jsonLines);
        JsonNode summary = lines.remove(lines.size() - 1).get("summary");
        assertThat(page.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains(summary.get("changed").asText() + " of 600 records changed");
        for (JsonNode l : lines) {
            assertThat(page.out()).contains("<tr><td>" + l.get("id").asText() + "</td>");
        }
        assertThat(page.out().split("<tr><td>gen-", -1)).hasSize(lines.size() + 1);
    }

    @Test
    void withoutTheAmendedRulesItIsAUsageError() {
        CommandRun run = run("", "compare", candidates.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("compare needs the amended rules: --rules DIR");
    }
}
