package org.himcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.EligibilityAdvisor;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.Status;
import org.himcert.json.ContractReader;
import org.himcert.model.Candidate;
import org.junit.jupiter.api.Test;

/**
 * Words people use (issue 25): every case-file candidate's text and HTML reports (with a plan to each credential
 * not yet open), next steps and plan steps, read as an advisor reads them. No enumeration's name, no JSON path or
 * {@code []}, no rule id inside a sentence (ids stay on the detail line, each once), no "unknown of", and "HIIM
 * domains" explained once.
 */
class WordsPeopleUseTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();

    /** What an advisor should never read, each with why. */
    private static final List<Pattern> NEVER = List.of(
            // an enumeration's name: FINAL_TERM, PRIVACY_SECURITY_MANAGEMENT, or a one-word constant in capitals
            Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"),
            Pattern.compile("\\b(OTHER|NONE|ENROLLED|COMPLETED|ACTIVE|INACTIVE|REVOKED|PASSED|FAILED|CODING|ELIGIBLE)\\b"),
            Pattern.compile("HEALTH INFORMATICS"),
            // an enumeration's name in lower case, its underscores as spaces
            Pattern.compile("(?i)\\b(privacy security management|anatomy physiology|icd diagnostic procedural|"
                    + "sit exam|complete program|earn ceus|reach last term|needs info)\\b"),
            // a JSON path, an empty list, a field name
            Pattern.compile("\\b[a-zA-Z]+\\[\\d+\\]"),
            Pattern.compile("\\[\\]"),
            Pattern.compile("(?<![-\\w])(earnedOn|expectedOn|completedOn|examAttempts|hiimDomain|ahimaSource|ceus)\\b"),
            Pattern.compile("unknown of"));

    /** A requirement id: RHIT-3, CCS-N-REQ, CCSP-N-REQ, M-15, G-1, C-17 (the credential CCS-P is not one). */
    private static final Pattern ID = Pattern.compile(
            "\\b(?:RHIT|RHIA|CCA|CCSP|CHPS)-[A-Z0-9]+(?:-[A-Z0-9]+)*|\\bCCS-(?!P\\b)[A-Z0-9]+(?:-[A-Z0-9]+)*|\\b[MGC]-\\d+\\b");

    record Rendered(String where, String text) {
    }

    @Test
    void everyCaseFileCandidatesReportsNextStepsAndPlansUseWordsPeopleUse() throws IOException {
        List<String> problems = new ArrayList<>();
        int candidates = 0;
        for (Rendered r : renderAll()) {
            candidates++;
            check(r, problems);
        }
        assertThat(candidates).as("case-file candidates rendered").isGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        List<String> problems = new ArrayList<>();
        check(new Rendered("self-test", "  Next steps:\n    1. You can sit the RHIT exam now (RHIT-3): in FINAL_TERM; "
                + "tell us credentials[0].earnedOn ([] for none); coding experience: unknown of 6 months; within the "
                + "HIIM domains\n         details: RHIA-5: [S6] | RHIA-5: [S7]\n"), problems);
        assertThat(String.join("\n", problems)).contains("FINAL_TERM").contains("credentials[0]").contains("[]")
                .contains("unknown of").contains("RHIT-3").contains("HIIM domains").contains("RHIA-5 twice");
    }

    private static void check(Rendered r, List<String> problems) {
        // the HTML's style sheet is no sentence, and its detail elements are its detail lines
        String text = r.text().replaceAll("(?s)<style>.*?</style>", "")
                .replaceAll("(?s)<p class=\"small detail\">.*?</p>|<details class=\"small detail\">.*?</details>", "");
        StringBuilder sentences = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("details:")) {
                Matcher ids = Pattern.compile("(?:^|[|:] |^details: )((?:[A-Z]+-[A-Z0-9-]+)(?:, [A-Z]+-[A-Z0-9-]+)*):")
                        .matcher(trimmed.replaceFirst("^details: ", "| "));
                Set<String> seen = new TreeSet<>();
                while (ids.find()) {
                    for (String id : ids.group(1).split(", ")) {
                        if (!seen.add(id)) {
                            problems.add(r.where() + ": " + id + " twice on a detail line: " + trimmed);
                        }
                    }
                }
                continue; // ids belong on the detail line
            }
            sentences.append(line).append('\n');
        }
        String words = sentences.toString().replaceAll("<[^>]+>", " ");
        for (Pattern p : NEVER) {
            Matcher m = p.matcher(words);
            if (m.find()) {
                problems.add(r.where() + ": '" + m.group() + "' in: " + around(words, m.start()));
            }
        }
        Matcher id = ID.matcher(words);
        if (id.find()) {
            problems.add(r.where() + ": rule id " + id.group() + " in a sentence: " + around(words, id.start()));
        }
        int mentions = count(text, "HIIM domains");
        int explained = count(text, "HIIM domains (the health information and informatics management")
                + count(text, "HIIM domains: the health information and informatics management");
        if (mentions > 0 && explained != 1) {
            problems.add(r.where() + ": HIIM domains mentioned " + mentions + " times, explained " + explained
                    + " times");
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replace('\n', ' ');
    }

    /** Each case-file candidate, assessed on its date: the reports, the next steps and the plans, as read. */
    private static List<Rendered> renderAll() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ContractReader reader = new ContractReader();
        List<Rendered> all = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(CASES)) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path f : files) {
            for (JsonNode c : yaml.readTree(f.toFile()).path("cases")) {
                String where = f.getFileName() + ": " + c.path("name").asText();
                Candidate candidate;
                try {
                    candidate = reader.read(c.get("candidate"), 1).candidate();
                } catch (Exception e) {
                    throw new IllegalStateException(where, e);
                }
                LocalDate asOf = LocalDate.parse(c.get("asOf").asText());
                Assessment a = ADVISOR.assess(candidate, asOf);
                List<Plan> plans = new ArrayList<>();
                for (Decision d : a.decisions()) {
                    if (d.status() == Status.NOT_ELIGIBLE || d.status() == Status.NEEDS_INFO) {
                        plans.add(ADVISOR.plan(candidate, d.credential(), asOf));
                    }
                }
                StringBuilder steps = new StringBuilder();
                for (NextStep s : a.nextSteps()) {
                    steps.append(s.why()).append('\n');
                }
                for (Plan p : plans) {
                    List<List<PlanStep>> routes = new ArrayList<>(p.alternatives());
                    routes.add(0, p.steps());
                    for (List<PlanStep> route : routes) {
                        for (PlanStep s : route) {
                            steps.append(String.join("; ", s.needs())).append('\n');
                        }
                    }
                }
                all.add(new Rendered(where + " (next steps and plan steps)", steps.toString()));
                all.add(new Rendered(where + " (text report)", TextReport.render(candidate, a, plans)));
                all.add(new Rendered(where + " (HTML report)", HtmlReport.render(candidate, a, plans)));
            }
        }
        return all;
    }
}
