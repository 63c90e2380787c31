package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.himcert.json.ContractReader;
import org.himcert.json.HimcertJson;
import org.himcert.model.Candidate;
import org.himcert.model.Parameter;
import org.junit.jupiter.api.Test;

/**
 * The parameters behind every answer (issue 26): for every case-file candidate, each reason, unmet condition and
 * recommendation a parameter decided names that parameter's row, and each row named is a row of
 * {@code rules/parameters.yaml} as this test reads the file itself (key, first day, value), the one in force on the
 * as-of date. A reader checks the numbers from the answer alone: a condition's {@code need} is its row's value.
 */
class ParametersBehindEveryAnswerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();
    /** The rules in a regime, by the prefix of their requirement ids, and the date rows their regime reads. */
    private static final Map<String, Set<String>> REGIMES = Map.of("CCS-O", Set.of("dates.ccsRegimeSwitch"),
            "CCS-N", Set.of("dates.ccsRegimeSwitch"), "CCSP-O", Set.of("dates.ccsRegimeSwitch"),
            "CCSP-N", Set.of("dates.ccsRegimeSwitch"), "RHIA-6", Set.of("dates.rhiaProvisoFrom",
                    "dates.rhiaProvisoEnd"));

    private final JsonNode file;

    ParametersBehindEveryAnswerTest() throws IOException {
        file = new YAMLMapper().readTree(Path.of("rules/parameters.yaml").toFile());
    }

    @Test
    void everyReasonAndGapAParameterDecidedNamesItsRowInForce() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] checked = new int[4]; // numbers checked against their rows, rows checked in the file, regimes, keeping
        ContractReader reader = new ContractReader();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/cases"))) {
            files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        int candidates = 0;
        for (Path f : files) {
            for (JsonNode c : new YAMLMapper().readTree(f.toFile()).path("cases")) {
                String where = f.getFileName() + ": " + c.path("name").asText();
                Candidate candidate = reader.read(c.get("candidate"), 1).candidate();
                LocalDate asOf = LocalDate.parse(c.get("asOf").asText());
                Assessment a = ADVISOR.assess(candidate, asOf);
                candidates++;
                for (Decision d : a.decisions()) {
                    for (Reason r : d.reasons()) {
                        rows(where, r.requirement(), r.parameters(), true, asOf, problems, checked);
                    }
                    for (Gap g : d.unmet()) {
                        rows(where, g.requirement(), g.parameters(), true, asOf, problems, checked);
                        number(where, g, problems, checked);
                    }
                    // a recommendation decides no eligibility: it cites the rows of its numbers, not its regime's
                    for (Gap g : d.recommendations()) {
                        rows(where, g.requirement(), g.parameters(), false, asOf, problems, checked);
                        number(where, g, problems, checked);
                    }
                }
                if (a.maintenance() != null) {
                    keeping(where, a.maintenance(), problems, checked);
                }
                // what the facade holds is what the contract writes, and reads back
                assertThat(HimcertJson.assessment(HimcertJson.write(a))).as(where).isEqualTo(a);
            }
        }
        assertThat(candidates).isGreaterThan(300);
        assertThat(problems).isEmpty();
        assertThat(checked[0]).as("numbers checked against their rows").isGreaterThan(500);
        assertThat(checked[1]).as("rows found in the file").isGreaterThan(1000);
        assertThat(checked[2]).as("conditions of rules in a regime").isGreaterThan(100);
        assertThat(checked[3]).as("maintenance requirements with their rows").isGreaterThan(100);
    }

    @Test
    void theCheckFindsARowThatIsNotTheFilesOrNotInForceAndANumberWithoutItsRow() {
        List<String> problems = new ArrayList<>();
        LocalDate asOf = LocalDate.of(2026, 11, 25);
        inFile("amended", new Parameter("thresholds.CHPS-1", 60, "months", LocalDate.of(2021, 1, 1),
                "[S5] AHIMA CHPS page (about 2021)"), asOf, problems);
        inFile("dated", new Parameter("thresholds.CHPS-1", 72, "months", LocalDate.of(2026, 1, 1),
                "[S5] AHIMA CHPS page (about 2021)"), asOf, problems);
        number("unnamed", new Gap("CHPS-1", "CHPS-1", "privacy work", 10, 72, "months", "[S5]"), problems,
                new int[4]);
        assertThat(problems).hasSize(3);
        List<String> none = new ArrayList<>();
        inFile("as written", new Parameter("thresholds.CHPS-1", 72, "months", LocalDate.of(2021, 1, 1),
                "[S5] AHIMA CHPS page (about 2021)"), asOf, none);
        assertThat(none).isEmpty();
    }

    @Test
    void aValueTheAdvisorsOptionsSetIsCitedAsTheOptionNotAsARowOfTheFile() throws Exception {
        EligibilityAdvisor later = EligibilityAdvisor.withBundledRules(AdvisorOptions.defaults().toBuilder()
                .ccsRegimeSwitch(LocalDate.of(2021, 1, 1)).build());
        Candidate ged = candidate("{\"id\":\"ged\",\"education\":[{\"level\":\"GED\"}]}");
        Decision ccs = later.assess(ged, LocalDate.of(2026, 11, 25)).decision(org.himcert.model.CredentialCode.CCS);
        List<Parameter> rows = new ArrayList<>();
        ccs.reasons().forEach(r -> rows.addAll(r.parameters()));
        ccs.unmet().forEach(g -> rows.addAll(g.parameters()));
        assertThat(rows).filteredOn(p -> p.key().equals("dates.ccsRegimeSwitch")).isNotEmpty()
                .allSatisfy(p -> {
                    assertThat(p.value()).isEqualTo(LocalDate.of(2021, 1, 1));
                    assertThat(p.from()).isNull();
                    assertThat(p.source()).startsWith("the advisor's option ccsRegimeSwitch").contains("2020-07-01");
                });
    }

    @Test
    void aBriefAnswerCarriesNoRowsAndReadsBackEqual() throws Exception {
        Candidate holder = candidate("{\"id\":\"rhit\",\"education\":[{\"level\":\"GED\"}],\"credentials\":"
                + "[{\"code\":\"RHIT\",\"status\":\"ACTIVE\",\"earnedOn\":\"2025-03-10\"}],\"ceus\":[]}");
        Assessment full = ADVISOR.assess(holder, LocalDate.of(2026, 12, 1));
        Assessment brief = ADVISOR.assess(holder, LocalDate.of(2026, 12, 1), Detail.BRIEF);

        assertThat(full.maintenance().parameters()).isNotEmpty();
        assertThat(HimcertJson.write(full)).contains("\"parameters\":[{\"key\":\"maintenance.M-1\"");
        assertThat(brief.maintenance().parameters()).isEmpty();
        assertThat(HimcertJson.write(brief)).doesNotContain("parameters");
        assertThat(HimcertJson.assessment(HimcertJson.write(brief))).isEqualTo(brief);
    }

    @Test
    void aRowsValueIsCopiedAndOfTheTypesTheContractWrites() {
        List<Object> areas = new ArrayList<>(List.of("CPT_CODING"));
        Parameter row = new Parameter("courseSets.X", areas, "course areas", LocalDate.of(2020, 1, 1), "test");
        areas.add("PHARMACOLOGY");

        assertThat(row.value()).isEqualTo(List.of("CPT_CODING"));
        assertThatThrownBy(() -> new Parameter("k", 1.5, null, null, "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Double");
    }

    /** One candidate from its contract JSON. */
    private static Candidate candidate(String json) throws Exception {
        return new ContractReader().read(MAPPER.readTree(json), 1).candidate();
    }

    /** A number the condition compares is the value of the row it names: thresholds, course sets, retest waits. */
    private static void number(String where, Gap g, List<String> problems, int[] checked) {
        if (g.need() == null) {
            return;
        }
        String prefix = switch (g.unit()) {
            case "months" -> "thresholds." + g.requirement();
            case "course areas" -> "courseSets." + g.requirement();
            case "days" -> "days.";
            default -> null;
        };
        if (prefix == null) {
            problems.add(where + ": " + g.requirement() + " compares " + g.unit() + ", which no parameter holds");
            return;
        }
        boolean found = false;
        for (Parameter p : g.parameters()) {
            if (p.key().startsWith(prefix)) {
                Object value = p.value() instanceof List<?> l ? l.size() : p.value();
                found |= value.equals(g.need());
            }
        }
        if (!found) {
            problems.add(where + ": " + g.requirement() + " needs " + g.need() + " " + g.unit()
                    + " but names no row of " + prefix + " with that value: " + g.parameters());
        }
        checked[0]++;
    }

    private void rows(String where, String requirement, List<Parameter> rows, boolean requirementRule, LocalDate asOf,
                      List<String> problems, int[] checked) {
        for (Map.Entry<String, Set<String>> regime : REGIMES.entrySet()) {
            if (requirement.startsWith(regime.getKey())) {
                checked[2]++;
                boolean named = rows.stream().map(Parameter::key).toList().containsAll(regime.getValue());
                if (named != requirementRule) {
                    problems.add(where + ": " + requirement + " is a " + (requirementRule ? "requirement" : "recommendation")
                            + " of a regime but names " + rows);
                }
            }
        }
        if ((requirement.equals("RHIT-2") || requirement.equals("RHIA-4"))
                && rows.stream().noneMatch(p -> p.key().equals("reciprocity"))) {
            problems.add(where + ": " + requirement + " names no reciprocity row: " + rows);
        }
        for (Parameter p : rows) {
            inFile(where, p, asOf, problems);
            checked[1]++;
        }
    }

    /** Every maintenance requirement that reads a row names it, and every row named is one of the file's. */
    private void keeping(String where, Maintenance m, List<String> problems, int[] checked) {
        for (String id : m.requirements()) {
            // M-1 with no day of a first exam knows no cycle, and reads no row
            if (file.path("maintenance").has(id) && (m.cycleStart() != null || !id.equals("M-1"))) {
                checked[3]++;
                if (m.parameters().stream().noneMatch(p -> p.key().equals("maintenance." + id))) {
                    problems.add(where + ": keeping's " + id + " names no row: " + m.parameters());
                }
            }
        }
        for (Parameter p : m.parameters()) {
            JsonNode rows = at(p.key()).path("values");
            if (!rows.has(String.valueOf(p.from())) || !same(rows.get(p.from().toString()).get("value"), p.value())) {
                problems.add(where + ": " + p + " is no row of the file");
            } else if (m.cycleStart() != null) {
                // a row in force on a day the rules read: the running cycle's first or last day, or the day before
                // it and two years before it (the previous cycle's last and first days)
                Set<String> inForce = new java.util.TreeSet<>();
                for (LocalDate day : List.of(m.cycleStart(), m.cycleEnd(), m.cycleStart().minusDays(1),
                        m.cycleStart().minusYears(2))) {
                    inForce.add(inForce(rows, day));
                }
                if (!inForce.contains(p.from().toString())) {
                    problems.add(where + ": " + p.key() + " from " + p.from() + ", but the rows in force on the cycles'"
                            + " days are from " + inForce);
                }
            }
            checked[1]++;
        }
    }

    /** The first day of the row in force on a day: the newest on or before it, else the first. */
    private static String inForce(JsonNode values, LocalDate day) {
        String inForce = null;
        for (Iterator<String> it = values.fieldNames(); it.hasNext(); ) {
            String from = it.next();
            if (inForce == null || !LocalDate.parse(from).isAfter(day)) {
                inForce = from;
            }
        }
        return inForce;
    }

    /**
     * The row is the file's: its key, first day and value; for a dated threshold or course set, the row in force on
     * the as-of date (the newest on or before it, else the first); for the others, the newest.
     */
    private void inFile(String where, Parameter p, LocalDate asOf, List<String> problems) {
        JsonNode values = at(p.key()).path("values");
        if (values.isMissingNode() || p.from() == null) {
            problems.add(where + ": " + p + " is no row of the file");
            return;
        }
        String inForce = inForce(values, asOf);
        String newest = null;
        for (Iterator<String> it = values.fieldNames(); it.hasNext(); ) {
            newest = it.next();
        }
        boolean dated = p.key().startsWith("thresholds.") || p.key().startsWith("courseSets.");
        String expected = dated ? inForce : newest;
        if (!p.from().toString().equals(expected)) {
            problems.add(where + ": " + p.key() + " from " + p.from() + ", but the row in force is from " + expected);
        } else if (!same(values.get(expected).get("value"), p.value())) {
            problems.add(where + ": " + p.key() + " is " + p.value() + ", but the file says "
                    + values.get(expected).get("value"));
        } else if (!values.get(expected).get("source").asText().equals(p.source())) {
            problems.add(where + ": " + p.key() + " cites " + p.source());
        }
    }

    private JsonNode at(String key) {
        return key.equals("reciprocity") ? file.path("reciprocity")
                : file.path(key.substring(0, key.indexOf('.'))).path(key.substring(key.indexOf('.') + 1));
    }

    /** A value as the file writes it and as the answer holds it (a date as its text, a course set in any order). */
    private static boolean same(JsonNode inFile, Object value) {
        JsonNode held = MAPPER.valueToTree(value instanceof LocalDate d ? d.toString() : value);
        if (inFile.isArray() && held.isArray() && inFile.size() == held.size() && inFile.size() > 0
                && inFile.get(0).isTextual()) {
            Set<String> a = new java.util.TreeSet<>();
            Set<String> b = new java.util.TreeSet<>();
            inFile.forEach(n -> a.add(n.asText()));
            held.forEach(n -> b.add(n.asText()));
            return a.equals(b);
        }
        return inFile.equals(held) || inFile.isTextual() && inFile.asText().equals(held.asText());
    }
}
