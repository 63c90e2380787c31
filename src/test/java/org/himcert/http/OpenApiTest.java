package org.himcert.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document is what code generators need (it parses with no message, each operation has an id
 * and an example, the errors are described) and it tells the truth: every answer these requests get validates
 * against the schema the document gives for its route, method, status and content type.
 */
class OpenApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static TestService service;
    private static JsonNode doc;
    private static String text;
    private static final java.util.Set<String> answered = new java.util.TreeSet<>();

    @BeforeAll
    static void start() throws Exception {
        service = new TestService().start();
        Raw.Answer a = Raw.exchange(service.port(), "GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        text = a.body();
        doc = MAPPER.readTree(text);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    @Test
    void aRealOpenApiParserReadsItWithNoMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/v1/assess", "/v1/plan", "/v1/report", "/v1/compare", "/health",
                "/ready", "/metrics", "/v1/rules", "/openapi.json", "/");
        assertThat(parsed.getOpenAPI().getServers()).isNotEmpty();
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKeys("bearerToken", "pageBasic");
        assertThat(parsed.getOpenAPI().getComponents().getSchemas()).containsKeys("Candidate", "Assessment",
                "BriefAssessment", "Plan", "Error");
    }

    @Test
    void everyOperationHasAnIdAndEveryContractOperationAnExampleAndItsErrors() {
        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            for (Iterator<Map.Entry<String, JsonNode>> ops = paths.next().getValue().fields(); ops.hasNext(); ) {
                ids.add(ops.next().getValue().get("operationId").asText());
            }
        }
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().hasSize(11);
        for (String path : List.of("/v1/assess", "/v1/plan", "/v1/report", "/v1/compare")) {
            JsonNode post = doc.get("paths").get(path).get("post");
            assertThat(post.at("/requestBody/content/application~1json/examples").size()).as(path).isPositive();
            assertThat(post.get("responses").fieldNames()).toIterable().as(path).contains("200", "400", "401", "413",
                    "503");
        }
        assertThat(text).doesNotContain("#/$defs/");
    }

    /** Validates the answer against the document's schema for the route, method, status and content type. */
    private static void assertDocumented(String path, String method, Raw.Answer a) throws Exception {
        answered.add(method + " " + path + " " + a.status());
        JsonNode response = doc.get("paths").get(path).get(method).get("responses").get(Integer.toString(a.status()));
        assertThat(response).as("%s %s %d is documented", method, path, a.status()).isNotNull();
        String at = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method + "/responses/"
                + a.status();
        if (response.has("$ref")) {
            at = response.get("$ref").asText().substring(1);
            response = doc.at(at);
        }
        String type = a.headers().getOrDefault("content-type", "").split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            return; // no body (204, HEAD)
        }
        assertThat(response.get("content").has(type)).as("%s %s %d as %s", method, path, a.status(), type).isTrue();
        if (!type.endsWith("json")) {
            return;
        }
        ObjectNode root = doc.deepCopy();
        root.put("$ref", "#" + at + "/content/" + type.replace("/", "~1") + "/schema");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
        if (type.equals("application/x-ndjson")) {
            for (String line : a.body().lines().toList()) {
                assertThat(schema.validate(MAPPER.readTree(line), c -> c.executionConfig(e -> e.locale(Locale.ENGLISH))))
                        .as(line).isEmpty();
            }
        } else {
            assertThat(schema.validate(MAPPER.readTree(a.body()), c -> c.executionConfig(e -> e.locale(Locale.ENGLISH))))
                    .as(a.body()).isEmpty();
        }
    }

    private static Raw.Answer post(String target, String type, String body) throws Exception {
        return Raw.exchange(service.port(), "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                + "\r\nContent-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    private static Raw.Answer get(String target) throws Exception {
        return Raw.exchange(service.port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    @Test
    void everyAnswerTheseRequestsGetIsTheOneTheDocumentDescribes() throws Exception {
        String example = doc.at("/paths/~1v1~1assess/post/requestBody/content/application~1json/examples/one/value")
                .toString();
        String lines = example + "\n{\"id\":\"bad\",\"nickname\":1}\n";
        String array = "[" + example + ",{\"id\":\"bad\",\"nickname\":1}]";

        assertDocumented("/v1/assess", "post", post("/v1/assess", "application/json", example));
        assertDocumented("/v1/assess", "post", post("/v1/assess?brief=true", "application/json", example));
        assertDocumented("/v1/assess", "post", post("/v1/assess", "application/x-ndjson", lines));
        assertDocumented("/v1/assess", "post", post("/v1/assess?brief=true", "application/json", array));
        assertDocumented("/v1/assess", "post", post("/v1/assess", "application/json", "{\"id\":\"bad\",\"x\":1}"));
        assertDocumented("/v1/assess", "post", post("/v1/assess?asof=2026-01-01", "application/json", example));
        assertDocumented("/v1/plan", "post", post("/v1/plan?target=RHIA", "application/json", example));
        assertDocumented("/v1/plan", "post", post("/v1/plan?target=RHIA", "application/json", array));
        assertDocumented("/v1/plan", "post", post("/v1/plan?target=RHIA", "application/x-ndjson", lines));
        assertDocumented("/v1/plan", "post", post("/v1/plan", "application/json", example));
        assertDocumented("/v1/report", "post", post("/v1/report?target=CHPS", "application/json", example));
        assertDocumented("/v1/report", "post", post("/v1/report", "application/json", "{\"id\":\"bad\",\"x\":1}"));
        assertDocumented("/v1/rules", "get", get("/v1/rules"));
        assertDocumented("/health", "get", get("/health"));
        assertDocumented("/ready", "get", get("/ready"));
        assertDocumented("/metrics", "get", get("/metrics"));
        assertDocumented("/openapi.json", "get", get("/openapi.json"));
        assertDocumented("/", "get", get("/"));
        assertDocumented("/", "post", post("/", "application/x-www-form-urlencoded", "id=p-1&asOf=2026-11-25"));
        assertDocumented("/v1/assess", "post", Raw.exchange(service.port(), "PUT /v1/assess HTTP/1.1\r\nHost:"
                + " 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));

        // and the check can fail: an assessment is not what the plan route documents
        Raw.Answer assessment = post("/v1/assess", "application/json", example);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertDocumented("/v1/plan", "post", assessment))
                .isInstanceOf(AssertionError.class);
        assertThat(answered).contains("post /v1/assess 200", "post /v1/assess 400", "post /v1/plan 200",
                "post /v1/plan 400", "post /v1/report 200", "post /v1/report 400", "post /v1/assess 405",
                "get / 200", "post / 200");
    }
}
