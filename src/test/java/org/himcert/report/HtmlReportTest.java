package org.himcert.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.himcert.Assessment;
import org.himcert.EligibilityAdvisor;
import org.himcert.Plan;
import org.himcert.examples.AdvisingWalkthrough;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The HTML report is well-formed, escapes what it shows, and holds the ladder, decisions and plans. */
class HtmlReportTest {

    @Test
    void rendersTheWalkthroughCandidatesAsWellFormedPages() throws Exception {
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        Path out = Path.of("target", "reports");
        Files.createDirectories(out);
        for (Candidate c : AdvisingWalkthrough.candidates()) {
            Assessment a = advisor.assess(c, AdvisingWalkthrough.AS_OF);
            List<Plan> plans = List.of(advisor.plan(c, CredentialCode.RHIA, AdvisingWalkthrough.AS_OF),
                    advisor.plan(c, CredentialCode.CHPS, AdvisingWalkthrough.AS_OF));
            String html = HtmlReport.render(a, plans);
            Files.writeString(out.resolve(c.id() + ".html"), html);

            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(1);
            assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(6);
            assertThat(doc.getElementsByTagName("tr").getLength()).isEqualTo(7);
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(html).contains("Plan to the RHIA", "Plan to the CHPS", "not an official AHIMA tool");
        }
        String privacy = Files.readString(out.resolve("rhit-privacy-officer.html"));
        assertThat(privacy).contains("44 of 48 months", "from 2027-03-01");
    }

    @Test
    void escapesMarkupInText() {
        assertThat(HtmlReport.esc("a <b> & \"c\" 'd'")).isEqualTo("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;");
    }
}
