package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.HeldCredential;
import org.himcert.testing.AmendedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EligibilityAdvisor#compareAll}: what an amendment (CHPS-1's 72 months to 60) changes, and how. */
class ChangeTest {

    @TempDir
    Path dir;

    @Test
    void anAmendmentChangesAnswersExplanationsOrNothing() throws Exception {
        EligibilityAdvisor amended = EligibilityAdvisor.fromRulesDirectory(AmendedRules.chps1(dir.resolve("rules"), 60,
                "2026-01-01"));
        Candidate officer = Candidate.builder("po-65").education(Education.completed(EducationLevel.GED))
                .experience(Experience.months(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, 65)).build();
        Candidate newcomer = Candidate.builder("new-0").education(Education.completed(EducationLevel.GED))
                .experience(Experience.months(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, 0)).build();
        Candidate holder = Candidate.builder("chps-held").credentials(HeldCredential.active(CredentialCode.CHPS),
                HeldCredential.active(CredentialCode.RHIA)).noEducation().noExperience().build();
        LocalDate day = LocalDate.of(2026, 11, 25);

        List<Change> changes = EligibilityAdvisor.withBundledRules().compareAll(amended,
                List.of(officer, newcomer, holder), List.of(day, day, day));

        assertThat(changes).extracting(Change::candidateId).containsExactly("po-65", "new-0", "chps-held");
        Change answer = changes.get(0);
        assertThat(answer.changed()).isTrue();
        assertThat(answer.decisionsChanged()).containsExactly(CredentialCode.CHPS);
        assertThat(answer.before().decision(CredentialCode.CHPS).status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(answer.after().decision(CredentialCode.CHPS).status()).isEqualTo(Status.ELIGIBLE);
        Change explanation = changes.get(1);
        assertThat(explanation.changed()).isTrue();
        assertThat(explanation.decisionsChanged()).isEmpty();
        assertThat(explanation.explanationsChanged()).containsExactly(CredentialCode.CHPS);
        assertThat(changes.get(2).changed()).isFalse();
        assertThat(changes.get(2).maintenanceChanged()).isFalse();
        assertThat(answer.after().rulesVersion()).isNotEqualTo(answer.before().rulesVersion());
    }
}
