package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.himcert.EligibilityAdvisor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code himcert serve} over a real socket on 127.0.0.1, on a free port. */
class ServiceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String MARIA = "{\"id\":\"secret-id-42\",\"asOf\":\"2026-11-25\",\"education\":["
            + "{\"level\":\"ASSOCIATE\",\"field\":\"HIM\",\"accreditation\":\"CAHIIM\",\"status\":\"FINAL_TERM\"},"
            + "{\"level\":\"BACHELOR\",\"field\":\"OTHER\",\"accreditation\":\"FOREIGN\",\"association\":\"Zzyzx\"}],"
            + "\"experience\":[{\"kind\":\"PRIVACY_SECURITY_MANAGEMENT\",\"from\":\"2025-06-01\"}]}";
    private static final StringWriter LOG = new StringWriter();
    private static Service server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Clock nov25 = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
        ServiceOptions d = ServiceOptions.defaults("127.0.0.1", 0);
        server = new Service(EligibilityAdvisor.withBundledRules(), new ServiceOptions(d.host(), d.port(), 64 * 1024,
                4, d.queueWait(), d.deadline(), d.idleTimeout(), d.tokens(), false, null, null, List.of(), List.of(),
                d.drain()), nov25, new PrintWriter(LOG, true));
        server.start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // a kept-alive connection the server closed as idle just as the client reused it: the request never
            // arrived (no byte came back), and the JDK's client retries only idempotent methods; once more, on a
            // fresh connection
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String type(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void assessAnswersOneCandidateInTheContract() throws Exception {
        HttpResponse<String> full = post("/v1/assess", Replies.JSON, MARIA);
        HttpResponse<String> brief = post("/v1/assess?brief=true", Replies.JSON, MARIA);

        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(type(full)).startsWith("application/json");
        JsonNode a = MAPPER.readTree(full.body());
        assertThat(a.get("id").asText()).isEqualTo("secret-id-42");
        assertThat(a.get("decisions").get(0).get("status").asText()).isEqualTo("ELIGIBLE");
        assertThat(a.has("nextSteps")).isTrue();
        assertThat(MAPPER.readTree(brief.body()).has("nextSteps")).isFalse();
        assertThat(full.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void jsonLinesGetOneLinePerRecordInOrderAndABadLineItsErrorRecord() throws Exception {
        String body = "{\"id\":\"l-1\",\"education\":[]}\n{\"id\":\"l-2\",\"nickname\":1}\n{\"id\":\"l-3\"}\n";
        HttpResponse<String> r = post("/v1/assess", Replies.NDJSON, body);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(type(r)).startsWith(Replies.NDJSON);
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(MAPPER.readTree(lines.get(0)).get("id").asText()).isEqualTo("l-1");
        assertThat(MAPPER.readTree(lines.get(1)).get("error").get("path").asText()).isEqualTo("nickname");
        assertThat(MAPPER.readTree(lines.get(2)).get("id").asText()).isEqualTo("l-3");
    }

    @Test
    void planTakesTheTargetInAnyCase() throws Exception {
        HttpResponse<String> r = post("/v1/plan?target=rhia", Replies.JSON, MARIA);
        HttpResponse<String> none = post("/v1/plan", Replies.JSON, MARIA);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(r.body()).get("target").asText()).isEqualTo("RHIA");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(none.body()).get("error").get("message").asText()).startsWith("target is required");
        assertThat(MAPPER.readTree(none.body()).get("error").get("path").asText()).isEqualTo("target");
    }

    @Test
    void errorsAreTheContractsErrorRecordWithTheirStatus() throws Exception {
        HttpResponse<String> badJson = post("/v1/assess", Replies.JSON, "{\"id\": ");
        HttpResponse<String> badField = post("/v1/assess", Replies.JSON, "{\"id\":\"e-1\",\"experience\":[{}]}");
        HttpResponse<String> empty = post("/v1/assess", Replies.JSON, "");
        HttpResponse<String> tooLarge = post("/v1/assess", Replies.NDJSON, "{\"id\":\"x\"}\n".repeat(8000));
        HttpResponse<String> unknown = get("/v2/assess");
        HttpResponse<String> method = get("/v1/assess");

        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(badJson.body()).get("error").get("message").asText()).startsWith("not valid JSON");
        assertThat(badField.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(badField.body()).get("error").get("path").asText()).isEqualTo("experience[0].kind");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(MAPPER.readTree(tooLarge.body()).get("error").get("message").asText()).contains("65536 bytes");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow")).contains("POST, OPTIONS");
        for (HttpResponse<String> r : List.of(badJson, badField, empty, tooLarge, unknown, method)) {
            assertThat(type(r)).startsWith("application/json");
            assertThat(r.body()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void reportHealthRulesAndTheOpenApiDocument() throws Exception {
        HttpResponse<String> report = post("/v1/report?target=CHPS", Replies.JSON, MARIA);
        HttpResponse<String> health = get("/health");
        HttpResponse<String> rules = get("/v1/rules");
        HttpResponse<String> openapi = get("/openapi.json");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(type(report)).startsWith("text/html");
        assertThat(report.body()).contains("Credential advice for secret-id-42", "Plan to the CHPS");
        assertThat(MAPPER.readTree(health.body()).get("status").asText()).isEqualTo("ok");
        JsonNode r = MAPPER.readTree(rules.body());
        assertThat(r.get("rulesVersion").asText()).isEqualTo(EligibilityAdvisor.withBundledRules().rulesVersion());
        assertThat(r.get("rules").size()).isGreaterThan(50);
        assertThat(r.get("rules").get(0).get("source").asText()).isNotBlank();
        assertThat(r.get("options").has("ccsRegimeSwitch")).isTrue();
        JsonNode doc = MAPPER.readTree(openapi.body());
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").has("/v1/assess")).isTrue();
        assertThat(doc.at("/components/schemas/Candidate/properties/ceus").isMissingNode()).isFalse();
        // every reference resolves inside the document
        Matcher refs = Pattern.compile("\"\\$ref\":\"#([^\"]*)\"").matcher(openapi.body());
        int n = 0;
        while (refs.find()) {
            n++;
            assertThat(doc.at(refs.group(1)).isMissingNode()).as("$ref #%s", refs.group(1)).isFalse();
        }
        assertThat(n).isGreaterThan(20);
    }

    @Test
    void thePageHasALabelForEveryFieldAndShowsTheReportOnTheSamePage() throws Exception {
        HttpResponse<String> page = get("/");
        String form = "id=web-7&asOf=2026-11-25&edu0-level=ASSOCIATE&edu0-field=HIM&edu0-accreditation=CAHIIM"
                + "&edu0-status=FINAL_TERM&experienceNone=yes&target=RHIA";
        HttpResponse<String> posted = post("/", "application/x-www-form-urlencoded", form);
        HttpResponse<String> bad = post("/", "application/x-www-form-urlencoded", "id=web-8&exp0-kind=CODING"
                + "&exp0-months=abc");

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Matcher fields = Pattern.compile("<(?:input|select)[^>]* id=\"([^\"]+)\"").matcher(page.body());
        while (fields.find()) {
            ids.add(fields.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(40);
        for (String id : ids) {
            assertThat(page.body()).as("label for %s", id).contains("<label for=\"" + id + "\"");
        }
        assertThat(page.body()).doesNotContain("<script");
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("<section id=\"report\"", "Can sit now, as a student (early testing)",
                "Plan to the RHIA", "value=\"web-7\"");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("role=\"alert\"", "Experience row 1, its months");
    }

    @Test
    void theLogNamesRequestsNeverACandidatesValues() throws Exception {
        post("/v1/assess", Replies.JSON, MARIA);
        post("/v1/report", Replies.JSON, MARIA);

        String log = LOG.toString();
        assertThat(log).contains(" POST /v1/assess 200 ", " ms");
        assertThat(log).doesNotContain("secret-id-42", "Zzyzx", "2025-06-01");
    }
}
