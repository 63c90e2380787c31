package org.himcert.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.himcert.model.Accreditation;
import org.himcert.model.Candidate;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.Dates;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.ExamAttempt;
import org.himcert.model.ExamResult;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.Field;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;
import org.himcert.model.CeuRecord;
import java.math.BigDecimal;

/**
 * Reads input records of the JSON contract strictly: unknown fields, unknown values, {@code null}, malformed
 * dates, negative or fractional months, {@code to} before {@code from}, a missing required field and a record
 * over 1 MiB are rejected with an {@link InputException} naming the field path and what is accepted.
 * Immutable and thread-safe.
 */
public final class ContractReader {

    /** The largest record accepted, in UTF-8 bytes. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;

    static final String TOO_LARGE = "record is over 1 MiB (" + MAX_RECORD_BYTES
            + " bytes of UTF-8); split it or drop what the contract does not use";

    private static final List<String> CANDIDATE_FIELDS =
            List.of("id", "asOf", "education", "credentials", "experience", "coursework", "examAttempts", "ceus");
    private static final List<String> EDUCATION_FIELDS =
            List.of("level", "field", "accreditation", "association", "status", "completedOn", "expectedOn");
    private static final List<String> CREDENTIAL_FIELDS = List.of("code", "status", "earnedOn", "name");
    private static final List<String> EXPERIENCE_FIELDS =
            List.of("kind", "healthcare", "multiSpecialty", "months", "from", "to");
    private static final List<String> ATTEMPT_FIELDS = List.of("credential", "date", "result");
    private static final CredentialCode[] CREDENTIAL_CODES = CredentialCode.values();
    private static final List<String> CEU_FIELDS = List.of("date", "units", "hiimDomain", "ahimaSource");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** A reader; it holds no state between records. */
    public ContractReader() {
        // nothing to configure: the contract fixes what is accepted
    }

    /**
     * Reads one record from its JSON text.
     *
     * @param json the record's text (one object)
     * @param line the 1-based line on which it starts, reported in errors
     * @return the record
     * @throws InputException if the record breaks the contract
     */
    public InputRecord read(String json, long line) throws InputException {
        if (json.length() > MAX_RECORD_BYTES / 4 && json.getBytes(StandardCharsets.UTF_8).length > MAX_RECORD_BYTES) {
            throw new InputException(null, line, "", TOO_LARGE);
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(idBefore(json), line, JsonSyntax.path(e),
                    "not valid JSON: " + JsonSyntax.describe(e, line));
        }
        if (node == null || node.isMissingNode()) {
            throw new InputException(null, line, "", "empty record: expected one JSON object");
        }
        return read(node, line);
    }

