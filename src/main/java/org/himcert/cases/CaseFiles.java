package org.himcert.cases;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.himcert.AdvisorOptions;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.Maintenance;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.StepAction;
import org.himcert.assess.CaseQuestions;
import org.himcert.engine.Condition;
import org.himcert.engine.Engine;
import org.himcert.engine.Finding;
import org.himcert.json.ContractReader;
import org.himcert.json.InputException;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;

/**
 * Runs expert case files: YAML files of cases a credentialing expert can read and extend (the format of the
 * project's {@code src/test/resources/cases/README.md}), against the bundled or an office's amended rules. Each case
 * names a candidate (the JSON contract's input), an as-of date, the requirements it must meet, fail or not have in
 * force, and the expected decision per credential, maintenance and plans. A key the format does not know is an
 * error (a {@code meet:} typo would otherwise pass silently). Used by the command line's {@code test} and by the
 * project's own tests.
 */
public final class CaseFiles {

    /** The keys a case may have. */
    static final Set<String> CASE_KEYS = Set.of("name", "asOf", "meets", "fails", "absent", "shows", "options", "firstStep",
            "candidate", "expect", "plans", "maintenance");
    /** The keys of a credential's expectation. */
    static final Set<String> EXPECT_KEYS = Set.of("status", "pathway", "earlyTesting", "missing", "eligibleOn",
            "unmet", "recommendations");
    /** The keys of an expected unmet condition or recommendation. */
    static final Set<String> GAP_KEYS = Set.of("pathway", "requirement", "have", "need", "unit");
    /** The keys of a case's maintenance expectation. */
    static final Set<String> MAINTENANCE_KEYS = Set.of("status", "reason", "cycleStart", "cycleEnd", "ceusRequired",
            "ceusEarned", "ceusNeeded", "hiimDomainNeeded", "ahimaSourceNeeded", "credentials", "missing",
            "keepingStep", "rows");
    /** The keys of a plan's expectation. */
    static final Set<String> PLAN_KEYS = Set.of("steps", "alternatives", "arrivals");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ContractReader READER = new ContractReader();

    private CaseFiles() {
    }

    /**
     * One case as run.
     *
     * @param file     the case file's name
     * @param name     the case's name
     * @param failures what differed, each with the expected and the actual value; empty when the case passed
     */
    public record Outcome(String file, String name, List<String> failures) {
        /**
         * Copies the failures.
         *
         * @param file     the case file's name
         * @param name     the case's name
         * @param failures what differed
         */
        public Outcome {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(name, "name");
            failures = List.copyOf(failures);
        }

