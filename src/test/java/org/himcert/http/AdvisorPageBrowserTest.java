package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.himcert.EligibilityAdvisor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The advisor's page in a real headless browser (Debian's chromium, driven over the W3C WebDriver protocol by
 * chromedriver): fill the form with the keyboard's fields, submit it, read the decisions from the DOM, and keep a
 * screenshot under {@code target/reports/}. {@code .ci/run} installs chromium and chromium-driver when missing.
 */
class AdvisorPageBrowserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private String webDriver;
    private String session;

    @Test
    void anAdvisorFillsTheFormAndReadsTheDecisionsOnTheSamePage() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)
                || System.getenv("CI") != null, "Debian's chromium and chromium-driver are installed by .ci/run");
        Clock nov25 = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        int driverPort;
        try (ServerSocket free = new ServerSocket(0)) {
            driverPort = free.getLocalPort();
        }
        Path out = Path.of("target", "reports").toAbsolutePath();
        Files.createDirectories(out);
        Process driver = new ProcessBuilder(DRIVER.toString(), "--port=" + driverPort)
                .redirectErrorStream(true).redirectOutput(out.resolve("chromedriver.log").toFile()).start();
        try (Service server = new Service(EligibilityAdvisor.withBundledRules(), ServiceOptions.defaults("127.0.0.1",
                0), nov25, new PrintWriter(new StringWriter()))) {
            server.start();
            webDriver = "http://127.0.0.1:" + driverPort;
            waitForDriver();
            Path profile = Files.createTempDirectory("himcert-webdriver");
            ObjectNode caps = MAPPER.createObjectNode();
            ObjectNode options = caps.putObject("capabilities").putObject("alwaysMatch");
            options.put("browserName", "chrome");
            ObjectNode chrome = options.putObject("goog:chromeOptions");
            chrome.put("binary", CHROMIUM.toString());
            for (String arg : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1100,2600", "--user-data-dir=" + profile)) {
                chrome.withArray("args").add(arg);
            }
            session = call("POST", "/session", caps).get("value").get("sessionId").asText();
            try {
                call("POST", "/session/" + session + "/url", Map.of("url", "http://127.0.0.1:" + server.port() + "/"));
                type("#id", "browser-1");
                type("#asOf", "11252026");   // a date field takes the digits in the browser's order (en-US)
                choose("#edu0-level", "HIGH_SCHOOL");
                choose("#edu1-level", "ASSOCIATE");
                choose("#edu1-field", "HIM");
                choose("#edu1-accreditation", "CAHIIM");
                choose("#edu1-status", "FINAL_TERM");
                choose("#exp0-kind", "PRIVACY_SECURITY_MANAGEMENT");
                type("#exp0-months", "17");
                choose("#target", "RHIA");
                click(find("#assess"));
                String rhit = text(find("table.decisions tr:nth-child(2) td:nth-child(2)"));
                String chps = text(find("table.decisions tr:nth-child(7) td:nth-child(2)"));
                String who = text(find("section#report h1"));
                assertThat(who).isEqualTo("Credential advice for browser-1");
                assertThat(rhit).isEqualTo("Can sit now, as a student (early testing)");
                assertThat(chps).startsWith("Not yet: a master's degree or higher"); // C-18: 51 months by the estimate, before 55 more
                assertThat(text(find("#report"))).contains("Plan to the RHIA", "Based on what we were told");
                String png = call("GET", "/session/" + session + "/screenshot", null).get("value").asText();
                Files.write(out.resolve("advisor-page.png"), Base64.getDecoder().decode(png));
                assertThat(Files.size(out.resolve("advisor-page.png"))).isGreaterThan(20_000);

                // a new form: an RHIT since 2025-01-15 with two CEU rows and coursework, read back in the report
                call("POST", "/session/" + session + "/url", Map.of("url", "http://127.0.0.1:" + server.port() + "/"));
                type("#id", "browser-2");
                type("#asOf", "11252026");
                choose("#edu0-level", "ASSOCIATE");
                choose("#edu0-field", "HIM");
                choose("#edu0-accreditation", "CAHIIM");
                choose("#cred0-code", "RHIT");
                type("#cred0-earnedOn", "01152025");
                click(find("#course-CPT_CODING"));
                click(find("#course-ANATOMY_PHYSIOLOGY"));
                type("#ceu0-date", "06012025");
                type("#ceu0-units", "10");
                click(find("#ceu0-ahimaSource"));
                type("#ceu1-date", "03012026");
                type("#ceu1-units", "5");
                click(find("#ceu1-hiimDomain")); // ticked on a new form: this one is outside the HIIM domains
                click(find("#assess"));
                String report = text(find("#report"));
                assertThat(report).contains("Keeping your credentials", "Cycle 2025-01-15 to 2027-01-14",
                        "15 of 20", "RHIT: active", "coursework: CPT coding, anatomy and physiology");
                assertThat(report).contains("CEUs: 2 records, 15 CEUs in all").doesNotContain("CEU records");
                assertThat(text(find("#ceu0-units"))).isEmpty(); // an input shows its value, not text
                assertThat(call("GET", "/session/" + session + "/element/" + find("#ceu1-hiimDomain")
                        + "/selected", null).get("value").asBoolean()).as("the unticked box stays unticked").isFalse();
            } finally {
                call("DELETE", "/session/" + session, null);
            }
        } finally {
            driver.destroy();
            driver.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void waitForDriver() throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                if (call("GET", "/status", null).path("value").path("ready").asBoolean()) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("chromedriver did not start");
    }

    private String find(String css) throws Exception {
        Map<String, String> by = new LinkedHashMap<>();
        by.put("using", "css selector");
        by.put("value", css);
        JsonNode found = call("POST", "/session/" + session + "/element", by).get("value");
        assertThat(found.has(ELEMENT)).as("element %s: %s", css, found).isTrue();
        return found.get(ELEMENT).asText();
    }

    private void type(String css, String text) throws Exception {
        call("POST", "/session/" + session + "/element/" + find(css) + "/value", Map.of("text", text));
    }

    private void choose(String select, String value) throws Exception {
        click(find(select + " option[value='" + value + "']"));
    }

    private void click(String element) throws Exception {
        call("POST", "/session/" + session + "/element/" + element + "/click", Map.of());
    }

    private String text(String element) throws Exception {
        return call("GET", "/session/" + session + "/element/" + element + "/text", null).get("value").asText();
    }

    private JsonNode call(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(webDriver + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        b = switch (method) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
        };
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = MAPPER.readTree(r.body());
        if (r.statusCode() != 200) {
            throw new AssertionError("WebDriver " + method + " " + path + ": " + r.statusCode() + " " + json);
        }
        return json;
    }
}
