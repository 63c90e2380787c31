package org.himcert.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.himcert.EligibilityAdvisor;
import org.himcert.RulesException;
import org.himcert.engine.RuleBase;
import org.himcert.engine.RuleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules compile cleanly, carry their metadata, and the bundled set is exactly {@code rules/}. */
class RuleBuildTest {

    private static final Path RULES = Path.of("rules");

    @Test
    void bundledRulesCompileWithoutWarnings() throws Exception {
        RuleBase rules = RuleBase.compile(org.himcert.engine.RuleFiles.bundled());
        assertThat(rules.warnings()).isEmpty();
        assertThat(rules.rules()).hasSizeGreaterThan(35);
    }

    @Test
    void theBundledRulesComePrecompiledFromTheBuildWithEveryRuleAndItsMetadata() throws Exception {
        RuleBase bundled = Assessor.bundled().ruleBase();
        RuleBase compiled = RuleBase.compile(org.himcert.engine.RuleFiles.bundled());

        assertThat(bundled.precompiled()).as("built from the executable model made by the build").isTrue();
        assertThat(bundled.digest()).isEqualTo(compiled.digest());
        assertThat(bundled.rules()).isEqualTo(compiled.rules());
    }

    @Test
    void thePrecompiledRulesAnswerAsTheRulesCompiledFromTheirFiles() throws Exception {
        EligibilityAdvisor bundled = EligibilityAdvisor.withBundledRules();
        EligibilityAdvisor fromFiles = EligibilityAdvisor.fromRulesDirectory(RULES);
        org.himcert.json.ContractWriter writer = new org.himcert.json.ContractWriter();
        org.himcert.testing.RandomCandidates random = new org.himcert.testing.RandomCandidates(23);
        for (int i = 0; i < 300; i++) {
            java.time.LocalDate asOf = random.asOf();
            org.himcert.model.Candidate c = random.candidate("p" + i, asOf);
            assertThat(writer.assessment(bundled.assess(c, asOf))).as("candidate %d", i)
                    .isEqualTo(writer.assessment(fromFiles.assess(c, asOf)));
        }
    }

    @Test
    void bundledFilesAreExactlyTheFilesInTheRulesDirectory() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            List<String> expected = new java.util.ArrayList<>(RuleFiles.BUNDLED);
            expected.add("parameters.yaml");
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(RuleFiles.bundled()).extracting(f -> f.name().substring("rules/".length()))
                    .containsExactlyElementsOf(expected);
        }
        for (var f : RuleFiles.bundled()) {
            assertThat(f.text()).as(f.name()).isEqualTo(Files.readString(Path.of(f.name())));
        }
    }

    @Test
    void everyRuleCarriesItsRequirementSourceAndValidity() {
        for (RuleBase.RuleInfo r : Assessor.bundled().ruleBase().rules()) {
            assertThat(r.metadata()).as(r.name()).containsKeys("requirement", "source", "sourceDated");
            assertThat(r.name()).as("rule name starts with its requirement id")
                    .startsWith(r.metadata().get("requirement") + " ");
            if (!r.metadata().get("requirement").equals("G-3") && !r.metadata().get("requirement").startsWith("M-")) {
                assertThat(r.metadata()).as(r.name()).containsKey("credential");
            }
            assertThat(r.metadata().get("source")).as(r.name()).isNotBlank();
        }
    }

    @Test
    void rulesAvoidTheConstructsTheStyleForbids() throws IOException {
        for (String name : RuleFiles.BUNDLED) {
            String text = Files.readString(RULES.resolve(name));
            assertThat(text).as(name).doesNotContain("System.out", "function ", "salience", "date-effective",
                    "date-expires", "eval(", "LocalDate.now");
        }
    }

    @Test
    void aDirectoryOfAmendedRulesReplacesTheBundledOnes(@TempDir Path dir) throws Exception {
        for (String name : RuleFiles.BUNDLED) {
            Files.copy(RULES.resolve(name), dir.resolve(name));
        }
        Files.copy(RULES.resolve("parameters.yaml"), dir.resolve("parameters.yaml"));
        EligibilityAdvisor advisor = EligibilityAdvisor.fromRulesDirectory(dir);
        assertThat(advisor.rulesVersion()).isEqualTo(EligibilityAdvisor.withBundledRules().rulesVersion());
    }

    @Test
    void aRuleFileThatDoesNotCompileFailsAtLoadNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.copy(RULES.resolve("parameters.yaml"), dir.resolve("parameters.yaml"));
        Files.writeString(dir.resolve("broken.drl"), String.join("\n", List.of(
                "package org.himcert.rules;",
                "",
                "rule \"X-1 broken\"",
                "when",
                "    Nonsense( ",
                "then",
                "end")));
        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(dir))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("broken.drl:")
                .satisfies(e -> {
                    RulesException r = (RulesException) e;
                    assertThat(r.file()).endsWith("broken.drl");
                    assertThat(r.line()).isBetween(3, 7);
                });
    }

    @Test
    void aDirectoryWithoutRuleFilesIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(dir))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("holds no rule file");
    }
}
