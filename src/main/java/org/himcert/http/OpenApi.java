package org.himcert.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document at {@code /openapi.json}, for code generators: its template (operations with their ids,
 * examples and error answers, servers, security schemes) with the contract's JSON Schemas put in as components,
 * one per definition (the output schema's assessment, brief assessment, plan and error records, each of their
 * parts; the input schema's candidate as {@code Candidate} and its parts), so that no reference reaches into another
 * schema's {@code $defs}.
 */
final class OpenApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenApi() {
    }

    static byte[] document(long maxBody) {
        try (InputStream template = OpenApi.class.getResourceAsStream("/org/himcert/serve/openapi.json")) {
            ObjectNode doc = (ObjectNode) MAPPER.readTree(template);
            ObjectNode schemas = doc.withObjectProperty("components").withObjectProperty("schemas");
            ObjectNode output = schema("output.schema.json");
            Map<String, String> outputNames = names(output, Set.of());
            put(schemas, output, outputNames);
            ObjectNode input = schema("input.schema.json");
            Map<String, String> inputNames = names(input, Set.copyOf(outputNames.values()));
            put(schemas, input, inputNames);
            ObjectNode candidate = (ObjectNode) rewrite(input, inputNames);
            candidate.remove("$defs");
            schemas.set("Candidate", candidate);
            doc.withObjectProperty("info").put("x-max-body-bytes", maxBody);
            return MAPPER.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode schema(String name) throws IOException {
        try (InputStream in = OpenApi.class.getResourceAsStream("/org/himcert/schema/" + name)) {
            ObjectNode s = (ObjectNode) MAPPER.readTree(in);
            s.remove("$schema");
            s.remove("$id");
            return s;
        }
    }

    /** Each definition's component name: PascalCase, prefixed with Input where the output schema has the name. */
    private static Map<String, String> names(ObjectNode schema, Set<String> taken) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Iterator<String> it = schema.get("$defs").fieldNames(); it.hasNext(); ) {
            String def = it.next();
            String name = Character.toUpperCase(def.charAt(0)) + def.substring(1);
            names.put(def, taken.contains(name) ? "Input" + name : name);
        }
        return names;
    }

    private static void put(ObjectNode schemas, ObjectNode schema, Map<String, String> names) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("$defs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            schemas.set(names.get(def.getKey()), rewrite(def.getValue(), names));
        }
    }

    /** The schema with its references to its own definitions pointing at their components. */
    private static JsonNode rewrite(JsonNode schema, Map<String, String> names) throws IOException {
        String text = MAPPER.writeValueAsString(schema);
        for (Map.Entry<String, String> n : names.entrySet()) {
            text = text.replace("\"#/$defs/" + n.getKey() + "\"", "\"#/components/schemas/" + n.getValue() + "\"");
        }
        return MAPPER.readTree(text);
    }
}
