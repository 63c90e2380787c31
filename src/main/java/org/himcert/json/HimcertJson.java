package org.himcert.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Detail;
import org.himcert.Gap;
import org.himcert.Maintenance;
import org.himcert.MaintenanceStatus;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.Reason;
import org.himcert.Status;
import org.himcert.StepAction;
import org.himcert.model.Candidate;
import org.himcert.model.CeuRecord;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.Education;
import org.himcert.model.ExamAttempt;
import org.himcert.model.Experience;
import org.himcert.model.HeldCredential;
import org.himcert.model.Parameter;

/**
 * The JSON contract in one call each way, for Java callers: a candidate, an assessment or a plan to its contract
 * JSON, and back. What {@code write} gives, {@code read} takes back equal ({@code assessment(write(a)).equals(a)}),
 * so results can be stored or sent and read again. The command line writes the same text.
 *
 * <pre>{@code
 * String json = HimcertJson.write(advisor.assess(candidate, asOf));
 * Assessment again = HimcertJson.assessment(json);
 * Candidate c = HimcertJson.candidate("{\"id\": \"c-1\", \"education\": []}");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HimcertJson {

    private static final ContractWriter WRITER = new ContractWriter();
    private static final ContractReader READER = new ContractReader();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private HimcertJson() {
    }

    /**
     * An assessment as one line of the contract's output.
     *
     * @param assessment the assessment
     * @return its JSON text
     */
    public static String write(Assessment assessment) {
        return WRITER.assessment(assessment);
    }

    /**
     * A plan as one line of the contract's output.
     *
     * @param plan the plan
     * @return its JSON text
     */
    public static String write(Plan plan) {
        return WRITER.plan(plan);
    }

    /**
     * A candidate as one line of the contract's input: unknown education, experience and CEUs are left out,
     * known-empty ones written as {@code []}.
     *
     * @param candidate the candidate
     * @return its JSON text
     */
    public static String write(Candidate candidate) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", candidate.id());
            if (candidate.education().isPresent()) {
                g.writeArrayFieldStart("education");
                for (Education e : candidate.education().get()) {
                    g.writeStartObject();
                    g.writeStringField("level", e.level().name());
                    optional(g, "field", e.field() == null ? null : e.field().name());
                    optional(g, "accreditation", e.accreditation() == null ? null : e.accreditation().name());
                    optional(g, "association", e.association());
                    g.writeStringField("status", e.status().name());
                    optional(g, "completedOn", e.completedOn());
                    optional(g, "expectedOn", e.expectedOn());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("credentials");
            for (HeldCredential h : candidate.credentials()) {
                g.writeStartObject();
                g.writeStringField("code", h.code().code());
                g.writeStringField("status", h.status().name());
                optional(g, "earnedOn", h.earnedOn());
                optional(g, "name", h.name());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (candidate.experience().isPresent()) {
                g.writeArrayFieldStart("experience");
                for (Experience e : candidate.experience().get()) {
                    g.writeStartObject();
                    g.writeStringField("kind", e.kind().name());
                    g.writeBooleanField("healthcare", e.healthcare());
                    g.writeBooleanField("multiSpecialty", e.multiSpecialty());
                    if (e.months() != null) {
                        g.writeNumberField("months", e.months());
                    }
                    optional(g, "from", e.from());
                    optional(g, "to", e.to());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("coursework");
            for (var area : candidate.coursework().stream().sorted().toList()) {
                g.writeString(area.name());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("examAttempts");
            for (ExamAttempt a : candidate.examAttempts()) {
                g.writeStartObject();
                g.writeStringField("credential", a.credential().code());
                g.writeStringField("date", a.date().toString());
                g.writeStringField("result", a.result().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (candidate.ceus().isPresent()) {
                g.writeArrayFieldStart("ceus");
                for (CeuRecord r : candidate.ceus().get()) {
                    g.writeStartObject();
                    g.writeStringField("date", r.date().toString());
                    g.writeFieldName("units");
                    g.writeNumber(r.units().toPlainString());
                    g.writeBooleanField("hiimDomain", r.hiimDomain());
                    g.writeBooleanField("ahimaSource", r.ahimaSource());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * A candidate from the contract's input, read as strictly as the command line reads it.
     *
     * @param json one candidate's JSON object
     * @return the candidate
     * @throws InputException naming the field and what is accepted when the record breaks the contract
     */
    public static Candidate candidate(String json) throws InputException {
        return READER.read(json, 1).candidate();
    }

    /**
     * An assessment from one line of the contract's output ({@link #write(Assessment)}, full or brief).
     *
     * @param json the assessment's JSON text
     * @return the assessment
     * @throws IllegalArgumentException when the text is not an assessment of the contract
     */
    public static Assessment assessment(String json) {
        JsonNode n = tree(json);
        try {
            boolean brief = !n.has("nextSteps");
            List<Decision> decisions = list(n.get("decisions"), d -> new Decision(code(d.get("credential")),
                    Status.valueOf(d.get("status").asText()), d.get("earlyTesting").asBoolean(),
                    text(d.get("pathway")), list(d.get("reasons"), r -> new Reason(text(r.get("requirement")),
                    text(r.get("text")), text(r.get("source")), parameters(r.get("parameters")))), gaps(d.get("unmet")), strings(d.get("missing")),
                    gaps(d.get("recommendations")), date(d.get("eligibleOn"))));
            List<NextStep> steps = list(n.get("nextSteps"), s -> new NextStep(StepAction.valueOf(s.get("action")
                    .asText()), code(s.get("credential")), text(s.get("why")), date(s.get("eligibleOn")),
                    date(s.get("dueBy"))));
            return new Assessment(n.get("id").asText(), date(n.get("asOf")), n.get("rulesVersion").asText(), decisions,
                    steps, brief ? Detail.BRIEF : Detail.FULL, maintenance(n.get("maintenance")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an assessment of the himcert contract: " + e.getMessage(), e);
        }
    }

    /**
     * A plan from one line of the contract's output ({@link #write(Plan)}).
     *
     * @param json the plan's JSON text
     * @return the plan
     * @throws IllegalArgumentException when the text is not a plan of the contract
     */
    public static Plan plan(String json) {
        JsonNode n = tree(json);
        try {
            return new Plan(n.get("id").asText(), date(n.get("asOf")), code(n.get("target")), steps(n.get("steps")),
                    list(n.get("alternatives"), HimcertJson::steps), date(n.get("expectedArrival")),
                    list(n.get("alternativeArrivals"), HimcertJson::date));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a plan of the himcert contract: " + e.getMessage(), e);
        }
    }

    private static Maintenance maintenance(JsonNode m) {
        if (m == null || m.isNull()) {
            return null;
        }
        return new Maintenance(MaintenanceStatus.valueOf(m.get("status").asText()), text(m.get("reason")),
                date(m.get("cycleStart")), date(m.get("cycleEnd")), decimal(m.get("ceusRequired")),
                decimal(m.get("ceusEarned")), decimal(m.get("ceusNeeded")), decimal(m.get("hiimDomainNeeded")),
                decimal(m.get("ahimaSourceNeeded")), decimal(m.get("hiimDomainRequired")),
                decimal(m.get("ahimaSourceRequired")), list(m.get("credentials"), c -> new Maintenance.Credential(
                code(c.get("code")), CredentialStatus.valueOf(c.get("status").asText()), date(c.get("inactiveOn")),
                date(c.get("revokedOn")), c.get("counted").asBoolean())), strings(m.get("missing")),
                text(m.get("source")), strings(m.get("requirements")), parameters(m.get("parameters")));
    }

    /** Parameter rows as written: a value of unit {@code date} back to a date, numbers, lists and maps as such. */
    private static List<Parameter> parameters(JsonNode rows) {
        return list(rows, p -> new Parameter(p.get("key").asText(), value(p.get("value"), text(p.get("unit"))),
                text(p.get("unit")), date(p.get("from")), p.get("source").asText()));
    }

    private static Object value(JsonNode v, String unit) {
        if ("date".equals(unit) && v.isTextual()) {
            return LocalDate.parse(v.asText());
        }
        if (v.isInt()) {
            return v.asInt();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(i -> items.add(value(i, null)));
            return items;
        }
        if (v.isObject()) {
            java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
            v.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue(), null)));
            return map;
        }
        return v.asText();
    }

    private static List<PlanStep> steps(JsonNode steps) {
        return list(steps, s -> new PlanStep(StepAction.valueOf(s.get("action").asText()), code(s.get("credential")),
                strings(s.get("needs")), date(s.get("earliest")), date(s.get("expectedOn"))));
    }

    private static List<Gap> gaps(JsonNode gaps) {
        return list(gaps, g -> new Gap(text(g.get("pathway")), text(g.get("requirement")), text(g.get("text")),
                integer(g.get("have")), integer(g.get("need")), text(g.get("unit")), text(g.get("source")),
                parameters(g.get("parameters"))));
    }

    private static JsonNode tree(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(n -> items.add(item.apply(n)));
        }
        return items;
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.intValue();
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }

    private static CredentialCode code(JsonNode n) {
        return n == null || n.isNull() ? null : CredentialCode.fromCode(n.asText());
    }

    private static void optional(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }
}