    /**
     * The record's top-level {@code id}, when it is read before the syntax error, so that the error record can
     * name it; null otherwise.
     */
    private String idBefore(String json) {
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (depth == 1 && t == JsonToken.FIELD_NAME && "id".equals(p.currentName())) {
                    String id = p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
                    return id != null && Candidate.isValidId(id) ? id : null;
                }
            }
        } catch (IOException e) {
            // the syntax error came before any id
        }
        return null;
    }

    /**
     * Reads one record cut from an input by {@link RecordStream}.
     *
     * @param raw the record's text, or the reason it was rejected while it was cut out
     * @return the record
     * @throws InputException if the record was rejected (too large, not UTF-8) or breaks the contract
     */
    public InputRecord read(RawRecord raw) throws InputException {
        if (raw instanceof RawRecord.Text text) {
            return read(text.json(), text.line());
        }
        throw new InputException(null, raw.line(), "", ((RawRecord.Rejected) raw).message());
    }

    /**
     * Reads one record already parsed into a tree (JSON, or YAML with the same field names).
     *
     * @param node the record's tree
     * @param line the 1-based line on which it starts, reported in errors
     * @return the record
     * @throws InputException if the record breaks the contract
     */
    public InputRecord read(JsonNode node, long line) throws InputException {
        String id = node.isObject() && node.path("id").isTextual() && Candidate.isValidId(node.get("id").asText())
                ? node.get("id").asText() : null;
        try {
            return new InputRecord(line, candidate(new At(node), id), optionalDate(new At(node), "asOf"));
        } catch (Bad e) {
            throw new InputException(id, line, e.path, e.getMessage());
        }
    }

    private Candidate candidate(At at, String id) throws Bad {
        at.object(CANDIDATE_FIELDS);
        at.required("id");
        String rawId = at.text("id");
        if (id == null || !id.equals(rawId)) {
            throw new Bad(at.path("id"), "must be 1-64 characters, each one of A-Z a-z 0-9 . _ : - (no spaces)");
        }
        Optional<List<Education>> education = Optional.empty();
        if (at.has("education")) {
            List<Education> list = new ArrayList<>();
            for (At e : at.array("education")) {
                list.add(education(e));
            }
            education = Optional.of(list);
        }
        List<HeldCredential> credentials = new ArrayList<>();
        if (at.has("credentials")) {
            for (At c : at.array("credentials")) {
                credentials.add(credential(c));
            }
        }
        Optional<List<Experience>> experience = Optional.empty();
        if (at.has("experience")) {
            List<Experience> list = new ArrayList<>();
            for (At e : at.array("experience")) {
                list.add(experience(e));
            }
            experience = Optional.of(list);
        }
        Set<CourseArea> coursework = EnumSet.noneOf(CourseArea.class);
        if (at.has("coursework")) {
            for (At c : at.array("coursework")) {
                coursework.add(c.enumValue(CourseArea.class, CourseArea.values()));
            }
        }
        List<ExamAttempt> attempts = new ArrayList<>();
        if (at.has("examAttempts")) {
            for (At a : at.array("examAttempts")) {
                attempts.add(attempt(a));
            }
        }
        Optional<List<CeuRecord>> ceus = Optional.empty();
        if (at.has("ceus")) {
            List<CeuRecord> list = new ArrayList<>();
            for (At c : at.array("ceus")) {
                list.add(ceu(c));
            }
            ceus = Optional.of(list);
        }
        return new Candidate(id, education, credentials, experience, coursework, attempts, ceus);
    }

    private CeuRecord ceu(At at) throws Bad {
        at.object(CEU_FIELDS);
        at.required("date");
        at.required("units");
        JsonNode u = at.node.get("units");
        String accepted = "must be a number of CEUs more than 0 and at most " + CeuRecord.MAX_UNITS
                + ", with at most two decimals (e.g. 1.5)";
        if (!u.isNumber() || u.isFloatingPointNumber() && !Double.isFinite(u.doubleValue())) {
            throw new Bad(at.path("units"), accepted);
        }
        BigDecimal units;
        try {
            units = u.isIntegralNumber() ? new BigDecimal(u.bigIntegerValue()) : new BigDecimal(u.asText());
        } catch (NumberFormatException e) {
            throw new Bad(at.path("units"), accepted);
        }
        if (units.signum() <= 0 || units.compareTo(CeuRecord.MAX_UNITS) > 0
                || units.stripTrailingZeros().scale() > 2) {
            throw new Bad(at.path("units"), accepted);
        }
        boolean hiim = !at.has("hiimDomain") || at.bool("hiimDomain");
        boolean ahima = at.has("ahimaSource") && at.bool("ahimaSource");
        return new CeuRecord(optionalDate(at, "date").orElseThrow(), units, hiim, ahima);
    }

    private Education education(At at) throws Bad {
        at.object(EDUCATION_FIELDS);
        at.required("level");
        EducationLevel level = at.field("level").enumValue(EducationLevel.class, EducationLevel.values());
        Field field = at.has("field") ? at.field("field").enumValue(Field.class, Field.values()) : null; // absent: unknown
        Accreditation accreditation = at.has("accreditation")
                ? at.field("accreditation").enumValue(Accreditation.class, Accreditation.values())
                : null; // absent: unknown
        String association = at.has("association") ? at.text("association") : null;
        if (accreditation == Accreditation.FOREIGN && (association == null || association.isBlank())) {
            throw new Bad(at.path("association"), "is required when accreditation is FOREIGN "
                    + "(the approving association, e.g. CHIMA, KMRA, HIMAA)");
        }
        if (accreditation != Accreditation.FOREIGN && association != null) {
            throw new Bad(at.path("association"), "goes only with accreditation FOREIGN");
        }
        ProgramStatus status = at.has("status")
                ? at.field("status").enumValue(ProgramStatus.class, ProgramStatus.values())
                : ProgramStatus.COMPLETED;
        return new Education(level, field, accreditation, association, status, optionalDate(at, "completedOn")
                .orElse(null), optionalDate(at, "expectedOn").orElse(null));
    }

    private HeldCredential credential(At at) throws Bad {
        at.object(CREDENTIAL_FIELDS);
        at.required("code");
        CredentialCode code = at.field("code").credential();
        CredentialStatus status = at.has("status")
                ? at.field("status").enumValue(CredentialStatus.class, CredentialStatus.values())
                : CredentialStatus.ACTIVE;
        String name = at.has("name") ? at.text("name") : null;
        return new HeldCredential(code, status, optionalDate(at, "earnedOn").orElse(null), name);
    }

    private Experience experience(At at) throws Bad {
        at.object(EXPERIENCE_FIELDS);
        at.required("kind");
        ExperienceKind kind = at.field("kind").enumValue(ExperienceKind.class, ExperienceKind.values());
        boolean healthcare = !at.has("healthcare") || at.bool("healthcare");
        boolean multiSpecialty = at.has("multiSpecialty") && at.bool("multiSpecialty");
        if (at.has("months") && at.has("from")) {
            throw new Bad(at.path("months"), "give either months or from (with an optional to), not both");
        }
        if (at.has("to") && !at.has("from")) {
            throw new Bad(at.path("to"), "goes only with from");
        }
        if (at.has("months")) {
            JsonNode m = at.node.get("months");
            if (!m.isIntegralNumber() || !m.canConvertToInt()) {
                throw new Bad(at.path("months"), "must be a whole number >= 0 (e.g. 24, not 24.0 or \"24\")");
            }
            if (m.intValue() < 0) {
                throw new Bad(at.path("months"), "must be >= 0");
            }
            if (m.intValue() > Experience.MAX_MONTHS) {
                throw new Bad(at.path("months"), "must be at most " + Experience.MAX_MONTHS + " (100 years)");
            }
            return new Experience(kind, healthcare, multiSpecialty, m.intValue(), null, null);
        }
        if (!at.has("from")) {
            throw new Bad(at.path("months"), "is required: give months (a whole number >= 0) or from (a date)");
        }
        LocalDate from = optionalDate(at, "from").orElseThrow();
        LocalDate to = optionalDate(at, "to").orElse(null);
        if (to != null && to.isBefore(from)) {
            throw new Bad(at.path("to"), "must be on or after from (the last day worked)");
        }
        return new Experience(kind, healthcare, multiSpecialty, null, from, to);
    }

    private ExamAttempt attempt(At at) throws Bad {
        at.object(ATTEMPT_FIELDS);
        at.required("credential");
        at.required("date");
        at.required("result");
        return new ExamAttempt(at.field("credential").credential(), optionalDate(at, "date").orElseThrow(),
                at.field("result").enumValue(ExamResult.class, ExamResult.values()));
    }

    private static Optional<LocalDate> optionalDate(At at, String name) throws Bad {
        if (!at.node.isObject() || !at.has(name)) {
            return Optional.empty();
        }
        LocalDate date = Dates.parse(at.text(name));
        if (date == null) {
            throw new Bad(at.path(name), "must be a date YYYY-MM-DD that exists in the calendar");
        }
        return Optional.of(date);
    }

    /** A rejected field, before the record's line and id are attached. */
    private static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        private final String path;

        Bad(String path, String message) {
            super(message);
            this.path = path;
        }
    }

    /**
     * A node and where it is: its parent and its field name or array index. The path is spelled out only for an
     * error, so a record that is read without one builds no path.
     */
    private static final class At {
        private final JsonNode node;
        private final At parent;
        private final String field;
        private final int index;

        /** The record itself (its path is empty). */
        At(JsonNode node) {
            this(node, null, null, -1);
        }

        private At(JsonNode node, At parent, String field, int index) {
            this.node = node;
            this.parent = parent;
            this.field = field;
            this.index = index;
        }

        /** The node's path: {@code education[0].level}; empty for the record. */
        String path() {
            if (parent == null) {
                return "";
            }
            return index >= 0 ? parent.path() + "[" + index + "]" : parent.path(field);
        }

        String path(String name) {
            String path = path();
            return path.isEmpty() ? name : path + "." + name;
        }

        void object(List<String> accepted) throws Bad {
            if (!node.isObject()) {
                throw new Bad(path(), "must be a JSON object");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (!accepted.contains(f.getKey())) {
                    throw new Bad(path(f.getKey()), "unknown field; accepted: " + String.join(", ", accepted));
                }
                if (f.getValue().isNull()) {
                    throw new Bad(path(f.getKey()), "null is not accepted; omit the field instead");
                }
            }
        }

        boolean has(String name) {
            return node.has(name);
        }

        void required(String name) throws Bad {
            if (!node.has(name)) {
                throw new Bad(path(name), "is required");
            }
        }

        At field(String name) {
            return new At(node.get(name), this, name, -1);
        }

        String text(String name) throws Bad {
            JsonNode v = node.get(name);
            if (!v.isTextual()) {
                throw new Bad(path(name), "must be a string");
            }
            return v.asText();
        }

        boolean bool(String name) throws Bad {
            JsonNode v = node.get(name);
            if (!v.isBoolean()) {
                throw new Bad(path(name), "must be true or false");
            }
            return v.booleanValue();
        }

        List<At> array(String name) throws Bad {
            JsonNode v = node.get(name);
            if (!v.isArray()) {
                throw new Bad(path(name), "must be an array ([] means none)");
            }
            At array = new At(v, this, name, -1);
            List<At> items = new ArrayList<>(v.size());
            for (int i = 0; i < v.size(); i++) {
                items.add(new At(v.get(i), array, null, i));
            }
            return items;
        }

        <E extends Enum<E>> E enumValue(Class<E> type, E[] values) throws Bad {
            if (node.isTextual()) {
                String text = node.asText();
                for (E e : values) {
                    if (e.name().equals(text)) {
                        return e;
                    }
                }
            }
            String accepted = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
            if (!node.isTextual()) {
                throw new Bad(path(), "must be a string, one of: " + accepted);
            }
            throw new Bad(path(), "is not one of the accepted values: " + accepted);
        }

        CredentialCode credential() throws Bad {
            if (node.isTextual()) {
                String text = node.asText();
                for (CredentialCode c : CREDENTIAL_CODES) {
                    if (c.code().equals(text)) {
                        return c;
                    }
                }
            }
            Set<String> accepted = new LinkedHashSet<>(); // spelled out only for the error
            for (CredentialCode c : CREDENTIAL_CODES) {
                accepted.add(c.code());
            }
            throw new Bad(path(), "is not one of the accepted values: " + String.join(", ", accepted));
        }
    }
}
