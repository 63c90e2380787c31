package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himcert.engine.RuleFiles;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regimes of rules are rows of the parameters file: an office adds one, and names it in a rule's {@code @regime},
 * without Java. The rule then applies on the regime's days only; its ends may be dates or {@code dates} parameters.
 */
class RegimeRowsTest {

    @TempDir
    Path dir;

    /** A high-school graduate with six and a half years of privacy work: CHPS-1, and no other CHPS pathway. */
    private static final Candidate PRIVACY_OFFICER = Candidate.builder("po-1")
            .education(Education.completed(EducationLevel.HIGH_SCHOOL))
            .experience(Experience.months(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, 78))
            .build();

    private Path copy(String regimeRow, String ruleFrom, String ruleTo) throws IOException {
        for (String f : RuleFiles.BUNDLED) {
            Files.copy(Path.of("rules", f), dir.resolve(f));
        }
        String parameters = Files.readString(Path.of("rules", "parameters.yaml"));
        assertThat(parameters).contains("\nregimes:\n");
        Files.writeString(dir.resolve("parameters.yaml"), parameters.replace("\nregimes:\n", "\nregimes:\n" + regimeRow));
        String chps = Files.readString(dir.resolve("chps.drl"));
        assertThat(chps).contains(ruleFrom);
        Files.writeString(dir.resolve("chps.drl"), chps.replace(ruleFrom, ruleTo));
        return dir;
    }

    @Test
    void aRegimeAddedInTheParametersFileAndNamedByARuleLimitsItToTheRegimesDays() throws Exception {
        Path rules = copy("""
                  CHPS-2030:
                    description: a test regime, from 2030 on
                    from: 2030-01-01
                    source: "an office's amendment (test)"
                """, "    @requirement(\"CHPS-1\")\n", "    @requirement(\"CHPS-1\")\n    @regime(\"CHPS-2030\")\n");
        EligibilityAdvisor amended = EligibilityAdvisor.fromRulesDirectory(rules);
        EligibilityAdvisor bundled = EligibilityAdvisor.withBundledRules();
        LocalDate before = LocalDate.of(2029, 12, 31);
        LocalDate from = LocalDate.of(2030, 1, 1);

        Decision bundledBefore = bundled.assess(PRIVACY_OFFICER, before).decision(CredentialCode.CHPS);
        Decision amendedBefore = amended.assess(PRIVACY_OFFICER, before).decision(CredentialCode.CHPS);
        Decision amendedFrom = amended.assess(PRIVACY_OFFICER, from).decision(CredentialCode.CHPS);

        assertThat(bundledBefore.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(bundledBefore.pathway()).isEqualTo("CHPS-1");
        assertThat(amendedBefore.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(amendedBefore.unmet()).extracting(Gap::requirement).doesNotContain("CHPS-1");
        assertThat(amendedFrom.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(amendedFrom.pathway()).isEqualTo("CHPS-1");
        assertThat(amended.rulesVersion()).isNotEqualTo(bundled.rulesVersion());
    }

    @Test
    void aRegimeEndsOnADatesParameterAndFollowsTheAdvisorsOverrideOfIt() throws Exception {
        Path rules = copy("""
                  CHPS-AFTER-CCS-SWITCH:
                    description: a test regime, from the CCS regime switch on
                    from: ccsRegimeSwitch
                    source: "an office's amendment (test)"
                """, "    @requirement(\"CHPS-1\")\n",
                "    @requirement(\"CHPS-1\")\n    @regime(\"CHPS-AFTER-CCS-SWITCH\")\n");
        LocalDate day = LocalDate.of(2021, 6, 1);

        EligibilityAdvisor asFiled = EligibilityAdvisor.fromRulesDirectory(rules);
        EligibilityAdvisor later = EligibilityAdvisor.fromRulesDirectory(rules, AdvisorOptions.defaults().toBuilder()
                .ccsRegimeSwitch(LocalDate.of(2022, 1, 1)).build());

        assertThat(asFiled.assess(PRIVACY_OFFICER, day).decision(CredentialCode.CHPS).status())
                .isEqualTo(Status.ELIGIBLE);
        assertThat(later.assess(PRIVACY_OFFICER, day).decision(CredentialCode.CHPS).status())
                .isEqualTo(Status.NOT_ELIGIBLE);
    }

    @Test
    void aRegimeEndThatIsNeitherADateNorADatesParameterFailsTheLoadNamingTheKey() throws Exception {
        Path rules = copy("""
                  CHPS-SOON:
                    description: a test regime
                    from: soon
                    source: "an office's amendment (test)"
                """, "    @requirement(\"CHPS-1\")\n", "    @requirement(\"CHPS-1\")\n    @regime(\"CHPS-SOON\")\n");

        assertThatThrownBy(() -> EligibilityAdvisor.fromRulesDirectory(rules))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("regimes.CHPS-SOON.from")
                .hasMessageContaining("must be a date (YYYY-MM-DD) or one of the dates parameters [ccsRegimeSwitch,"
                        + " codingRetestFrom, rhiaProvisoEnd, rhiaProvisoFrom], not soon");
    }
}
