package org.himcert.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI document at {@code /openapi.json}, made from its template and the contract's JSON Schemas. */
final class OpenApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenApi() {
    }

    static byte[] document(long maxBody) {
        try (InputStream template = OpenApi.class.getResourceAsStream("/org/himcert/serve/openapi.json")) {
            ObjectNode doc = (ObjectNode) MAPPER.readTree(template);
            ObjectNode schemas = doc.withObjectProperty("components").withObjectProperty("schemas");
            schemas.set("Input", schema("input.schema.json"));
            schemas.set("Output", schema("output.schema.json"));
            doc.withObjectProperty("info").put("x-max-body-bytes", maxBody);
            return MAPPER.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = OpenApi.class.getResourceAsStream("/org/himcert/schema/" + name)) {
            ObjectNode s = (ObjectNode) MAPPER.readTree(in);
            // in a component, the schema's own references point into its own $defs: keep them resolvable
            s.remove("$schema");
            String refs = MAPPER.writeValueAsString(s).replace("\"#/$defs/", "\"#/components/schemas/"
                    + (name.startsWith("input") ? "Input" : "Output") + "/$defs/");
            return MAPPER.readTree(refs);
        }
    }
}
