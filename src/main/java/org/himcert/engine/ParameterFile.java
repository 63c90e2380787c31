package org.himcert.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;
import org.himcert.model.Parameter;

/**
 * The requirement parameters file beside the rules ({@code rules/parameters.yaml}): every number, date and list the
 * rules compare with, in dated rows with their sources (the shape of OpenFisca's parameters). Read strictly: an
 * unknown key, a missing value, a value of the wrong kind or rows out of date order stop the load with a message
 * naming the file and the key.
 *
 * @param name        the file as named when it was loaded
 * @param text        its text (part of the rules' digest)
 * @param thresholds  per requirement id, its rows in date order
 * @param courseSets  per requirement id, its rows in date order
 * @param dates       the newest row of each date parameter
 * @param days        the newest row of each day-count parameter
 * @param reciprocity the newest row of the reciprocity agreements
 * @param maintenance per maintenance requirement id (M-1 ...), its rows in date order
 * @param regimes     the regimes of rules ({@code @regime}), by name, in the file's order
 * @param typical     the newest row of each typical length (C-18), in months
 * @param newest      the newest row of each date and day-count parameter and of the reciprocity agreements, as an
 *                    answer cites it, by key ({@code dates.ccsRegimeSwitch}, {@code days.retestWait},
 *                    {@code reciprocity})
 */
