package org.himcert.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import org.himcert.Assessment;
import org.himcert.Decision;
import org.himcert.Detail;
import org.himcert.Gap;
import org.himcert.Maintenance;
import org.himcert.NextStep;
import org.himcert.Plan;
import org.himcert.PlanStep;
import org.himcert.Reason;
import org.himcert.Status;
import org.himcert.model.CredentialCode;
import org.himcert.model.Dates;
import org.himcert.model.Parameter;

/**
 * Writes results of the JSON contract, one record per line: assessments, plans and error records.
 *
 * <p>The layout is fixed so that callers in any language, and diffs of two runs, can rely on it:
 * <ul>
 *   <li>fields come in the contract's order; every field is written in every record;</li>
 *   <li>a value that does not apply is written as {@code null} ({@code pathway}, {@code eligibleOn},
 *       {@code have}, {@code need}, {@code unit}, a step's {@code credential} and {@code earliest}); lists are
 *       written empty, never null;</li>
 *   <li>the one exception is the error record's {@code id}, left out when the record's id could not be read,
 *       as the contract says ("when readable");</li>
 *   <li>credentials are written as their contract codes ({@code CCS-P}), dates as {@code YYYY-MM-DD}.</li>
 * </ul>
 * {@code src/main/resources/org/himcert/schema/output.schema.json} describes the same layout.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContractWriter {

    private final JsonFactory json = JsonFactory.builder().build();

    /** A writer. */
    public ContractWriter() {
        // nothing to configure: the layout is the contract's
    }

    /**
     * The assessment as one JSON line (without the line end):
     * {@code {"id", "asOf", "rulesVersion", "decisions": [...], "nextSteps": [...]}}; for a
     * {@link Detail#BRIEF brief} assessment each decision is only {@code {"credential", "status", "earlyTesting",
     * "pathway", "eligibleOn"}} and there is no {@code nextSteps} (the contract's {@code --brief}).
     *
     * @param assessment the assessment
     * @return the JSON text
     */
    public String assessment(Assessment assessment) {
        return write(assessmentBody(assessment));
    }

    /**
     * The assessment as one JSON line in UTF-8 (without the line end), the same text as {@link #assessment}: for a
     * caller that writes bytes, so that no string is built and encoded again.
     *
     * @param assessment the assessment
     * @return the JSON text's UTF-8 bytes
     */
    public byte[] assessmentUtf8(Assessment assessment) {
        return writeUtf8(assessmentBody(assessment));
    }

    private static Body assessmentBody(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        return g -> {
            g.writeStartObject();
            g.writeStringField("id", assessment.candidateId());
            date(g, "asOf", assessment.asOf());
            g.writeStringField("rulesVersion", assessment.rulesVersion());
            g.writeArrayFieldStart("decisions");
            boolean brief = assessment.detail() == Detail.BRIEF;
            for (Decision d : assessment.decisions()) {
                if (brief) {
                    briefDecision(g, d);
                } else {
                    decision(g, d);
                }
            }
            g.writeEndArray();
            if (brief) {
                maintenance(g, assessment.maintenance(), false);
                g.writeEndObject();
                return;
            }
            g.writeArrayFieldStart("nextSteps");
            for (NextStep s : assessment.nextSteps()) {
                g.writeStartObject();
                g.writeStringField("action", s.action().name());
                credential(g, "credential", s.credential());
                g.writeStringField("why", s.why());
                date(g, "eligibleOn", s.eligibleOn());
                if (s.dueBy() != null) {
                    date(g, "dueBy", s.dueBy());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            maintenance(g, assessment.maintenance(), true);
            g.writeEndObject();
        };
    }

    /**
     * The plan as one JSON line (without the line end):
     * {@code {"id", "asOf", "target", "expectedArrival", "steps": [...], "alternatives": [[...], ...],
     * "alternativeArrivals": [...]}}, each step {@code {"action", "credential", "needs", "earliest",
     * "expectedOn"}}. ({@code asOf} and the expected dates are more than the contract asks: the dates of a plan
     * depend on the as-of date, and routes are ranked by when they are expected to reach the target, with typical
     * program lengths and experience accruing from the as-of date.)
     *
     * @param plan the plan
     * @return the JSON text
     */
    public String plan(Plan plan) {
        return write(planBody(plan));
    }

    /**
     * The plan as one JSON line in UTF-8 (without the line end), the same text as {@link #plan}.
     *
     * @param plan the plan
     * @return the JSON text's UTF-8 bytes
     */
    public byte[] planUtf8(Plan plan) {
        return writeUtf8(planBody(plan));
    }

    private static Body planBody(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return g -> {
            g.writeStartObject();
            g.writeStringField("id", plan.candidateId());
            date(g, "asOf", plan.asOf());
            credential(g, "target", plan.target());
            date(g, "expectedArrival", plan.expectedArrival());
            g.writeArrayFieldStart("steps");
            steps(g, plan.steps());
            g.writeEndArray();
            g.writeArrayFieldStart("alternatives");
            for (List<PlanStep> route : plan.alternatives()) {
                g.writeStartArray();
                steps(g, route);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("alternativeArrivals");
            for (LocalDate arrival : plan.alternativeArrivals()) {
                if (arrival == null) {
                    g.writeNull();
                } else {
                    g.writeString(arrival.toString());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    /**
     * The error record for a rejected input record, as one JSON line (without the line end):
     * {@code {"id", "error": {"line", "path", "message"}}}, the id only when it could be read.
     *
     * @param rejected the rejection
     * @return the JSON text
     */
    public String error(InputException rejected) {
        Objects.requireNonNull(rejected, "rejected");
        return error(rejected.id().orElse(null), rejected.line(), rejected.path(), rejected.getMessage());
    }

    /**
     * An error record, as one JSON line (without the line end).
     *
     * @param id      the record's id, or null when it could not be read (the field is then left out)
     * @param line    the 1-based line on which the record starts
     * @param path    the field path at fault, empty for the record as a whole
     * @param message what was wrong and what is accepted; it must repeat no input value
     * @return the JSON text
     */
    public String error(String id, long line, String path, String message) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        return write(g -> {
            g.writeStartObject();
            if (id != null) {
                g.writeStringField("id", id);
            }
            g.writeObjectFieldStart("error");
            g.writeNumberField("line", line);
            g.writeStringField("path", path);
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndObject();
        });
    }
    /**
     * An error about a request as a whole (the service's: an empty body, an unknown route, a wrong method, a bad
     * query parameter), as one JSON text: {@code {"error": {"line": null, "path": ..., "message": ...}}}.
     *
     * @param path    the query parameter at fault, or empty
     * @param message what was wrong and what is accepted
     * @return the JSON text
     */
    public String requestError(String path, String message) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeNullField("line");
            g.writeStringField("path", path);
            g.writeStringField("message", message);
            g.writeEndObject();
            g.writeEndObject();
        });
    }


    /**
     * The maintenance answer, present only for a holder of an AHIMA credential (contract "Keeping credentials"); its
     * parameter rows in the full output only.
     */
    private static void maintenance(JsonGenerator g, Maintenance m, boolean full) throws IOException {
        if (m == null) {
            return;
        }
        g.writeObjectFieldStart("maintenance");
        g.writeStringField("status", m.status().name());
        g.writeStringField("reason", m.reason());
        date(g, "cycleStart", m.cycleStart());
        date(g, "cycleEnd", m.cycleEnd());
        decimal(g, "ceusRequired", m.ceusRequired());
        decimal(g, "ceusEarned", m.ceusEarned());
        decimal(g, "ceusNeeded", m.ceusNeeded());
        decimal(g, "hiimDomainNeeded", m.hiimDomainNeeded());
        decimal(g, "ahimaSourceNeeded", m.ahimaSourceNeeded());
        decimal(g, "hiimDomainRequired", m.hiimDomainRequired());
        decimal(g, "ahimaSourceRequired", m.ahimaSourceRequired());
        g.writeArrayFieldStart("credentials");
        for (Maintenance.Credential c : m.credentials()) {
            g.writeStartObject();
            credential(g, "code", c.code());
            g.writeStringField("status", c.status().name());
            date(g, "inactiveOn", c.inactiveOn());
            date(g, "revokedOn", c.revokedOn());
            g.writeBooleanField("counted", c.counted());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missing");
        for (String s : m.missing()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("source", m.source());
        g.writeArrayFieldStart("requirements");
        for (String r : m.requirements()) {
            g.writeString(r);
        }
        g.writeEndArray();
        if (full) {
            parameters(g, m.parameters());
        }
        g.writeEndObject();
    }

    private static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.toPlainString()); // Maintenance keeps its numbers without trailing zeros
        }
    }

    /** A decision's first fields, which both shapes write: credential, status, earlyTesting, pathway. */
    private static void decisionHead(JsonGenerator g, Decision d) throws IOException {
        g.writeStartObject();
        g.writeFieldName(CREDENTIAL);
        g.writeString(CODES.get(d.credential()));
        g.writeFieldName(STATUS);
        g.writeString(STATUSES.get(d.status()));
        g.writeFieldName(EARLY_TESTING);
        g.writeBoolean(d.earlyTesting());
        ruleText(g, PATHWAY, d.pathway());
    }

    private static void briefDecision(JsonGenerator g, Decision d) throws IOException {
        decisionHead(g, d);
        date(g, ELIGIBLE_ON, d.eligibleOn());
        g.writeEndObject();
    }

    private static void decision(JsonGenerator g, Decision d) throws IOException {
        decisionHead(g, d);
        g.writeArrayFieldStart("reasons");
        for (Reason r : d.reasons()) {
            g.writeStartObject();
            ruleText(g, REQUIREMENT, r.requirement());
            ruleText(g, TEXT, r.text());
            ruleText(g, SOURCE, r.source());
            parameters(g, r.parameters());
            g.writeEndObject();
        }
        g.writeEndArray();
        gaps(g, "unmet", d.unmet());
        g.writeArrayFieldStart("missing");
        for (String m : d.missing()) {
            g.writeString(m);
        }
        g.writeEndArray();
        gaps(g, "recommendations", d.recommendations());
        date(g, ELIGIBLE_ON, d.eligibleOn());
        g.writeEndObject();
    }

    private static void gaps(JsonGenerator g, String name, List<Gap> gaps) throws IOException {
        g.writeArrayFieldStart(name);
        for (Gap gap : gaps) {
            g.writeStartObject();
            ruleText(g, PATHWAY, gap.pathway());
            ruleText(g, REQUIREMENT, gap.requirement());
            ruleText(g, TEXT, gap.text());
            integer(g, HAVE, gap.have());
            integer(g, NEED, gap.need());
            ruleText(g, UNIT, gap.unit());
            ruleText(g, SOURCE, gap.source());
            parameters(g, gap.parameters());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The parameter rows that decided, {@code "parameters": [{"key", "value", "unit", "from", "source"}, ...]}: each
     * row encoded once, the first time it is written, and copied as bytes from then on.
     */
    private static void parameters(JsonGenerator g, List<Parameter> rows) throws IOException {
        g.writeFieldName(PARAMETERS);
        g.writeStartArray();
        for (Parameter p : rows) {
            SerializedString encoded = PARAMETER_ROWS.get(p);
            if (encoded == null) {
                encoded = new SerializedString(encode(p));
                if (PARAMETER_ROWS.size() < MAX_RULE_TEXTS) {
                    PARAMETER_ROWS.putIfAbsent(p, encoded);
                }
            }
            g.writeRawValue(encoded);
        }
        g.writeEndArray();
    }

    private static String encode(Parameter p) throws IOException {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = ROW_FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("key", p.key());
            g.writeFieldName("value");
            value(g, p.value());
            g.writeStringField("unit", p.unit());
            date(g, "from", p.from());
            g.writeStringField("source", p.source());
            g.writeEndObject();
        }
        return out.toString();
    }

    /** A parameter's value: a number, yes/no, date, text, or lists and maps of them. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof LocalDate d) {
            dateValue(g, d);
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(e.getKey().toString());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(String.valueOf(v));
        }
    }

    private static final SerializedString PARAMETERS = new SerializedString("parameters");
    private static final JsonFactory ROW_FACTORY = JsonFactory.builder().build();
    /** Each parameter row written so far, encoded; bounded like the rule texts. */
    private static final Map<Parameter, SerializedString> PARAMETER_ROWS = new ConcurrentHashMap<>();

    // The names and the rules' own texts (ids, conditions, units, sources) that every decision repeats, encoded once.
    private static final SerializedString PATHWAY = new SerializedString("pathway");
    private static final SerializedString REQUIREMENT = new SerializedString("requirement");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString HAVE = new SerializedString("have");
    private static final SerializedString NEED = new SerializedString("need");
    private static final SerializedString UNIT = new SerializedString("unit");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString CREDENTIAL = new SerializedString("credential");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString EARLY_TESTING = new SerializedString("earlyTesting");
    private static final SerializedString ELIGIBLE_ON = new SerializedString("eligibleOn");
    /** The contract's credential codes and decision statuses, encoded once. */
    private static final Map<CredentialCode, SerializedString> CODES = encoded(CredentialCode.class,
            CredentialCode::code);
    private static final Map<Status, SerializedString> STATUSES = encoded(Status.class, Status::name);
    /** The rule base's texts seen so far, encoded; bounded, as a rule base has only so many. */
    private static final Map<String, SerializedString> RULE_TEXTS = new ConcurrentHashMap<>();
    private static final int MAX_RULE_TEXTS = 4096;

    private static <E extends Enum<E>> Map<E, SerializedString> encoded(Class<E> type,
                                                                       java.util.function.Function<E, String> text) {
        Map<E, SerializedString> map = new java.util.EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, new SerializedString(text.apply(e)));
        }
        return map;
    }

    /** A field whose value comes from a rule's metadata or a parameter: the same few texts over and over. */
    private static void ruleText(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
            return;
        }
        SerializedString encoded = RULE_TEXTS.get(value);
        if (encoded == null) {
            encoded = new SerializedString(value);
            if (RULE_TEXTS.size() < MAX_RULE_TEXTS) {
                RULE_TEXTS.putIfAbsent(value, encoded);
            }
        }
        g.writeString(encoded);
    }

    private static void steps(JsonGenerator g, List<PlanStep> steps) throws IOException {
        for (PlanStep s : steps) {
            g.writeStartObject();
            g.writeStringField("action", s.action().name());
            credential(g, "credential", s.credential());
            g.writeArrayFieldStart("needs");
            for (String n : s.needs()) {
                g.writeString(n);
            }
            g.writeEndArray();
            date(g, "earliest", s.earliest());
            date(g, "expectedOn", s.expectedOn());
            g.writeEndObject();
        }
    }

    private static void credential(JsonGenerator g, String name, CredentialCode code) throws IOException {
        g.writeFieldName(name);
        if (code == null) {
            g.writeNull();
        } else {
            g.writeString(CODES.get(code));
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate date) throws IOException {
        g.writeFieldName(name);
        dateValue(g, date);
    }

    private static void date(JsonGenerator g, SerializedString name, LocalDate date) throws IOException {
        g.writeFieldName(name);
        dateValue(g, date);
    }

    private static void dateValue(JsonGenerator g, LocalDate date) throws IOException {
        // LocalDate prints YYYY-MM-DD for the years the contract accepts; a date computed beyond them (a wait
        // after an attempt on 9999-12-31) has no such form and is written as null, as the schema allows
        if (date != null && Dates.inRange(date)) {
            g.writeString(date.toString());
        } else {
            g.writeNull();
        }
    }

    private static void integer(JsonGenerator g, SerializedString name, Integer value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value);
        }
    }

    private byte[] writeUtf8(Body body) {
        Utf8Buffer out = BUFFER.get();
        out.reset();
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (out.capacity() > MAX_KEPT_BUFFER) {
                BUFFER.remove(); // one very large record does not keep its buffer's size for the thread's life
            }
        }
        return out.toByteArray();
    }

    /** A buffer kept per thread up to this size (bytes); a full assessment is about 8 KB. */
    static final int MAX_KEPT_BUFFER = 256 * 1024;

    /**
     * Each thread's output buffer, reused from record to record: the bytes are copied out once, into the array
     * returned, instead of a new buffer growing (and being copied) for every record.
     */
    private static final ThreadLocal<Utf8Buffer> BUFFER = ThreadLocal.withInitial(Utf8Buffer::new);

    /** A byte buffer that tells its capacity, so that an outsized one is not kept. */
    private static final class Utf8Buffer extends ByteArrayOutputStream {
        Utf8Buffer() {
            super(16 * 1024);
        }

        int capacity() {
            return buf.length;
        }
    }

    private String write(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = json.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            // a StringWriter does not fail; Jackson declares the exception for other targets
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What one record writes. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
