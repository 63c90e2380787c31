package org.himcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.himcert.Assessment;
import org.himcert.EligibilityAdvisor;
import org.himcert.json.ContractReader;
import org.junit.jupiter.api.Test;

/**
 * The reports' detail lines name the parameter rows the answer read (issue 26), for the auditor who reads a report
 * and not the JSON: a threshold with its value, first day and source; keeping's CEU table row and shares.
 */
class RowsReadTest {

    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();

    @Test
    void aDecisionsDetailLineNamesTheThresholdRowItCompared() throws Exception {
        Assessment a = ADVISOR.assess(new ContractReader().read("{\"id\":\"po\",\"education\":[{\"level\":\"GED\"}],"
                + "\"experience\":[{\"kind\":\"PRIVACY_SECURITY_MANAGEMENT\",\"months\":30}]}", 1).candidate(),
                LocalDate.of(2026, 11, 25));
        String text = TextReport.render(a);
        String chps = text.lines().filter(l -> l.contains("details: CHPS")).findFirst().orElseThrow();
        String rows = chps.substring(chps.indexOf("rows read: "));

        // the rows of one first day and source together, that day and source named once
        assertThat(rows).contains("thresholds.CHPS-1 = 72 months", "thresholds.CHPS-2 = 48 months",
                "(from 2021-01-01: [S5] AHIMA CHPS page (about 2021))");
        assertThat(rows.split("AHIMA CHPS page", -1)).hasSize(2);
        assertThat(HtmlReport.render(a, List.of())).contains(HtmlReport.esc("thresholds.CHPS-1 = 72 months"));
    }

    @Test
    void keepingsDetailLineNamesTheCeuTableRowAndTheShares() throws Exception {
        Assessment a = ADVISOR.assess(new ContractReader().read("{\"id\":\"rhit\",\"credentials\":[{\"code\":\"RHIT\","
                + "\"status\":\"ACTIVE\",\"earnedOn\":\"2025-03-10\"}],\"ceus\":[]}", 1).candidate(),
                LocalDate.of(2026, 12, 1));
        String text = TextReport.render(a);

        assertThat(text).contains("maintenance.M-3 = CCA 20, CCS 20, CCS-P 20, CDIP 30, CHDA 30, CHPS 30, RHIA 30, RHIT 20"
                + " CEUs (from 2019-01-01: [S11] AHIMA recertification CEU table (effective 2019-01-01))")
                .contains("maintenance.M-2 = 80 percent (from 2019-01-01:")
                .contains("maintenance.M-10 = 40 percent (from 2025-01-01:");
        assertThat(HtmlReport.render(a, List.of())).contains(HtmlReport.esc("maintenance.M-2 = 80 percent"));
    }
}
