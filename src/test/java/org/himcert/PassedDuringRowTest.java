package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himcert.engine.RuleFiles;
import org.himcert.model.Candidate;
import org.himcert.model.CeuRecord;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.HeldCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * M-15 (b), turn 3 ruling: whether a credential passed during a cycle counts in full toward it is a dated row of the
 * parameters file, not Java. The bundled row counts it in full; an office that learns otherwise adds a row, and the
 * cycles beginning on or after its date count it from the next cycle only. Either way the answer says so.
 */
class PassedDuringRowTest {

    @TempDir
    Path dir;

    /** An RHIT since 2022-03-01 who passed the CCS on 2023-06-01, during the first cycle, with 20 CEUs in it. */
    private static final Candidate RHIT_THEN_CCS = Candidate.builder("m15b")
            .credentials(new HeldCredential(CredentialCode.RHIT, CredentialStatus.ACTIVE, LocalDate.of(2022, 3, 1), null),
                    new HeldCredential(CredentialCode.CCS, CredentialStatus.ACTIVE, LocalDate.of(2023, 6, 1), null))
            .ceus(new CeuRecord(LocalDate.of(2022, 6, 1), new BigDecimal("20"), true, true))
            .build();

    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 1);

    @Test
    void theBundledRowCountsACredentialPassedDuringTheCycleInFullAndSaysItIsAnAssumption() {
        Maintenance m = EligibilityAdvisor.withBundledRules().assess(RHIT_THEN_CCS, AS_OF).maintenance();

        assertThat(m.ceusRequired()).isEqualByComparingTo("30");
        assertThat(m.status()).isEqualTo(MaintenanceStatus.IN_PROGRESS);
        assertThat(m.reason()).contains("counts the CCS passed on 2023-06-01 in full").contains("an assumption");
        assertThat(m.requirements()).contains("M-15");
    }

    @Test
    void aRowCountingItFromTheNextCycleLowersTheRunningCyclesCeusAndTheReasonSaysSo() throws Exception {
        for (String f : RuleFiles.BUNDLED) {
            Files.copy(Path.of("rules", f), dir.resolve(f));
        }
        String parameters = Files.readString(Path.of("rules", "parameters.yaml"));
        String row = "      2019-01-01: {value: true, source: \"[S11] AHIMA recertification CEU table: \\\"add 10";
        assertThat(parameters).contains(row);
        Files.writeString(dir.resolve("parameters.yaml"), parameters.replace(row,
                "      2018-01-01: {value: true, source: \"an office's row (test)\"}\n"
                        + "      2022-01-01: {value: false, source: \"an office's amendment (test)\"}\n"
                        + "      2022-06-01: {value: true, source: \"[S11] AHIMA recertification CEU table: \\\"add 10"));
        // cycles beginning 2022-01-01 up to 2022-05-31 count it from the next cycle: the RHIT's began 2022-03-01
        Maintenance m = EligibilityAdvisor.fromRulesDirectory(dir).assess(RHIT_THEN_CCS, AS_OF).maintenance();

        assertThat(m.ceusRequired()).isEqualByComparingTo("20");
        assertThat(m.status()).isEqualTo(MaintenanceStatus.COMPLETE);
        assertThat(m.reason()).contains("does not count the CCS passed on 2023-06-01").contains("an assumption");
    }
}
