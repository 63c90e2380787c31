package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's mistake is a 4xx with the contract's error record (valid against the published schema, "line": null),
 * on every route, whatever the mistake: never a 500, never a server's HTML page.
 */
class ClientMistakesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema OUTPUT;

    static {
        try (InputStream in = ClientMistakesTest.class.getResourceAsStream("/org/himcert/schema/output.schema.json")) {
            OUTPUT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestService service;

    @BeforeAll
    static void start() throws Exception {
        service = new TestService().start();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    private static Raw.Answer send(String request) throws Exception {
        return Raw.exchange(service.port(), request);
    }

    private static String post(String target, String type, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                + body;
    }

    private static String get(String target) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    }

    /** A 4xx whose body is one error record about the request, valid against the schema. */
    private static JsonNode assertRequestError(Raw.Answer a, int status) throws Exception {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.headers().get("content-type")).startsWith("application/json");
        JsonNode error = MAPPER.readTree(a.body());
        assertThat(OUTPUT.validate(error, ctx -> ctx.executionConfig(c -> c.locale(Locale.ENGLISH)))).as(a.body())
                .isEmpty();
        assertThat(error.get("error").get("line").isNull()).isTrue();
        assertThat(a.body()).doesNotContain("Exception", "\tat ", "<html");
        return error.get("error");
    }

    private static final String ONE = "{\"id\":\"m-1\",\"education\":[]}";

    @Test
    void anUnknownOrMisspelledQueryParameterIsRefusedNamingWhatTheRouteTakes() throws Exception {
        JsonNode misspelled = assertRequestError(send(post("/v1/assess?asof=2020-01-01", "application/json", ONE)),
                400);
        JsonNode brief = assertRequestError(send(post("/v1/assess?brief=yes", "application/json", ONE)), 400);
        JsonNode twice = assertRequestError(send(post("/v1/plan?target=RHIA&target=CCA", "application/json", ONE)),
                400);
        JsonNode none = assertRequestError(send(get("/v1/rules?verbose=1")), 400);
        JsonNode health = assertRequestError(send(get("/health?verbose=1")), 400);

        assertThat(misspelled.get("path").asText()).isEqualTo("asof");
        assertThat(misspelled.get("message").asText()).isEqualTo("/v1/assess takes the query parameters asOf, brief"
                + " (names are case-sensitive)");
        assertThat(brief.get("path").asText()).isEqualTo("brief");
        assertThat(brief.get("message").asText()).isEqualTo("brief must be true or false");
        assertThat(twice.get("message").asText()).isEqualTo("target is given twice");
        assertThat(none.get("message").asText()).isEqualTo("/v1/rules takes no query parameter");
        assertThat(health.get("message").asText()).isEqualTo("/health takes no query parameter");
    }

    @Test
    void badPercentEncodingAFarDateAndAnOversizedBodyAreTheClientsMistakes() throws Exception {
        JsonNode encoding = assertRequestError(send(post("/v1/assess?asOf=%zz", "application/json", ONE)), 400);
        JsonNode far = assertRequestError(send(post("/v1/report?asOf=99999-01-01", "application/json", ONE)), 400);
        JsonNode large = assertRequestError(send("POST /v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                + " application/json\r\nContent-Length: 9999999\r\nConnection: close\r\n\r\n{"), 413);

        String spaces = " ".repeat(70_000);
        JsonNode chunked = assertRequestError(send("POST /v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                + " application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(spaces.length() + 2) + "\r\n" + spaces + "{}\r\n0\r\n\r\n"), 413);

        assertThat(chunked.get("message").asText()).contains("65536 bytes");
        assertThat(encoding.get("message").asText()).startsWith("the query or form is not well-formed");
        assertThat(far.get("path").asText()).isEqualTo("asOf");
        assertThat(large.get("message").asText()).contains("65536 bytes");
    }

    @Test
    void brokenHttpIsAnsweredByTheServerAsAnErrorRecordToo() throws Exception {
        Raw.Answer chunk = send("POST /v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        Raw.Answer shortBody = send("POST /v1/assess HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 500\r\nConnection: close\r\n\r\n" + ONE);
        Raw.Answer headers = send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(40_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(chunk.status()).isBetween(400, 499);
        assertRequestError(chunk, chunk.status());
        assertThat(shortBody.status()).isBetween(400, 499);
        assertRequestError(shortBody, shortBody.status());
        assertThat(headers.status()).isBetween(400, 499);
        assertRequestError(headers, headers.status());
    }

    @Test
    void methodsRoutesHeadAndOptionsAnswerAsHttpSays() throws Exception {
        Raw.Answer method = send(get("/v1/assess"));
        Raw.Answer route = send(get("/v2/assess"));
        Raw.Answer head = send("HEAD /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Raw.Answer options = send("OPTIONS /v1/plan HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertRequestError(method, 405);
        assertThat(method.headers().get("allow")).isEqualTo("POST, OPTIONS");
        assertRequestError(route, 404);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.headers().get("allow")).isEqualTo("POST, OPTIONS");
    }

    @Test
    void aJsonArrayOfCandidatesIsABatchAnsweredWithAnArrayInInputOrder() throws Exception {
        String array = "[{\"id\":\"a-1\",\"education\":[]}, 7, {\"id\":\"a-3\",\"nickname\":1}, {\"id\":\"a-4\"}]";
        Raw.Answer a = send(post("/v1/assess?asOf=2026-11-25", "application/json", array));

        assertThat(a.status()).isEqualTo(200);
        JsonNode answers = MAPPER.readTree(a.body());
        assertThat(answers.isArray()).isTrue();
        assertThat(answers).hasSize(4);
        assertThat(answers.get(0).get("id").asText()).isEqualTo("a-1");
        assertThat(answers.get(1).get("error").get("line").asInt()).isEqualTo(2);
        assertThat(answers.get(2).get("error").get("path").asText()).isEqualTo("nickname");
        assertThat(answers.get(3).get("id").asText()).isEqualTo("a-4");
        assertThat(MAPPER.readTree(send(post("/v1/assess", "application/json", "[]")).body())).isEmpty();
    }

    @Test
    void aLineBreakInThePathCannotForgeALineOfTheLog() throws Exception {
        send(get("/v1/%0aFORGED%20200%0d/x"));
        send(get("/%0a%0dhimcert%20serve:%20zz%20GET%20/v1/assess%20200"));

        // the line is written once the answer is complete, which may be just after the client has it
        long until = System.nanoTime() + 5_000_000_000L;
        while (!service.log.toString().contains("FORGED 200\\x0d/x 4") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        List<String> lines = service.log.toString().lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("FORGED") || l.startsWith("himcert serve: zz"));
        assertThat(lines).anyMatch(l -> l.contains(" GET /v1/\\x0aFORGED 200\\x0d/x 4"));
    }
}
