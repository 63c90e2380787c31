package org.himcert.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.himcert.AdvisorOptions;
import org.himcert.assess.Assessor;
import org.himcert.assess.CaseQuestions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the case files under {@code src/test/resources/cases/}: each case names a candidate (in the JSON
 * contract's field names), an as-of date, the requirements whose conditions it must meet or fail, and the
 * expected decision per credential. See {@code cases/README.md} for the format.
 */
class CaseFilesTest {

    static final Path CASES = Path.of("src/test/resources/cases");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One case as read from a file. */
    record Case(String file, String name, JsonNode node) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = YAML.readTree(f.toFile());
                for (JsonNode c : root.path("cases")) {
                    cases.add(new Case(f.getFileName().toString(), c.path("name").asText(), c));
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHoldsItsExpectations() throws Exception {
        // the one runner of case files, the command line's `test` too (org.himcert.CaseFiles)
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (CaseFiles.Outcome o : CaseFiles.run(f, CaseFilesTest::advisor)) {
                    tests.add(DynamicTest.dynamicTest(o.file() + ": " + o.name(), () ->
                            assertThat(o.failures()).as("%s: %s", o.file(), o.name()).isEmpty()));
                }
            }
        }
        assertThat(tests).hasSameSizeAs(cases());
        return tests.stream();
    }

    @Test
    void everyRequirementInTheRulesHasAMeetingAndAFailingCase() throws IOException {
        Set<String> ruled = new TreeSet<>();
        Assessor.bundled().ruleBase().rules()
                .forEach(r -> ruled.add(r.metadata().get("requirement")));
        Set<String> met = new TreeSet<>();
        Set<String> failed = new TreeSet<>();
        for (Case c : cases()) {
            c.node().path("meets").forEach(n -> met.add(n.asText()));
            c.node().path("fails").forEach(n -> failed.add(n.asText()));
            c.node().path("absent").forEach(n -> failed.add(n.asText()));
        }
        assertThat(met).as("requirement ids with a case that meets them").containsAll(ruled);
        assertThat(failed).as("requirement ids with a case that fails them or where they are not in force")
                .containsAll(ruled);
    }

    /** The requirement ids of the domain reference (the engine's list, which the load checks too). */
    static final List<String> DOMAIN_IDS = org.himcert.engine.RequirementsForTests.DOMAIN;

    @Test
    void everyRequirementOfTheDomainReferenceAppearsInTheRulesAndInCaseFiles() throws IOException {
        StringBuilder rules = new StringBuilder();
        for (String f : org.himcert.engine.RuleFiles.BUNDLED) {
            rules.append(Files.readString(Path.of("rules", f)));
        }
        Set<String> inCases = new TreeSet<>();
        for (Case c : cases()) {
            for (String field : List.of("meets", "fails", "absent", "shows")) {
                c.node().path(field).forEach(n -> inCases.add(n.asText()));
            }
        }
        for (String id : DOMAIN_IDS) {
            assertThat(rules.toString()).as("rules mention %s", id).contains(id);
            assertThat(inCases).as("case files cover %s", id).contains(id);
        }
    }

    @Test
    void thereAreEnoughCasesAndEveryCredentialTakesEveryStatusItCan() throws IOException {
        List<Case> cases = cases();
        assertThat(cases.size()).as("number of cases").isGreaterThanOrEqualTo(120);
        Map<String, Set<String>> seen = new HashMap<>();
        for (Case c : cases) {
            c.node().path("expect").properties().forEach(e ->
                    seen.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue().path("status").asText()));
        }
        Set<String> all = Set.of("ELIGIBLE", "NOT_ELIGIBLE", "ALREADY_HELD", "NEEDS_INFO", "NEEDS_REVIEW");
        // RHIT, RHIA, CCS-P have review pathways; CCA, CCS and CHPS have none, so they never need review.
        assertThat(seen.get("RHIT")).containsAll(all);
        assertThat(seen.get("RHIA")).containsAll(all);
        assertThat(seen.get("CCS-P")).containsAll(all);
        for (String c : List.of("CCA", "CCS", "CHPS")) {
            assertThat(seen.get(c)).as(c).contains("ELIGIBLE", "NOT_ELIGIBLE", "ALREADY_HELD", "NEEDS_INFO");
        }
    }

    private static final CaseQuestions BUNDLED = Assessor.bundled().caseQuestions();
    private static final Map<AdvisorOptions, CaseQuestions> ADVISORS_BY_OPTIONS = new HashMap<>();

    /** The bundled rules with a case's options; one advisor per set of options. */
    static synchronized CaseQuestions advisor(AdvisorOptions options) {
        if (!options.overridesAnything()) {
            return BUNDLED;
        }
        return ADVISORS_BY_OPTIONS.computeIfAbsent(options, o -> Assessor.bundled(o).caseQuestions());
    }
}