        /**
         * Whether every expectation held.
         *
         * @return true when nothing differed
         */
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * A case file that breaks the format: not YAML, no {@code cases}, an unknown key or option, a candidate the
     * contract rejects. The message names the file, the case and the key.
     */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    /**
     * Runs every case of a file.
     *
     * @param file       the case file (YAML with {@code cases:})
     * @param advisorFor what to ask for a case's options ({@link AdvisorOptions#defaults()} when it gives none): the
     *                   facade's machinery through {@link CaseQuestions}, whose conditions the cases' {@code meets}
     *                   and {@code fails} read
     * @return one outcome per case, in the file's order
     * @throws IOException     if the file cannot be read
     * @throws FormatException if the file breaks the format (nothing is run then)
     */
    public static List<Outcome> run(Path file, Function<AdvisorOptions, CaseQuestions> advisorFor)
            throws IOException, FormatException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new FormatException(file + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("cases").isArray()) {
            throw new FormatException(file + ": must hold a list 'cases:'");
        }
        known(file + "", root, Set.of("cases"));
        List<Checked> cases = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.get("cases")) {
            cases.add(read(file + ": case " + ++i + " '" + c.path("name").asText("?") + "'", c));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Checked c : cases) {
            outcomes.add(new Outcome(name, c.node.path("name").asText(), check(c, advisorFor.apply(c.options))));
        }
        return outcomes;
    }

    /** A case whose format has been checked, with its candidate and options read. */
    private record Checked(JsonNode node, LocalDate asOf, Candidate candidate, AdvisorOptions options) {
    }

    private static Checked read(String where, JsonNode c) throws FormatException {
        known(where, c, CASE_KEYS);
        for (String k : List.of("name", "asOf", "candidate")) {
            if (!c.has(k)) {
                throw new FormatException(where + ": '" + k + "' is required");
            }
        }
        for (var e : c.path("expect").properties()) {
            try {
                CredentialCode code = CredentialCode.fromCode(e.getKey());
                if (!CredentialCode.ASSESSED.contains(code)) {
                    throw new IllegalArgumentException("not assessed");
                }
            } catch (IllegalArgumentException x) {
                throw new FormatException(where + ": expect." + e.getKey() + ": not an assessed credential "
                        + CredentialCode.ASSESSED);
            }
            known(where + ": expect." + e.getKey(), e.getValue(), EXPECT_KEYS);
            for (String gaps : List.of("unmet", "recommendations")) {
                for (JsonNode g : e.getValue().path(gaps)) {
                    known(where + ": expect." + e.getKey() + "." + gaps, g, GAP_KEYS);
                }
            }
        }
        if (c.has("maintenance") && !c.get("maintenance").isNull()) {
            known(where + ": maintenance", c.get("maintenance"), MAINTENANCE_KEYS);
        }
        for (var e : c.path("plans").properties()) {
            known(where + ": plans." + e.getKey(), e.getValue(), PLAN_KEYS);
        }
        LocalDate asOf = date(where + ": asOf", c.get("asOf"));
        Candidate candidate;
        try {
            candidate = READER.read(c.get("candidate"), 1).candidate();
        } catch (InputException e) {
            throw new FormatException(where + ": candidate." + e.path() + ": " + e.getMessage());
        }
        return new Checked(c, asOf, candidate, options(where, c.path("options")));
    }

    private static AdvisorOptions options(String where, JsonNode options) throws FormatException {
        AdvisorOptions.Builder b = AdvisorOptions.defaults().toBuilder();
        for (var o : options.properties()) {
            JsonNode v = o.getValue();
            String at = where + ": options." + o.getKey();
            switch (o.getKey()) {
                case "ccsRegimeSwitch" -> b.ccsRegimeSwitch(date(at, v));
                case "postBaccEarlyTesting" -> b.postBaccEarlyTesting(v.asBoolean());
                case "enrolmentImpliesDiploma" -> b.enrolmentImpliesDiploma(v.asBoolean());
                case "inactiveCredentialsCount" -> b.inactiveCredentialsCount(v.asBoolean());
                case "rhiaProvisoEnd" -> b.rhiaProvisoEnd(date(at, v));
                case "retestWaitDays" -> b.retestWaitDays(v.asInt());
                case "codingRetestWaitDays" -> b.codingRetestWaitDays(v.asInt());
                case "codingRetestFrom" -> b.codingRetestFrom(date(at, v));
                case "expectedCompletionCounts" -> b.expectedCompletionCounts(v.asBoolean());
                case "ahimaShareFrom" -> b.ahimaShareFrom(date(at, v));
                case "ahimaShareByCycleEnd" -> b.ahimaShareByCycleEnd(v.asBoolean());
                default -> throw new FormatException(at + ": unknown option (known: ccsRegimeSwitch, "
                        + "postBaccEarlyTesting, enrolmentImpliesDiploma, inactiveCredentialsCount, rhiaProvisoEnd, retestWaitDays, "
                        + "codingRetestWaitDays, codingRetestFrom, expectedCompletionCounts, ahimaShareFrom, "
                        + "ahimaShareByCycleEnd)");
            }
        }
        return b.build();
    }

    private static void known(String where, JsonNode node, Set<String> keys) throws FormatException {
        if (node == null || !node.isObject()) {
            return;
        }
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) {
                throw new FormatException(where + ": unknown key '" + k + "' (known: " + String.join(", ",
                        new TreeSet<>(keys)) + ")");
            }
        }
    }

    private static LocalDate date(String where, JsonNode v) throws FormatException {
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new FormatException(where + ": must be a date YYYY-MM-DD");
        }
    }

    /** The case's expectations against the advisor's answers: what differed. */
    private static List<String> check(Checked c, CaseQuestions advisor) {
        List<String> failures = new ArrayList<>();
        JsonNode node = c.node;
        Assessment assessment = advisor.assess(c.candidate, c.asOf);
        Engine.Evaluation evaluation = advisor.conditions(c.candidate, c.asOf);
        for (JsonNode id : node.path("meets")) {
            String r = id.asText();
            if (r.startsWith("M-")) {
                expect(failures, "meets " + r, "a finding in effect", findings(evaluation, r), !findings(evaluation, r)
                        .isEmpty());
                continue;
            }
            Map<String, List<Condition>> byPathway = new LinkedHashMap<>();
            conditions(evaluation, r).forEach(x -> byPathway.computeIfAbsent(x.pathway(), k -> new ArrayList<>())
                    .add(x));
            boolean met = byPathway.values().stream().anyMatch(p -> p.stream().allMatch(Condition::isMet));
            expect(failures, "meets " + r, "a pathway with every condition met", describe(byPathway), met);
        }
        for (JsonNode id : node.path("fails")) {
            String r = id.asText();
            List<Condition> of = conditions(evaluation, r);
            expect(failures, "fails " + r, "a condition not met", describe(of), of.stream().anyMatch(x -> !x.isMet()));
        }
        for (JsonNode id : node.path("absent")) {
            String r = id.asText();
            List<?> present = r.startsWith("M-") ? findings(evaluation, r) : conditions(evaluation, r);
            expect(failures, "absent " + r, "not in force (no condition)", present, present.isEmpty());
        }
        for (var e : node.path("expect").properties()) {
            decision(failures, assessment.decision(CredentialCode.fromCode(e.getKey())), e.getValue());
        }
        if (node.has("maintenance")) {
            maintenance(failures, assessment, node.get("maintenance"));
        }
        if (node.has("firstStep")) { // the step next steps lead with: "ACTION CREDENTIAL eligibleOn", the last two optional
            NextStep first = assessment.nextSteps().isEmpty() ? null : assessment.nextSteps().get(0);
            equal(failures, "the first next step", node.get("firstStep").asText(), first == null ? null
                    : (first.action() + (first.credential() == null ? "" : " " + first.credential().code())
                    + (first.eligibleOn() == null ? "" : " " + first.eligibleOn())));
        }
        for (var e : node.path("plans").properties()) {
            plan(failures, advisor.plan(c.candidate, CredentialCode.fromCode(e.getKey()), c.asOf), e.getValue());
        }
        return failures;
    }

    private static void expect(List<String> failures, String what, Object expected, Object actual, boolean held) {
        if (!held) {
            failures.add(what + ": expected " + expected + ", actual " + actual);
        }
    }

    private static void equal(List<String> failures, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            failures.add(what + ": expected " + expected + ", actual " + actual);
        }
    }

    private static String describe(Object conditions) {
        return String.valueOf(conditions).replace("Condition[", "[");
    }

    private static void decision(List<String> failures, Decision d, JsonNode x) {
        String what = d.credential().code();
        equal(failures, what + " status", x.path("status").asText(), d.status().name());
        if (x.has("pathway")) {
            equal(failures, what + " pathway", text(x.get("pathway")), d.pathway());
        }
        if (x.has("earlyTesting")) {
            equal(failures, what + " earlyTesting", x.get("earlyTesting").asBoolean(), d.earlyTesting());
        }
        if (x.has("missing")) {
            equal(failures, what + " missing", strings(x.get("missing")), d.missing());
        }
        if (x.has("eligibleOn")) {
            equal(failures, what + " eligibleOn", text(x.get("eligibleOn")), d.eligibleOn() == null ? null
                    : d.eligibleOn().toString());
        }
        if (x.has("unmet")) {
            gaps(failures, what + " unmet", d.unmet(), x.get("unmet"));
        }
        if (x.has("recommendations")) {
            gaps(failures, what + " recommendations", d.recommendations(), x.get("recommendations"));
        }
    }

    /** Expected gaps are the first entries of the actual list ({@code []}: none); each names what it checks. */
    private static void gaps(List<String> failures, String what, List<Gap> actual, JsonNode expected) {
        if (expected.isEmpty() && !actual.isEmpty() || actual.size() < expected.size()) {
            failures.add(what + ": expected " + expected.size() + (expected.isEmpty() ? "" : " or more")
                    + " entries, actual " + actual);
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            JsonNode x = expected.get(i);
            Gap g = actual.get(i);
            String at = what + "[" + i + "]";
            if (x.has("pathway")) {
                equal(failures, at + " pathway", x.get("pathway").asText(), g.pathway());
            }
            if (x.has("requirement")) {
                equal(failures, at + " requirement", x.get("requirement").asText(), g.requirement());
            }
            if (x.has("have")) {
                equal(failures, at + " have", x.get("have").isNull() ? null : x.get("have").asInt(), g.have());
            }
            if (x.has("need")) {
                equal(failures, at + " need", x.get("need").isNull() ? null : x.get("need").asInt(), g.need());
            }
            if (x.has("unit")) {
                equal(failures, at + " unit", text(x.get("unit")), g.unit());
            }
        }
    }

    /**
     * The maintenance answer: {@code maintenance: null} when none is expected; else each key given ({@code reason}
     * is a part of the reason's text; {@code credentials} each {@code CODE STATUS inactiveOn revokedOn}, with
     * {@code (not counted)} after one left out of the count; {@code keepingStep} the EARN_CEUS step, first, with its
     * {@code dueBy} and a part of its {@code why}, or null for none).
     */
    private static void maintenance(List<String> failures, Assessment assessment, JsonNode x) {
        Maintenance m = assessment.maintenance();
        if (x.isNull() || m == null) {
            equal(failures, "maintenance", x.isNull() ? null : "present", m == null ? null : m.toString());
            return;
        }
        equal(failures, "maintenance status", x.path("status").asText(), m.status().name());
        if (x.has("reason")) {
            if (x.get("reason").isNull() || m.reason() == null) {
                equal(failures, "maintenance reason", text(x.get("reason")), m.reason());
            } else if (!m.reason().contains(x.get("reason").asText())) {
                failures.add("maintenance reason: expected a text containing '" + x.get("reason").asText()
                        + "', actual '" + m.reason() + "'");
            }
        }
        if (x.has("cycleStart")) {
            equal(failures, "maintenance cycleStart", text(x.get("cycleStart")), string(m.cycleStart()));
        }
        if (x.has("cycleEnd")) {
            equal(failures, "maintenance cycleEnd", text(x.get("cycleEnd")), string(m.cycleEnd()));
        }
        Map<String, BigDecimal> numbers = new HashMap<>();
        numbers.put("ceusRequired", m.ceusRequired());
        numbers.put("ceusEarned", m.ceusEarned());
        numbers.put("ceusNeeded", m.ceusNeeded());
        numbers.put("hiimDomainNeeded", m.hiimDomainNeeded());
        numbers.put("ahimaSourceNeeded", m.ahimaSourceNeeded());
        for (var e : numbers.entrySet()) {
            if (x.has(e.getKey())) {
                BigDecimal expected = x.get(e.getKey()).isNull() ? null : x.get(e.getKey()).decimalValue();
                boolean same = expected == null ? e.getValue() == null
                        : e.getValue() != null && expected.compareTo(e.getValue()) == 0;
                expect(failures, "maintenance " + e.getKey(), expected, e.getValue(), same);
            }
        }
        if (x.has("credentials")) {
            equal(failures, "maintenance credentials", strings(x.get("credentials")), m.credentials().stream()
                    .map(c -> c.code() + " " + c.status() + " " + c.inactiveOn() + " " + c.revokedOn()
                            + (c.counted() ? "" : " (not counted)")).toList());
        }
        if (x.has("missing")) {
            equal(failures, "maintenance missing", strings(x.get("missing")), m.missing());
        }
        if (x.has("rows")) { // the parameter rows the answer cites: "maintenance.M-1-old 3 2019-01-01"
            equal(failures, "maintenance rows", strings(x.get("rows")), m.parameters().stream()
                    .map(p -> p.key() + " " + p.value() + " " + p.from()).toList());
        }
        if (x.has("keepingStep")) {
            List<NextStep> keeping = assessment.nextSteps().stream().filter(s -> s.action() == StepAction.EARN_CEUS)
                    .toList();
            JsonNode k = x.get("keepingStep");
            if (k.isNull() || keeping.size() != 1) {
                equal(failures, "EARN_CEUS steps", k.isNull() ? 0 : 1, keeping.size());
                return;
            }
            NextStep s = keeping.get(0);
            equal(failures, "the keeping step comes first", s, assessment.nextSteps().get(0));
            equal(failures, "the keeping step's dueBy", text(k.path("dueBy")), string(s.dueBy()));
            if (k.has("why") && !s.why().contains(k.get("why").asText())) {
                failures.add("the keeping step's why: expected a text containing '" + k.get("why").asText()
                        + "', actual '" + s.why() + "'");
            }
        }
    }

    private static void plan(List<String> failures, Plan plan, JsonNode x) {
        String what = "plan to " + plan.target();
        equal(failures, what + " steps", strings(x.path("steps")), plan.steps().stream().map(CaseFiles::step)
                .toList());
        if (x.has("alternatives")) {
            List<List<String>> expected = new ArrayList<>();
            x.get("alternatives").forEach(a -> expected.add(strings(a)));
            equal(failures, what + " alternatives", expected, plan.alternatives().stream().map(r -> r.stream()
                    .map(CaseFiles::step).toList()).toList());
        }
        if (x.has("arrivals")) {
            List<String> actual = new ArrayList<>();
            actual.add(string(plan.expectedArrival()));
            plan.alternativeArrivals().forEach(d -> actual.add(string(d)));
            equal(failures, what + " arrivals", strings(x.get("arrivals")), actual);
        }
    }

    /**
     * A plan step as case files write it: {@code ACTION [CREDENTIAL] [earliest date]}.
     *
     * @param s the step
     * @return the words
     */
    static String step(PlanStep s) {
        return s.action() + (s.credential() == null ? "" : " " + s.credential())
                + (s.earliest() == null ? "" : " " + s.earliest());
    }

    private static List<Condition> conditions(Engine.Evaluation evaluation, String requirement) {
        return evaluation.conditions().stream().filter(c -> c.requirement().equals(requirement)).toList();
    }

    private static List<Finding> findings(Engine.Evaluation evaluation, String requirement) {
        if (evaluation.maintenance() == null) {
            return List.of();
        }
        return evaluation.maintenance().findings().stream()
                .filter(f -> f.requirement().equals(requirement) && f.inEffect()).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asText()));
        return list;
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
