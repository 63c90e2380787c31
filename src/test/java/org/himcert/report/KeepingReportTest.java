package org.himcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.himcert.Assessment;
import org.himcert.EligibilityAdvisor;
import org.himcert.json.ContractReader;
import org.w3c.dom.Document;
import org.junit.jupiter.api.Test;

/**
 * The keeping-credentials section of both reports, for the three worked examples: an RHIT alone; an RHIA,
 * CCS and CCS-P holder (capped at 50); an RHIT who later became an RHIA. The pages and texts are kept under
 * {@code target/reports/}.
 */
class KeepingReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static final List<String> EXAMPLES = List.of(
            "{\"id\":\"rhit-alone\",\"credentials\":[{\"code\":\"RHIT\",\"earnedOn\":\"2025-03-10\"}],"
                    + "\"ceus\":[{\"date\":\"2025-06-01\",\"units\":8},{\"date\":\"2026-02-01\",\"units\":4.5,"
                    + "\"hiimDomain\":false},{\"date\":\"2026-10-01\",\"units\":2,\"ahimaSource\":true}]}",
            "{\"id\":\"rhia-ccs-ccsp\",\"credentials\":[{\"code\":\"RHIA\",\"earnedOn\":\"2021-05-02\"},"
                    + "{\"code\":\"CCS\",\"earnedOn\":\"2022-01-15\"},{\"code\":\"CCS-P\",\"earnedOn\":\"2022-08-01\"}],"
                    + "\"ceus\":[{\"date\":\"2023-06-01\",\"units\":30,\"ahimaSource\":true},"
                    + "{\"date\":\"2024-09-01\",\"units\":20},{\"date\":\"2025-09-01\",\"units\":12.5},"
                    + "{\"date\":\"2026-05-01\",\"units\":10,\"ahimaSource\":true}]}",
            "{\"id\":\"rhit-then-rhia\",\"credentials\":[{\"code\":\"RHIT\",\"earnedOn\":\"2020-06-15\"},"
                    + "{\"code\":\"RHIA\",\"earnedOn\":\"2023-09-01\"}],\"ceus\":[{\"date\":\"2024-10-01\",\"units\":20},"
                    + "{\"date\":\"2025-11-01\",\"units\":12},{\"date\":\"2026-07-01\",\"units\":6,"
                    + "\"ahimaSource\":true}]}");

    @Test
    void bothReportsShowTheCycleTheBarsTheDatesAndTheReason() throws Exception {
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        ContractReader reader = new ContractReader();
        Path out = Path.of("target", "reports");
        Files.createDirectories(out);
        for (String json : EXAMPLES) {
            Assessment a = advisor.assess(reader.read(json, 1).candidate(), AS_OF);
            String text = TextReport.render(a);
            String html = HtmlReport.render(a, List.of());
            Files.writeString(out.resolve("keeping-" + a.candidateId() + ".txt"), text);
            Files.writeString(out.resolve("keeping-" + a.candidateId() + ".html"), html);

            assertThat(text).contains("Keeping your credentials: ", "    cycle " + a.maintenance().cycleStart()
                    + " to " + a.maintenance().cycleEnd(), "    CEUs           [", "    HIIM domains   [");
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("progress").getLength()).isBetween(2, 3);
            assertThat(html).contains("Keeping your credentials", HtmlReport.esc(a.maintenance().source()));
        }
        String rhit = Files.readString(out.resolve("keeping-rhit-alone.txt"));
        assertThat(rhit).contains("[##############------] 14.5 of 20",
                "AHIMA sources  [#####---------------] 2 of 8",
                "RHIT: active; inactive from 2027-03-10 and revoked on 2027-09-06 unless this cycle is complete",
                "why: the sources do not give the numbers of cycles beginning on or after the 2024 policy update");
        String capped = Files.readString(out.resolve("keeping-rhia-ccs-ccsp.txt"));
        assertThat(capped).contains("[#########-----------] 22.5 of 50", "AHIMA sources  [##########----------] 10 of 20");
        String replaced = Files.readString(out.resolve("keeping-rhit-then-rhia.txt"));
        assertThat(replaced).contains("cycle 2026-06-15 to 2028-06-14", "[####----------------] 6 of 30",
                "RHIT: active (replaced by a higher credential: not counted); inactive from 2028-06-15");
    }
}
