package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.himcert.engine.Condition;
import org.himcert.engine.Engine;
import org.himcert.json.ContractReader;
import org.himcert.json.InputRecord;
import org.himcert.model.CredentialCode;
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
    private static final ContractReader READER = new ContractReader();
    private static final Map<String, EligibilityAdvisor> ADVISORS = new HashMap<>();

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
    Stream<DynamicTest> everyCaseHoldsItsExpectations() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.name(), () -> check(c)));
    }

    @Test
    void everyRequirementInTheRulesHasAMeetingAndAFailingCase() throws IOException {
        Set<String> ruled = new TreeSet<>();
        EligibilityAdvisor.withBundledRules().ruleBase().rules()
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

    private static void check(Case c) throws Exception {
        JsonNode node = c.node();
        LocalDate asOf = LocalDate.parse(node.path("asOf").asText());
        InputRecord input = READER.read(node.path("candidate"), 1);
        EligibilityAdvisor advisor = advisor(node.path("options"));
        Assessment assessment = advisor.assess(input.candidate(), asOf);
        Engine.Evaluation evaluation = advisor.evaluate(input.candidate(), asOf);
        SoftAssertions soft = new SoftAssertions();
        known(soft, "case", node, CASE_KEYS);
        known(soft, "maintenance", node.path("maintenance"), MAINTENANCE_KEYS);
        for (JsonNode id : node.path("meets")) {
            if (id.asText().startsWith("M-")) {
                soft.assertThat(findings(evaluation, id.asText())).as("findings of %s in effect", id.asText())
                        .isNotEmpty();
                continue;
            }
            // met when one of the requirement's pathways has all its conditions met (RHIA-5 has two)
            Map<String, List<Condition>> byPathway = new HashMap<>();
            conditions(evaluation, id.asText()).forEach(x ->
                    byPathway.computeIfAbsent(x.pathway(), k -> new ArrayList<>()).add(x));
            soft.assertThat(byPathway.values()).as("pathways of %s: %s", id.asText(), byPathway)
                    .anyMatch(p -> p.stream().allMatch(Condition::isMet));
        }
        for (JsonNode id : node.path("absent")) {
            if (id.asText().startsWith("M-")) {
                soft.assertThat(findings(evaluation, id.asText())).as("findings of %s (not in effect)", id.asText())
                        .isEmpty();
                continue;
            }
            soft.assertThat(conditions(evaluation, id.asText())).as("conditions of %s (not in force)", id.asText())
                    .isEmpty();
        }
        for (JsonNode id : node.path("fails")) {
            List<Condition> of = conditions(evaluation, id.asText());
            soft.assertThat(of).as("conditions of %s", id.asText()).isNotEmpty().anyMatch(x -> !x.isMet());
        }
        Iterator<Map.Entry<String, JsonNode>> expected = node.path("expect").properties().iterator();
        while (expected.hasNext()) {
            Map.Entry<String, JsonNode> e = expected.next();
            Decision d = assessment.decision(CredentialCode.fromCode(e.getKey()));
            JsonNode x = e.getValue();
            known(soft, "expect." + e.getKey(), x, EXPECT_KEYS);
            String what = e.getKey() + " " + d;
            soft.assertThat(d.status().name()).as("status of %s", what).isEqualTo(x.path("status").asText());
            if (x.has("pathway")) {
                soft.assertThat(d.pathway()).as("pathway of %s", what)
                        .isEqualTo(x.get("pathway").isNull() ? null : x.get("pathway").asText());
            }
            if (x.has("earlyTesting")) {
                soft.assertThat(d.earlyTesting()).as("earlyTesting of %s", what)
                        .isEqualTo(x.get("earlyTesting").asBoolean());
            }
            if (x.has("missing")) {
                List<String> missing = new ArrayList<>();
                x.get("missing").forEach(m -> missing.add(m.asText()));
                soft.assertThat(d.missing()).as("missing of %s", what).isEqualTo(missing);
            }
            if (x.has("eligibleOn")) {
                soft.assertThat(String.valueOf(d.eligibleOn())).as("eligibleOn of %s", what)
                        .isEqualTo(x.get("eligibleOn").isNull() ? "null" : x.get("eligibleOn").asText());
            }
            if (x.has("unmet")) {
                checkGaps(soft, "unmet of " + what, d.unmet(), x.get("unmet"));
            }
            if (x.has("recommendations")) {
                checkGaps(soft, "recommendations of " + what, d.recommendations(), x.get("recommendations"));
            }
        }
        if (node.has("maintenance")) {
            checkMaintenance(soft, assessment, node.get("maintenance"));
        }
        Iterator<Map.Entry<String, JsonNode>> plans = node.path("plans").properties().iterator();
        while (plans.hasNext()) {
            Map.Entry<String, JsonNode> e = plans.next();
            known(soft, "plans." + e.getKey(), e.getValue(), Set.of("steps", "alternatives", "arrivals"));
            Plan plan = advisor.plan(input.candidate(), CredentialCode.fromCode(e.getKey()), asOf);
            List<String> steps = new ArrayList<>();
            e.getValue().path("steps").forEach(x -> steps.add(x.asText()));
            soft.assertThat(plan.steps().stream().map(CaseFilesTest::step).toList())
                    .as("plan to %s: %s", e.getKey(), plan).isEqualTo(steps);
            if (e.getValue().has("alternatives")) {
                List<List<String>> alternatives = new ArrayList<>();
                e.getValue().get("alternatives").forEach(a -> {
                    List<String> route = new ArrayList<>();
                    a.forEach(x -> route.add(x.asText()));
                    alternatives.add(route);
                });
                soft.assertThat(plan.alternatives().stream().map(r -> r.stream().map(CaseFilesTest::step).toList())
                        .toList()).as("alternatives to %s: %s", e.getKey(), plan).isEqualTo(alternatives);
            }
            if (e.getValue().has("arrivals")) {
                // when the recommended route, then each alternative, is expected to reach the target
                List<String> arrivals = new ArrayList<>();
                e.getValue().get("arrivals").forEach(x -> arrivals.add(x.asText()));
                List<String> actual = new ArrayList<>();
                actual.add(String.valueOf(plan.expectedArrival()));
                plan.alternativeArrivals().forEach(d -> actual.add(String.valueOf(d)));
                soft.assertThat(actual).as("arrivals to %s: %s", e.getKey(), plan).isEqualTo(arrivals);
            }
        }
        soft.assertAll();
    }

    /** The keys a case may have; any other is a typo that would pass silently. */
    static final Set<String> CASE_KEYS = Set.of("name", "asOf", "meets", "fails", "absent", "shows", "options",
            "candidate", "expect", "plans", "maintenance");
    /** The keys of a credential's expectation. */
    static final Set<String> EXPECT_KEYS = Set.of("status", "pathway", "earlyTesting", "missing", "eligibleOn",
            "unmet", "recommendations");
    /** The keys of a case's maintenance expectation. */
    static final Set<String> MAINTENANCE_KEYS = Set.of("status", "reason", "cycleStart", "cycleEnd", "ceusRequired",
            "ceusEarned", "ceusNeeded", "hiimDomainNeeded", "ahimaSourceNeeded", "credentials", "missing",
            "keepingStep");

    private static void known(SoftAssertions soft, String what, JsonNode node, Set<String> keys) {
        node.fieldNames().forEachRemaining(k -> soft.assertThat(keys).as("%s key '%s' (known keys: %s)", what, k,
                new TreeSet<>(keys)).contains(k));
    }

    private static List<org.himcert.engine.Finding> findings(Engine.Evaluation evaluation, String requirement) {
        if (evaluation.upkeep() == null) {
            return List.of();
        }
        return evaluation.upkeep().findings().stream()
                .filter(f -> f.requirement().equals(requirement) && f.inEffect()).toList();
    }

    /**
     * The maintenance answer against the case's: {@code maintenance: null} when none is expected; else each key
     * given ({@code reason} is a part of the reason's text; {@code credentials} the list, each
     * {@code CODE STATUS inactiveOn revokedOn} with {@code (not counted)} after a credential left out of the count;
     * {@code keepingStep} the EARN_CEUS step's dueBy, or null for none).
     */
    private static void checkMaintenance(SoftAssertions soft, Assessment assessment, JsonNode x) {
        Maintenance m = assessment.maintenance();
        if (x.isNull()) {
            soft.assertThat(m).as("maintenance").isNull();
            return;
        }
        soft.assertThat(m).as("maintenance").isNotNull();
        if (m == null) {
            return;
        }
        String what = "maintenance " + m;
        soft.assertThat(m.status().name()).as("status of %s", what).isEqualTo(x.path("status").asText());
        if (x.has("reason")) {
            if (x.get("reason").isNull()) {
                soft.assertThat(m.reason()).as("reason of %s", what).isNull();
            } else {
                soft.assertThat(m.reason()).as("reason of %s", what).contains(x.get("reason").asText());
            }
        }
        for (String date : List.of("cycleStart", "cycleEnd")) {
            if (x.has(date)) {
                Object actual = date.equals("cycleStart") ? m.cycleStart() : m.cycleEnd();
                soft.assertThat(String.valueOf(actual)).as("%s of %s", date, what)
                        .isEqualTo(x.get(date).isNull() ? "null" : x.get(date).asText());
            }
        }
        Map<String, java.math.BigDecimal> numbers = new HashMap<>();
        numbers.put("ceusRequired", m.ceusRequired());
        numbers.put("ceusEarned", m.ceusEarned());
        numbers.put("ceusNeeded", m.ceusNeeded());
        numbers.put("hiimDomainNeeded", m.hiimDomainNeeded());
        numbers.put("ahimaSourceNeeded", m.ahimaSourceNeeded());
        numbers.forEach((name, actual) -> {
            if (x.has(name)) {
                if (x.get(name).isNull()) {
                    soft.assertThat(actual).as("%s of %s", name, what).isNull();
                } else {
                    soft.assertThat(actual).as("%s of %s", name, what).isNotNull();
                    if (actual != null) {
                        soft.assertThat(actual.compareTo(x.get(name).decimalValue())).as("%s of %s: %s", name, what,
                                actual).isZero();
                    }
                }
            }
        });
        if (x.has("credentials")) {
            List<String> expected = new ArrayList<>();
            x.get("credentials").forEach(c -> expected.add(c.asText()));
            soft.assertThat(m.credentials().stream().map(c -> c.code() + " " + c.status() + " " + c.inactiveOn() + " "
                    + c.revokedOn() + (c.counted() ? "" : " (not counted)")).toList())
                    .as("credentials of %s", what).isEqualTo(expected);
        }
        if (x.has("missing")) {
            List<String> missing = new ArrayList<>();
            x.get("missing").forEach(v -> missing.add(v.asText()));
            soft.assertThat(m.missing()).as("missing of %s", what).isEqualTo(missing);
        }
        if (x.has("keepingStep")) {
            List<NextStep> keeping = assessment.nextSteps().stream()
                    .filter(s -> s.action() == StepAction.EARN_CEUS).toList();
            if (x.get("keepingStep").isNull()) {
                soft.assertThat(keeping).as("EARN_CEUS steps").isEmpty();
            } else {
                soft.assertThat(keeping).as("EARN_CEUS steps").hasSize(1);
                if (keeping.size() == 1) {
                    soft.assertThat(assessment.nextSteps().get(0)).as("the keeping step comes first")
                            .isEqualTo(keeping.get(0));
                    soft.assertThat(String.valueOf(keeping.get(0).dueBy())).as("dueBy of %s", keeping.get(0))
                            .isEqualTo(x.get("keepingStep").path("dueBy").asText());
                    if (x.get("keepingStep").has("why")) {
                        soft.assertThat(keeping.get(0).why()).as("why of the keeping step")
                                .contains(x.get("keepingStep").get("why").asText());
                    }
                }
            }
        }
    }

    /** A plan step as case files write it: {@code ACTION [CREDENTIAL] [earliest date]}. */
    static String step(PlanStep s) {
        return s.action() + (s.credential() == null ? "" : " " + s.credential())
                + (s.earliest() == null ? "" : " " + s.earliest());
    }

    /** Expected gaps are a prefix of the actual list; each names the fields it checks. */
    private static void checkGaps(SoftAssertions soft, String what, List<Gap> actual, JsonNode expected) {
        soft.assertThat(actual.size()).as("size of %s: %s", what, actual).isGreaterThanOrEqualTo(expected.size());
        if (expected.isEmpty()) {
            soft.assertThat(actual).as(what).isEmpty();
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            JsonNode x = expected.get(i);
            Gap g = actual.get(i);
            String at = what + "[" + i + "] " + g;
            if (x.has("pathway")) {
                soft.assertThat(g.pathway()).as(at).isEqualTo(x.get("pathway").asText());
            }
            if (x.has("requirement")) {
                soft.assertThat(g.requirement()).as(at).isEqualTo(x.get("requirement").asText());
            }
            if (x.has("have")) {
                soft.assertThat(g.have()).as(at).isEqualTo(x.get("have").isNull() ? null : x.get("have").asInt());
            }
            if (x.has("need")) {
                soft.assertThat(g.need()).as(at).isEqualTo(x.get("need").asInt());
            }
            if (x.has("unit")) {
                soft.assertThat(g.unit()).as(at).isEqualTo(x.get("unit").asText());
            }
        }
    }

    private static List<Condition> conditions(Engine.Evaluation evaluation, String requirement) {
        return evaluation.conditions().stream().filter(c -> c.requirement().equals(requirement)).toList();
    }

    private static synchronized EligibilityAdvisor advisor(JsonNode options) {
        if (options.isMissingNode() || options.isEmpty()) {
            return EligibilityAdvisor.withBundledRules();
        }
        return ADVISORS.computeIfAbsent(options.toString(), k -> {
            AdvisorOptions.Builder b = AdvisorOptions.defaults().toBuilder();
            options.properties().forEach(o -> {
                JsonNode v = o.getValue();
                switch (o.getKey()) {
                    case "ccsRegimeSwitch" -> b.ccsRegimeSwitch(LocalDate.parse(v.asText()));
                    case "postBaccEarlyTesting" -> b.postBaccEarlyTesting(v.asBoolean());
                    case "inactiveCredentialsCount" -> b.inactiveCredentialsCount(v.asBoolean());
                    case "rhiaProvisoEnd" -> b.rhiaProvisoEnd(LocalDate.parse(v.asText()));
                    case "retestWaitDays" -> b.retestWaitDays(v.asInt());
                    case "codingRetestWaitDays" -> b.codingRetestWaitDays(v.asInt());
                    case "codingRetestFrom" -> b.codingRetestFrom(LocalDate.parse(v.asText()));
                    case "expectedCompletionCounts" -> b.expectedCompletionCounts(v.asBoolean());
                    case "ahimaShareFrom" -> b.ahimaShareFrom(LocalDate.parse(v.asText()));
                    case "ahimaShareByCycleEnd" -> b.ahimaShareByCycleEnd(v.asBoolean());
                    default -> throw new IllegalArgumentException("unknown option in case file: " + o.getKey());
                }
            });
            return EligibilityAdvisor.withBundledRules(b.build());
        });
    }
}
