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

    @Test
    void everyColourPairPassesWcagAaContrast() throws Exception {
        List<String> white = new java.util.ArrayList<>(HtmlReport.COLORS.values());
        white.addAll(HtmlReport.KEEPING_COLORS.values());
        for (String background : white) {
            assertThat(contrast(background, "#ffffff")).as("white text on %s", background).isGreaterThanOrEqualTo(4.5);
        }
        for (String text : HtmlReport.TEXT_ON_WHITE) {
            assertThat(contrast(text, "#ffffff")).as("%s text on white", text).isGreaterThanOrEqualTo(4.5);
        }
        // every colour the pages use is one of those tested
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        java.util.Set<String> tested = new java.util.HashSet<>(white);
        tested.addAll(HtmlReport.TEXT_ON_WHITE);
        tested.addAll(List.of("#fff", "#ffffff", "#bbb", "#ccc", "#ddd"));  // white text; rules and borders only
        for (Candidate c : AdvisingWalkthrough.candidates()) {
            String html = HtmlReport.render(c, advisor.assess(c, AdvisingWalkthrough.AS_OF), List.of());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!&)#[0-9a-fA-F]{3,6}\\b").matcher(html);
            while (m.find()) {
                assertThat(tested).as("colour %s in %s's page", m.group(), c.id()).contains(m.group().toLowerCase());
            }
        }
    }

    /** The WCAG 2 contrast ratio of two sRGB colours {@code #rrggbb}. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    @Test
    void aScreenshotInHeadlessChromium() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(chromium)
                || System.getenv("CI") != null, "Debian's chromium is installed by .ci/run");
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        Candidate c = AdvisingWalkthrough.candidates().get(1);
        Path out = Path.of("target", "reports").toAbsolutePath();
        Files.createDirectories(out);
        Path page = out.resolve("screenshot-" + c.id() + ".html");
        Files.writeString(page, HtmlReport.render(c, advisor.assess(c, AdvisingWalkthrough.AS_OF),
                List.of(advisor.plan(c, CredentialCode.CHPS, AdvisingWalkthrough.AS_OF))));
        Path png = out.resolve("report-screenshot.png");
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("himcert-chromium");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars", "--window-size=1100,2400",
                "--screenshot=" + png, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(png).exists();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }
}