record ParameterFile(String name, String text, Map<String, List<Row<Threshold>>> thresholds,
                     Map<String, List<Row<CourseSet>>> courseSets, Map<String, LocalDate> dates,
                     Map<String, Integer> days, List<Reciprocity> reciprocity,
                     Map<String, List<Row<MaintenanceParameter>>> maintenance, Map<String, Regime> regimes,
                     TypicalMonths typical, Map<String, Parameter> newest) {

    /**
     * A regime of rules: the days a rule annotated {@code @regime("NAME")} applies, from {@code from} inclusive to
     * {@code to} exclusive. Each end is a date, the name of a {@code dates} parameter (whose value, overridden by
     * the advisor's options where they override it, is the end), or null: unbounded.
     *
     * @param name   the regime's name
     * @param from   its first day, a {@code dates} key, or null
     * @param to     its first day no longer in force, a {@code dates} key, or null
     * @param source where the dates come from, or the assumption they encode
     */
    record Regime(String name, String from, String to, String source) {
    }

    /** A regime's name the engine makes itself (the maintenance estimate, M-12): not a row of the file. */
    static final String ESTIMATE_REGIME = "M-12";

    /** The file's name in a rules directory and in the jar. */
    static final String FILE_NAME = "parameters.yaml";

    /** The date parameters the rules' windows and waits are built from. */
    static final Set<String> DATES = Set.of("ccsRegimeSwitch", "rhiaProvisoFrom", "rhiaProvisoEnd", "codingRetestFrom");
    /** The day-count parameters. */
    static final Set<String> DAYS = Set.of("retestWait", "codingRetestWait");

    /**
     * The maintenance parameters whose value is a table, with the entries each row must give; a yes/no one; the
     * rest are whole numbers (percent ones at most 100).
     */
    static final Map<String, Set<String>> TABLES = Map.of(
            "M-3", Set.of("RHIT", "RHIA", "CCA", "CCS", "CCS-P", "CHPS", "CDIP", "CHDA"),
            "M-4", Set.of("each", "cap"),
            "M-7", Set.of("first", "each"),
            "M-8", Set.of("days", "extensionFee"));
    static final Set<String> FLAGS = Set.of("M-9", "M-15");

    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * A value and the day it holds from (until the next row's day).
     *
     * @param from  the first day it holds
     * @param value the value
     */
    record Row<T>(LocalDate from, T value) {
    }

    /** The row of a parameter in force on a day: the newest from on or before it, else the first. */
    static <T> T inForce(List<Row<T>> rows, LocalDate day) {
        T value = rows.get(0).value();
        for (Row<T> row : rows) {
            if (!row.from().isAfter(day)) {
                value = row.value();
            }
        }
        return value;
    }

    /**
     * Reads a parameters file.
     *
     * @throws RuleLoadException naming the file and the key at fault
     */
    static ParameterFile read(String name, String text) throws RuleLoadException {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleLoadException(name, line, "not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RuleLoadException(name, 0,
                    "must hold the keys thresholds, courseSets, dates, days, typicalMonths, reciprocity, maintenance, "
                    + "regimes");
        }
        At at = new At(name);
        at.only(root, "", Set.of("thresholds", "courseSets", "dates", "days", "typicalMonths", "reciprocity",
                "maintenance", "regimes"));
        Map<String, List<Row<Threshold>>> thresholds = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = at.object(root, "thresholds").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String key = "thresholds." + p.getKey();
            at.only(p.getValue(), key, Set.of("description", "unit", "values"));
            String unit = at.text(p.getValue(), key + ".unit");
            List<Row<Threshold>> rows = new ArrayList<>();
            for (Dated d : at.rows(p.getValue(), key)) {
                if (!d.value().canConvertToInt() || !d.value().isIntegralNumber() || d.value().asInt() < 0) {
                    throw at.bad(d.key() + ".value", "must be a whole number >= 0");
                }
                rows.add(new Row<>(d.from(), new Threshold(p.getKey(), d.value().asInt(), unit, d.source(),
                        new Parameter(key, d.value().asInt(), unit, d.from(), d.source()))));
            }
            thresholds.put(p.getKey(), List.copyOf(rows));
        }
        Map<String, List<Row<CourseSet>>> courseSets = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = at.object(root, "courseSets").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String key = "courseSets." + p.getKey();
            at.only(p.getValue(), key, Set.of("description", "values"));
            List<Row<CourseSet>> rows = new ArrayList<>();
            for (Dated d : at.rows(p.getValue(), key)) {
                Set<CourseArea> areas = at.areas(d.value(), d.key() + ".value");
                rows.add(new Row<>(d.from(), new CourseSet(p.getKey(), areas, d.source(), new Parameter(key,
                        areas.stream().map(Enum::name).toList(), "course areas", d.from(), d.source()))));
            }
            courseSets.put(p.getKey(), List.copyOf(rows));
        }
        Map<String, Parameter> newestRows = new TreeMap<>();
        Map<String, LocalDate> dates = new TreeMap<>();
        JsonNode dateNode = at.object(root, "dates");
        at.only(dateNode, "dates", DATES);
        for (String d : DATES) {
            List<Dated> rows = at.rows(at.object(dateNode, d), "dates." + d);
            Dated newest = rows.get(rows.size() - 1);
            LocalDate date = at.date(newest.value().asText(), newest.key() + ".value");
            dates.put(d, date);
            newestRows.put("dates." + d, new Parameter("dates." + d, date, "date", newest.from(), newest.source()));
        }
        Map<String, Integer> days = new TreeMap<>();
        JsonNode dayNode = at.object(root, "days");
        at.only(dayNode, "days", DAYS);
        for (String d : DAYS) {
            List<Dated> rows = at.rows(at.object(dayNode, d), "days." + d);
            Dated newest = rows.get(rows.size() - 1);
            if (!newest.value().isIntegralNumber() || newest.value().asInt() < 0) {
                throw at.bad(newest.key() + ".value", "must be a whole number of days >= 0");
            }
            days.put(d, newest.value().asInt());
            newestRows.put("days." + d, new Parameter("days." + d, newest.value().asInt(), "days", newest.from(),
                    newest.source()));
        }
        Map<TypicalMonths.Step, Integer> typical = new EnumMap<>(TypicalMonths.Step.class);
        JsonNode typicalNode = at.object(root, "typicalMonths");
        Set<String> steps = new TreeSet<>();
        for (TypicalMonths.Step step : TypicalMonths.Step.values()) {
            steps.add(step.name());
        }
        at.only(typicalNode, "typicalMonths", steps);
        for (TypicalMonths.Step step : TypicalMonths.Step.values()) {
            JsonNode node = at.object(typicalNode, step.name());
            at.only(node, "typicalMonths." + step, Set.of("values"));
            List<Dated> rows = at.rows(node, "typicalMonths." + step);
            Dated last = rows.get(rows.size() - 1);
            if (!last.value().isIntegralNumber() || last.value().asInt() < 0) {
                throw at.bad(last.key() + ".value", "must be a whole number of months >= 0");
            }
            typical.put(step, last.value().asInt());
        }
        JsonNode rec = at.object(root, "reciprocity");
        at.only(rec, "reciprocity", Set.of("description", "values"));
        List<Dated> recRows = at.rows(rec, "reciprocity");
        Dated newest = recRows.get(recRows.size() - 1);
        List<Reciprocity> reciprocity = new ArrayList<>();
        if (!newest.value().isArray()) {
            throw at.bad(newest.key() + ".value", "must be a list of {credential, association, levels}");
        }
        int i = 0;
        for (JsonNode a : newest.value()) {
            String key = newest.key() + ".value[" + i++ + "]";
            at.only(a, key, Set.of("credential", "association", "levels"));
            String code = at.text(a, key + ".credential");
            if (!code.equals("RHIT") && !code.equals("RHIA")) {
                throw at.bad(key + ".credential", "must be RHIT or RHIA");
            }
            Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
            for (JsonNode l : at.list(a, key + ".levels")) {
                try {
                    levels.add(EducationLevel.valueOf(l.asText()));
                } catch (IllegalArgumentException e) {
                    throw at.bad(key + ".levels", "holds " + l.asText() + "; accepted: " + List.of(EducationLevel.values()));
                }
            }
            reciprocity.add(new Reciprocity(CredentialCode.fromCode(code), at.text(a, key + ".association"), levels));
        }
        newestRows.put("reciprocity", new Parameter("reciprocity", agreements(reciprocity), null, newest.from(),
                newest.source()));
        return new ParameterFile(name, text, thresholds, courseSets, dates, days, List.copyOf(reciprocity),
                maintenance(at, root), regimes(at, root), new TypicalMonths(typical),
                Collections.unmodifiableMap(newestRows));
    }

    /** The reciprocity agreements as an answer cites them: {credential, association, levels} each, in order. */
    static List<Map<String, Object>> agreements(List<Reciprocity> reciprocity) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Reciprocity r : reciprocity) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("credential", r.credential().code());
            a.put("association", r.association());
            a.put("levels", r.levels().stream().sorted().map(Enum::name).toList());
            list.add(Collections.unmodifiableMap(a));
        }
        return List.copyOf(list);
    }

    private static Map<String, Regime> regimes(At at, JsonNode root) throws RuleLoadException {
        Map<String, Regime> regimes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = at.object(root, "regimes").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String key = "regimes." + p.getKey();
            if (p.getKey().equals(ESTIMATE_REGIME)) {
                throw at.bad(key, "is the engine's own regime (the maintenance estimate, from the M-12 rows): choose"
                        + " another name");
            }
            at.only(p.getValue(), key, Set.of("description", "from", "to", "source"));
            regimes.put(p.getKey(), new Regime(p.getKey(), end(at, p.getValue(), key + ".from"),
                    end(at, p.getValue(), key + ".to"), at.text(p.getValue(), key + ".source")));
        }
        return Collections.unmodifiableMap(regimes);
    }

    /** A regime's end as written: a date, a {@code dates} key, or null when absent. */
    private static String end(At at, JsonNode regime, String key) throws RuleLoadException {
        JsonNode v = regime.get(key.substring(key.lastIndexOf('.') + 1));
        if (v == null || v.isNull()) {
            return null;
        }
        String text = v.asText();
        if (DATES.contains(text)) {
            return text;
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw at.bad(key, "must be a date (YYYY-MM-DD) or one of the dates parameters " + new TreeSet<>(DATES)
                    + ", not " + text);
        }
    }

    private static Map<String, List<Row<MaintenanceParameter>>> maintenance(At at, JsonNode root) throws RuleLoadException {
        Map<String, List<Row<MaintenanceParameter>>> maintenance = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = at.object(root, "maintenance").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String id = p.getKey();
            String key = "maintenance." + id;
            at.only(p.getValue(), key, Set.of("description", "unit", "values"));
            String unit = at.text(p.getValue(), key + ".unit");
            List<Row<MaintenanceParameter>> rows = new ArrayList<>();
            for (Dated d : at.rows(p.getValue(), key)) {
                Object value;
                if (TABLES.containsKey(id)) {
                    Set<String> entries = TABLES.get(id);
                    at.only(d.value(), d.key() + ".value", entries);
                    Map<String, Integer> table = new TreeMap<>();
                    for (String e : entries) {
                        JsonNode n = d.value().get(e);
                        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0) {
                            throw at.bad(d.key() + ".value." + e, "must be a whole number >= 0 (entries: "
                                    + String.join(", ", new java.util.TreeSet<>(entries)) + ")");
                        }
                        table.put(e, n.asInt());
                    }
                    value = Collections.unmodifiableMap(table); // in name order, as written
                } else if (FLAGS.contains(id)) {
                    if (!d.value().isBoolean()) {
                        throw at.bad(d.key() + ".value", "must be true or false");
                    }
                    value = d.value().asBoolean();
                } else {
                    JsonNode n = d.value();
                    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < 0
                            || unit.equals("percent") && n.asInt() > 100) {
                        throw at.bad(d.key() + ".value", unit.equals("percent") ? "must be a whole percent 0-100"
                                : "must be a whole number >= 0");
                    }
                    value = n.asInt();
                }
                rows.add(new Row<>(d.from(), new MaintenanceParameter(id, value, unit, d.source(),
                        new Parameter(key, value, unit, d.from(), d.source()))));
            }
            maintenance.put(id, List.copyOf(rows));
        }
        return maintenance;
    }

    /** One dated row as read: its key path, first day, value, and source. */
    private record Dated(String key, LocalDate from, JsonNode value, String source) {
    }

    /** Reads nodes of the file, naming the file and the key in every error. */
    private record At(String file) {
        RuleLoadException bad(String key, String message) {
            return new RuleLoadException(file, 0, key + ": " + message);
        }

        JsonNode object(JsonNode parent, String key) throws RuleLoadException {
            JsonNode node = parent.get(key.substring(key.lastIndexOf('.') + 1));
            if (node == null || !node.isObject()) {
                throw bad(key, "is missing, or is not a map");
            }
            return node;
        }

        void only(JsonNode node, String key, Set<String> accepted) throws RuleLoadException {
            if (!node.isObject()) {
                throw bad(key, "must be a map");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!accepted.contains(f)) {
                    throw bad(key.isEmpty() ? f : key + "." + f, "unknown key; accepted: " + String.join(", ",
                            new java.util.TreeSet<>(accepted)));
                }
            }
        }

        String text(JsonNode node, String key) throws RuleLoadException {
            JsonNode v = node.get(key.substring(key.lastIndexOf('.') + 1));
            if (v == null || !v.isTextual() || v.asText().isBlank()) {
                throw bad(key, "is missing, or is not text");
            }
            return v.asText();
        }

        JsonNode list(JsonNode node, String key) throws RuleLoadException {
            JsonNode v = node.get(key.substring(key.lastIndexOf('.') + 1));
            if (v == null || !v.isArray() || v.isEmpty()) {
                throw bad(key, "is missing, or is not a list");
            }
            return v;
        }

        LocalDate date(String text, String key) throws RuleLoadException {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw bad(key, "must be a date YYYY-MM-DD, not " + text);
            }
        }

        Set<CourseArea> areas(JsonNode value, String key) throws RuleLoadException {
            if (!value.isArray() || value.isEmpty()) {
                throw bad(key, "must be a list of course areas");
            }
            Set<CourseArea> areas = EnumSet.noneOf(CourseArea.class);
            for (JsonNode a : value) {
                try {
                    areas.add(CourseArea.valueOf(a.asText()));
                } catch (IllegalArgumentException e) {
                    throw bad(key, "holds " + a.asText() + "; accepted: " + List.of(CourseArea.values()));
                }
            }
            return areas;
        }

        /** The dated rows of a parameter, in date order, each with its value and source. */
        List<Dated> rows(JsonNode parameter, String key) throws RuleLoadException {
            JsonNode values = parameter.get("values");
            if (values == null || !values.isObject() || values.isEmpty()) {
                throw bad(key + ".values", "is missing: give at least one dated row");
            }
            List<Dated> rows = new ArrayList<>();
            LocalDate previous = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = values.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> row = it.next();
                String rowKey = key + ".values." + row.getKey();
                LocalDate from = date(row.getKey(), rowKey);
                if (previous != null && !from.isAfter(previous)) {
                    throw bad(rowKey, "rows must come in date order, each after the one before");
                }
                previous = from;
                only(row.getValue(), rowKey, Set.of("value", "source", "note"));
                JsonNode value = row.getValue().get("value");
                if (value == null || value.isNull()) {
                    throw bad(rowKey + ".value", "is missing");
                }
                rows.add(new Dated(rowKey, from, value, text(row.getValue(), rowKey + ".source")));
            }
            return rows;
        }
    }
}
