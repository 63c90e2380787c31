package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.himcert.engine.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An office's amended copy of {@code rules/} with one typo stops the load with one message naming the file and
 * line, instead of loading and answering wrongly (a mistyped key used to turn an eligible graduate into
 * NOT_ELIGIBLE without a word).
 */
class RuleFaultsTest {

    @TempDir
    Path dir;

    /** A copy of the bundled rules with one text replaced in one file; the replacement must happen once. */
    private Path amended(String file, String from, String to) throws IOException {
        for (String f : RuleFiles.BUNDLED) {
            Files.copy(Path.of("rules", f), dir.resolve(f));
        }
        Files.copy(Path.of("rules", "parameters.yaml"), dir.resolve("parameters.yaml"));
        Path target = dir.resolve(file);
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).as("%s holds %s", file, from).contains(from);
        Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return dir;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a mistyped requirement id | chps.drl | @requirement(\"CHPS-4\") | @requirement(\"CHPS-04\") | does not match the rule's name",
        "a mistyped kind | rhit.drl | @kind(\"REVIEW\") | @kind(\"REVEIW\") | is not a kind of pathway (accepted: EARLY_TESTING, RECOMMENDATION, REVIEW, STANDARD)",
        "a credential that is not assessed | cca.drl | @credential(\"CCA\") | @credential(\"CAA\") | is not an assessed credential (accepted: RHIT, RHIA, CCA, CCS, CCS-P, CHPS)",
        "a missing source | chps.drl | @source(\"[S5] AHIMA CHPS page (about 2021)\") | @sourceNote(\"none\") | has no @source",
        "a missing requirement | cca.drl | @requirement(\"CCA-REQ\") | @requirementX(\"CCA-REQ\") | has no @requirement",
    })
    void aMetadataTypoFailsTheLoadNamingTheRulesFileAndLine(String fault, String file, String from, String to,
                                                            String message) throws IOException {
        Path rules = amended(file, from, to);
        int line = lineOf(rules.resolve(file), "rule \"") ; // the first rule; the fault is in one of them
        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining(rules.resolve(file) + ":")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((RulesException) e).line()).isGreaterThanOrEqualTo(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"insertLogical(new java.util.ArrayList<String>());",
        "insert(new java.util.ArrayList<String>());", "update(kcontext.getMatch().getObjects().get(0));",
        "modify($known) { };", "delete(kcontext.getMatch().getObjects().get(0));",
        "drools.retract(kcontext.getMatch().getObjects().get(0));"})
    void aRuleThatChangesFactsFailsTheLoadNamingTheCallsLine(String call) throws IOException {
        // each rule is evaluated once, in turn (a sequential rule base): a change to the facts would go unseen
        Path rules = amended("cca.drl", "    Cond.degree(\"a high-school diploma or equivalent (GED)\"",
                "    " + call + "\n    Cond.degree(\"a high-school diploma or equivalent (GED)\"");
        int line = lineOf(rules.resolve("cca.drl"), call);
        String name = call.replaceFirst("^drools\\.", "").replaceFirst("\\(.*", "");

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith(rules.resolve("cca.drl") + ":" + line + ": ")
                .hasMessageContaining("calls " + name + ": a rule records its conditions with the Cond helpers")
                .hasMessageContaining("it does not insert, change or remove facts");
    }

    @Test
    void aRuleThatReadsCyclesBeforeTheRuleThatMakesThemFailsTheLoadNamingItsLine() throws IOException {
        // each rule is evaluated once, in turn: M-1 moved to the end of its file would make its cycles too late
        String m1 = "rule \"M-1 a two-year cycle from the day the first exam was passed\"";
        String text = Files.readString(Path.of("rules", "maintenance.drl"), StandardCharsets.UTF_8);
        int from = text.indexOf(m1);
        int to = text.indexOf("\nend\n", from) + "\nend\n".length();
        Path rules = amended("maintenance.drl", text.substring(from, to), "");
        Path maintenance = rules.resolve("maintenance.drl");
        Files.writeString(maintenance, Files.readString(maintenance) + "\n" + text.substring(from, to));
        int line = lineOf(maintenance, "$cycle : Cycle( )");

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith(maintenance + ":" + line + ": ")
                .hasMessageContaining("reads Cycle facts before the rule that makes them (the one calling MaintenanceRows.cycles)");
    }

    @Test
    void aMistypedRegimeOfRulesFailsTheLoadNamingItsLine() throws IOException {
        Path rules = amended("ccs.drl", "@regime(\"CCS-N\")", "@regime(\"CCS-NEW\")");
        int line = lineOf(rules.resolve("ccs.drl"), "CCS-NEW");

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith(rules.resolve("ccs.drl") + ":" + line + ": ")
                .hasMessageContaining("@regime(\"CCS-NEW\") names no regime of the parameters file (regimes: CCS-N,"
                        + " CCS-O, CCSP-N, CCSP-OLD, M-12, RHIA-6)");
    }

    @Test
    void aMistypedParameterARuleCitesFailsTheLoadNamingItsLine() throws IOException {
        Path rules = amended("rhit.drl", "@parameters(\"reciprocity\")", "@parameters(\"reciprocities\")");
        int line = lineOf(rules.resolve("rhit.drl"), "reciprocities");

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith(rules.resolve("rhit.drl") + ":" + line + ": ")
                .hasMessageContaining("@parameters names reciprocities, no date, day-count or reciprocity parameter")
                .hasMessageContaining("dates.ccsRegimeSwitch");
    }

    @Test
    void aRuleReadingAThresholdByAnotherCopyOfItsIdIsRefused() throws IOException {
        Path rules = amended("chps.drl", "    Profile( $education : bachelorsDegree, $months : privacySecurityMonths )",
                "    Profile( $education : bachelorsDegree, $months : privacySecurityMonths )\n"
                        + "    Threshold( requirement == \"CHPS-4\" )");
        int line = lineOf(rules.resolve("chps.drl"), "Threshold( requirement");

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith(rules.resolve("chps.drl") + ":" + line + ": ")
                .hasMessageContaining("reads its threshold or course set by its key");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a mistyped threshold key | \"thresholds.CHPS-4\" | \"thresholds.CHPS-04\" | reads thresholds.CHPS-04, and there is none (thresholds: CCA-REC-a, CCS-N-REC-a,",
        "a threshold not named | $months, \"thresholds.CHPS-4\", Measure | $months, Measure | calls Cond.atLeast(...) without naming its parameter",
    })
    void aThresholdARuleTestsIsNamedByAKeyThatExists(String fault, String from, String to, String message)
            throws IOException {
        Path rules = amended("chps.drl", from, to);
        int line = lineOf(rules.resolve("chps.drl"), "rule \"CHPS-4 ");

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageStartingWith(rules.resolve("chps.drl") + ":" + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void aThresholdNoRuleReadsFailsTheLoad() throws IOException {
        Path rules = amended("cca.drl", "rule \"CCA-REC-a six months of coding experience (recommended)\"",
                "rule \"CCA-REC-a six months of coding experience (recommended)\"\n    @ignored(\"x\")");
        String text = Files.readString(rules.resolve("cca.drl"));
        int call = text.indexOf("Cond.atLeast(");
        int end = text.indexOf(";", call);
        Files.writeString(rules.resolve("cca.drl"), text.substring(0, call)
                + "Cond.holds(\"coding experience\")" + text.substring(end));

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("no rule reads the threshold parameter of CCA-REC-a");
    }

    @Test
    void aRuleFileLinkedFromOutsideTheDirectoryIsRefused() throws IOException {
        Path rules = amended("cca.drl", "@credential(\"CCA\")", "@credential(\"CCA\")");
        Path outside = Files.createTempDirectory("outside");
        Path real = Files.move(rules.resolve("cca.drl"), outside.resolve("cca.drl"));
        Files.createSymbolicLink(rules.resolve("cca.drl"), real);

        try {
            assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                    .isInstanceOf(RulesException.class)
                    .hasMessageStartingWith(rules.resolve("cca.drl") + ": is a link to a file outside the rules "
                            + "directory");
        } finally {
            // the temporary directories go without JUnit's warning about a link leading out of them
            Files.delete(rules.resolve("cca.drl"));
            Files.delete(real);
            Files.delete(outside);
        }
    }

    @Test
    void aRequirementOfTheDomainReferenceWithoutARuleFailsTheLoad() throws IOException {
        Path rules = amended("chps.drl", "@requirement(\"CHPS-6\")", "@requirement(\"CHPS-6\")");
        String text = Files.readString(rules.resolve("chps.drl"));
        int start = text.indexOf("rule \"CHPS-6");
        int end = text.indexOf("\nend", start) + "\nend".length();
        Files.writeString(rules.resolve("chps.drl"), text.substring(0, start) + text.substring(end));
        Path parameters = rules.resolve("parameters.yaml");
        String yaml = Files.readString(parameters);
        int p = yaml.indexOf("  CHPS-6:");
        int q = yaml.indexOf("  CCS-O3:");
        Files.writeString(parameters, yaml.substring(0, p) + yaml.substring(q));

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("no rule encodes the requirement CHPS-6 of the domain reference");
    }
}
