package org.himcert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.model.CredentialCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in the jar describe what the reader accepts and what the writer writes, so that
 * callers in other languages can validate before they call.
 */
class SchemaTest {

    /** What the reader rejects that JSON Schema cannot say (the input schema's description lists them). */
    private static final Set<String> BEYOND_THE_SCHEMA = Set.of("fractional months written 3.0", "to before from");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema INPUT = schema("input.schema.json");
    private static final Schema OUTPUT = schema("output.schema.json");

    private static Schema schema(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/org/himcert/schema/" + name)) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> errors(Schema schema, JsonNode node) {
        // format "date" is only an annotation in 2020-12 unless assertions are asked for; callers should ask
        return schema.validate(node, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void bothSchemasAreValidDraft2020Schemas() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String name : List.of("input.schema.json", "output.schema.json")) {
            try (InputStream in = SchemaTest.class.getResourceAsStream("/org/himcert/schema/" + name)) {
                assertThat(errors(meta, MAPPER.readTree(in))).as(name).isEmpty();
            }
        }
    }

    @Test
    void exampleInputsValidateAndAreRead() throws Exception {
        List<String> inputs = new ArrayList<>(lines("/json/valid-input.jsonl"));
        inputs.addAll(lines("/json/valid-keeping.jsonl"));
        try (InputStream in = SchemaTest.class.getResourceAsStream("/json/pretty-candidate.json")) {
            inputs.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ContractReader reader = new ContractReader();
        for (String json : inputs) {
            assertThat(errors(INPUT, MAPPER.readTree(json))).as(json).isEmpty();
            assertThat(reader.read(json, 1).candidate().id()).isNotEmpty();
        }
    }

    @Test
    void exampleOutputsValidate() throws IOException {
        List<String> outputs = lines("/json/example-output.jsonl");

        assertThat(outputs).hasSize(4);
        for (String json : outputs) {
            assertThat(errors(OUTPUT, MAPPER.readTree(json))).as(json).isEmpty();
        }
    }

    @Test
    void whatTheWriterWritesValidates() throws Exception {
        ContractWriter writer = new ContractWriter();
        ContractReader reader = new ContractReader();
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        LocalDate asOf = LocalDate.of(2026, 11, 25);
        List<String> written = new ArrayList<>();
        written.add(writer.assessment(ContractWriterTest.sampleAssessment()));
        written.add(writer.plan(ContractWriterTest.samplePlan()));
        written.add(writer.error(new InputException("c-2", 2, "experience[0].to", "must be on or after from")));
        written.add(writer.error(new InputException(null, 3, "", "not valid JSON")));
        List<String> inputs = new ArrayList<>(lines("/json/valid-input.jsonl"));
        inputs.addAll(lines("/json/valid-keeping.jsonl")); // holders: maintenance and the EARN_CEUS step
        for (String json : inputs) {
            InputRecord record = reader.read(json, 1);
            written.add(writer.assessment(advisor.assess(record.candidate(), record.asOf().orElse(asOf))));
            written.add(writer.assessment(advisor.assess(record.candidate(), record.asOf().orElse(asOf),
                    Detail.BRIEF)));
            for (CredentialCode target : CredentialCode.ASSESSED) {
                written.add(writer.plan(advisor.plan(record.candidate(), target, asOf)));
            }
        }
        for (String json : written) {
            assertThat(errors(OUTPUT, MAPPER.readTree(json))).as(json).isEmpty();
        }
    }

    @Test
    void theOutputSchemaRejectsAMissingFieldAndAnUnknownStatus() throws IOException {
        String missing = "{\"id\":\"c-1\",\"asOf\":\"2026-11-25\",\"decisions\":[],\"nextSteps\":[]}";
        String status = "{\"id\":\"c-1\",\"asOf\":\"2026-11-25\",\"rulesVersion\":\"x\",\"decisions\":["
                + "{\"credential\":\"RHIT\",\"status\":\"MAYBE\",\"earlyTesting\":false,\"pathway\":null,"
                + "\"reasons\":[],\"unmet\":[],\"missing\":[],\"recommendations\":[],\"eligibleOn\":null}],"
                + "\"nextSteps\":[]}";

        assertThat(errors(OUTPUT, MAPPER.readTree(missing))).isNotEmpty();
        assertThat(errors(OUTPUT, MAPPER.readTree(status))).isNotEmpty();
    }

    static Stream<Arguments> parsableRejections() {
        // a number beyond a double (1e400) stops the schema validator itself; the reader rejects it (tested there)
        return ContractReaderTest.rejections().filter(a -> !((String) a.get()[0]).startsWith("invalid JSON")
                && !a.get()[0].equals("CEU units beyond a double"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parsableRejections")
    void theInputSchemaRejectsWhatTheReaderRejectsWhereJsonSchemaCanSayIt(String kind, String json) throws Exception {
        List<Error> errors = errors(INPUT, MAPPER.readTree(json));

        assertThatThrownBy(() -> new ContractReader().read(json, 1)).isInstanceOf(InputException.class);
        if (BEYOND_THE_SCHEMA.contains(kind)) {
            assertThat(errors).as(kind).isEmpty();
        } else {
            assertThat(errors).as(kind).isNotEmpty();
        }
    }
}
