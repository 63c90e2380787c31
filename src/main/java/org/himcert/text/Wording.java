package org.himcert.text;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.Maintenance;
import org.himcert.Reason;
import org.himcert.StepAction;
import org.himcert.model.Accreditation;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Field;
import org.himcert.model.Parameter;

/**
 * The words himcert puts in front of people, in one place below everyone who shows them (advice, assess, report):
 * the next steps' and plan steps' sentences, and the phrases the text and HTML reports share, each message read from
 * {@code Words.properties} ({@link Words}). Decisions are never taken on these words (they may change with the
 * wording); the JSON contract carries them only in its {@code why} and {@code needs} fields.
 */
public final class Wording {

    private static String level(EducationLevel level) {
        return LEVELS.get(level);
    }

    /** The levels' words, looked up once. */
    private static final Map<EducationLevel, String> LEVELS = levels();

    private static Map<EducationLevel, String> levels() {
        Map<EducationLevel, String> levels = new EnumMap<>(EducationLevel.class);
        for (EducationLevel l : EducationLevel.values()) {
            levels.put(l, Words.say("level." + l.name()));
        }
        return levels;
    }

    private Wording() {
    }

    /**
     * Where a holder stands in keeping their credentials, in words: {@code Complete for this cycle}.
     *
     * @param status the maintenance status
     * @return the words
     */
    public static String keeping(org.himcert.MaintenanceStatus status) {
        return Words.say("keeping." + status.name());
    }

    /**
     * A held credential's standing and the dates it would lapse:
     * {@code RHIT: active; inactive from 2027-03-10 and revoked on 2027-09-06 unless this cycle is complete}.
     *
     * @param c the credential as maintenance sees it
     * @return the words
     */
    public static String standing(org.himcert.Maintenance.Credential c) {
        String s = Words.say("standing.code", "code", c.code(), "status", named(c.status()));
        if (!c.counted()) {
            s += Words.say("standing.notCounted");
        }
        if (c.inactiveOn() == null) {
            return s;
        }
        return switch (c.status()) {
            case ACTIVE -> s + Words.say("standing.activeUntil", "inactiveOn", c.inactiveOn(), "revoked",
                    c.revokedOn() == null ? "" : Words.say("standing.activeRevoked", "revokedOn", c.revokedOn()));
            case INACTIVE -> s + Words.say("standing.inactiveSince", "inactiveOn", c.inactiveOn(), "revoked",
                    c.revokedOn() == null ? "" : Words.say("standing.inactiveRevoked", "revokedOn", c.revokedOn()));
            case REVOKED -> s + Words.say("standing.revokedOn", "day",
                    c.revokedOn() == null ? c.inactiveOn() : c.revokedOn());
        };
    }

    /**
     * A number of CEUs as people write it: {@code 14.5}, {@code 20}.
     *
     * @param n the number
     * @return the words
     */
    public static String ceus(java.math.BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0 ? n.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString()
                : n.stripTrailingZeros().toPlainString();
    }

    /**
     * A value of the contract's enumerations as sentences name it ({@code named.<Type>.<VALUE>} in
     * {@code Words.properties}): {@code FINAL_TERM} is {@code final term}.
     *
     * @param value the value
     * @return the words
     */
    public static String named(Enum<?> value) {
        return NAMED.computeIfAbsent(value, v -> Words.say("named." + v.getDeclaringClass().getSimpleName() + "."
                + v.name()));
    }

    /** The enumeration values' words, looked up once each. */
    private static final java.util.concurrent.ConcurrentHashMap<Enum<?>, String> NAMED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A condition the rules derived, in words: the rule's own text, and for coursework the areas still missing:
     * {@code coursework in all required coding areas (missing: PATHOPHYSIOLOGY)}.
     *
     * @param text         the rule's text
     * @param missingAreas the course areas still missing, or none
     * @return the words
     */
    public static String condition(String text, java.util.Set<org.himcert.model.CourseArea> missingAreas) {
        if (missingAreas.isEmpty()) {
            return text;
        }
        return Words.say("condition.missingAreas", "text", text, "areas",
                missingAreas.stream().map(Wording::named).collect(Collectors.joining(", ")));
    }

    /**
     * An unmet condition with its numbers: {@code healthcare privacy ... experience: 14 of 24 months}.
     *
     * @param g the condition
     * @return the words
     */
    public static String gap(Gap g) {
        if (g.need() == null) {
            return g.text();
        }
        if (g.have() == null) {
            return Words.say("gap.numbersUnknown", "text", g.text(), "need", g.need(), "unit", g.unit(), "unknown",
                    Words.say("gap.unknown"));
        }
        return Words.say("gap.numbers", "text", g.text(), "have", g.have(), "need", g.need(), "unit", g.unit());
    }

    /**
     * An input field the answer waits for, in words, without the contract's field path: {@code your education}, or
     * for one entry's field {@code the accreditation of your education entry 2}.
     *
     * @param path the contract's field path, as in {@code Decision.missing()}
     * @return the words
     */
    public static String input(String path) {
        int open = path.indexOf('[');
        int close = path.indexOf("].");
        if (open < 0 || close < open) {
            String name = fieldName(path);
            return name == null ? Words.say("input.other") : Words.say("input.field", "name", name);
        }
        int entry = Integer.parseInt(path.substring(open + 1, close)) + 1;
        String field = fieldName(path.substring(close + 2));
        String list = fieldName(path.substring(0, open));
        return field == null || list == null ? Words.say("input.other")
                : Words.say("input.entryField", "field", field, "list", list, "entry", entry);
    }

    /**
     * A contract field's name in words ({@code earnedOn}: "date you passed the exam"; {@code input.name.*}), or null
     * for a name the bundle does not know.
     *
     * @param name the field's name in the contract
     * @return the words, or null
     */
    public static String fieldName(String name) {
        return Words.keys().contains("input.name." + name) ? Words.say("input.name." + name) : null;
    }

    /**
     * Text with "HIIM domains" explained once: at its first mention (any explanation already there is moved to it).
     *
     * @param text the text
     * @return the text, explained
     */
    public static String explainHiim(String text) {
        String explained = Words.say("hiim.explained");
        String plain = text.replace(explained, "HIIM domains");
        if (plain.contains(Words.say("hiim.line"))) {
            return plain; // a report's line under its bars explains them
        }
        int at = plain.indexOf("HIIM domains");
        return at < 0 ? plain : plain.substring(0, at) + explained + plain.substring(at + "HIIM domains".length());
    }

    /**
     * A plan step as a sentence: {@code Sit the RHIA exam}, {@code Complete the program, which opens the RHIT};
     * without a credential, the action alone ({@code Gain experience}).
     *
     * @param action     the step's action
     * @param credential the credential it names, or null
     * @return the words
     */
    public static String step(StepAction action, CredentialCode credential) {
        return credential == null ? named(action) : Words.say("step." + action.name(), "credential", credential);
    }

    /**
     * When a route is expected to reach its target, or nothing when there is no estimate.
     *
     * @param on the expected date, or null
     * @return {@code " (expected by YYYY-MM-DD)"} or the empty string
     */
    public static String arrival(LocalDate on) {
        return on == null ? "" : Words.say("arrival.expected", "date", on);
    }

    /**
     * A decision in one line: its status and deciding pathway, or what it waits for.
     *
     * @param d the decision
     * @return the words
     */
    public static String headline(Decision d) {
        switch (d.status()) {
            case ELIGIBLE:
                return Words.say(d.earlyTesting() ? "headline.earlyTesting" : "headline.eligible");
            case ALREADY_HELD:
                return Words.say("headline.held");
            case NEEDS_REVIEW:
                return Words.say("headline.review");
            case NEEDS_INFO:
                return Words.say("headline.info", "inputs", d.missing().stream().map(Wording::input)
                        .collect(Collectors.joining(", ")));
            case NOT_ELIGIBLE:
                return Words.say("headline.notYet",
                        "closest", d.unmet().isEmpty() ? "" : Words.say("headline.closest", "gap",
                                closest(d.unmet().get(0))),
                        "from", d.eligibleOn() == null ? "" : Words.say("headline.from", "date", d.eligibleOn()));
            default:
                return d.status().name();
        }
    }

    /** The closest unmet condition in a few words: {@code 44 of 48 months}, or what it asks for. */
    private static String closest(Gap g) {
        if (g.need() != null) {
            return g.have() == null ? Words.say("headline.closestUnknown", "need", g.need(), "unit", g.unit(), "text",
                    g.text(), "unknown", Words.say("gap.unknown"))
                    : Words.say("headline.closestNumbers", "have", g.have(), "need", g.need(), "unit", g.unit(),
                    "text", g.text());
        }
        return g.text();
    }

    /**
     * The decision's requirement ids and sources, for the detail line under the words: {@code RHIT-3: [S6] ...}.
     *
     * @param d the decision
     * @return the words, or the empty string when nothing decided
     */
    public static String detail(Decision d) {
        // each requirement id once, with its sources; ids citing the same sources together: "CHPS-2, CHPS-3: [S5] ..."
        Map<String, java.util.Set<String>> byId = new java.util.LinkedHashMap<>();
        d.reasons().forEach(r -> byId.computeIfAbsent(r.requirement(), k -> new java.util.LinkedHashSet<>())
                .add(r.source()));
        d.unmet().forEach(g -> byId.computeIfAbsent(g.requirement(), k -> new java.util.LinkedHashSet<>())
                .add(g.source()));
        if (byId.isEmpty()) {
            return d.pathway() == null ? "" : d.pathway();
        }
        Map<java.util.Set<String>, List<String>> bySources = new java.util.LinkedHashMap<>();
        byId.forEach((id, sources) -> bySources.computeIfAbsent(sources, k -> new java.util.ArrayList<>()).add(id));
        java.util.Set<Parameter> rows = new java.util.LinkedHashSet<>();
        d.reasons().forEach(r -> rows.addAll(r.parameters()));
        d.unmet().forEach(g -> rows.addAll(g.parameters()));
        return bySources.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": "
                + String.join("; ", e.getKey())).collect(Collectors.joining(" | ")) + rows(rows);
    }

    /**
     * Keeping the credentials' requirement ids, sources and parameter rows, for its detail line.
     *
     * @param m the maintenance answer
     * @return the words
     */
    public static String detail(Maintenance m) {
        return String.join(", ", m.requirements()) + ": " + m.source() + rows(m.parameters());
    }

    /** The parameter rows read, for a detail line: {@code | rows read: thresholds.CHPS-1 = 72 months from ...}. */
    private static String rows(java.util.Collection<Parameter> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        // rows of the same first day and source together, which are named once:
        // "thresholds.CHPS-1 = 72 months; thresholds.CHPS-4 = 24 months (from 2021-01-01: [S5] ...)"
        Map<String, List<Parameter>> bySource = new java.util.LinkedHashMap<>();
        rows.forEach(p -> bySource.computeIfAbsent(p.from() + "\t" + p.source(), k -> new java.util.ArrayList<>())
                .add(p));
        return " | " + Words.say("report.rowsRead", "rows", bySource.values().stream().map(group -> Words.say(
                group.get(0).from() == null ? "report.row.option" : "report.row", "rows", group.stream()
                        .map(Wording::row).collect(Collectors.joining("; ")), "from", group.get(0).from(), "source",
                group.get(0).source())).collect(Collectors.joining(" | ")));
    }

    /**
     * One parameter row's key and value in words: {@code thresholds.CHPS-1 = 72 months}.
     *
     * @param p the row
     * @return the words
     */
    public static String row(Parameter p) {
        return p.key() + " = " + rowValue(p.value()) + (p.unit() == null || p.unit().equals("date")
                || p.unit().equals("course areas") || p.unit().equals("flag") ? "" : " " + p.unit());
    }

    private static String rowValue(Object value) {
        if (value instanceof List<?> list) {
            if (!list.isEmpty() && list.get(0) instanceof Map<?, ?>) { // the reciprocity agreements
                return list.stream().map(a -> (Map<?, ?>) a).map(a -> a.get("association") + " (" + a.get("credential")
                        + ")").collect(Collectors.joining(", "));
            }
            return list.stream().map(Object::toString).map(Wording::areaOrText).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return Words.say(b ? "report.row.yes" : "report.row.no");
        }
        return String.valueOf(value);
    }

    private static String areaOrText(String name) {
        try {
            return named(org.himcert.model.CourseArea.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** Why the candidate can sit an exam now. */
    public static String sitNow(Decision d) {
        String because = d.reasons().stream().map(Reason::text).collect(Collectors.joining("; "));
        String early = d.earlyTesting() ? Words.say("next.sitNow.early") : "";
        String recommended = d.recommendations().isEmpty() ? ""
                : Words.say("next.sitNow.recommended", "gap", gap(d.recommendations().get(0)));
        return Words.say("next.sitNow", "credential", d.credential(), "because", because,
                "early", early, "recommended", recommended);
    }

    /** Why the candidate can sit an exam on its eligibleOn date, through the pathway that decides then. */
    public static String sitOn(Decision d, String pathway, List<Gap> open, boolean graduation) {
        String now = open.isEmpty() ? Words.say("next.sitOn.rulesChange")
                : Words.say(graduation ? "next.sitOn.graduation" : "next.sitOn.open", "open",
                        open.stream().map(Wording::gap).collect(Collectors.joining("; ")));
        return Words.say("next.sitOn", "credential", d.credential(), "date", d.eligibleOn(),
                "now", now);
    }

    /** The one request for everything unknown, naming the answers that wait for it. */
    public static String tellUs(Collection<String> missing, List<CredentialCode> waiting) {
        return Words.say("next.tellUs", "inputs", missing.stream().map(Wording::input)
                .collect(Collectors.joining(" and ")), "credentials", waiting.stream().map(CredentialCode::code)
                .collect(Collectors.joining(", ")), "depend", Words.say(waiting.size() == 1 ? "next.tellUs.one"
                : "next.tellUs.several"));
    }

    /** A plan step's need: what to tell us. */
    public static String tellUsNeed(String path) {
        return Words.say("plan.tellUs", "input", input(path));
    }

    /** The request to have a route the sources leave open checked. */
    public static String askAdvisor(Decision d) {
        return Words.say("next.askAdvisor", "credential", d.credential());
    }

    /** The eligibleOn search stopped at its bound with credentials still sought. */
    public static String searchStopped(List<CredentialCode> sought, LocalDate notPast, int days) {
        return Words.say("next.searchStopped", "credentials", sought.stream().map(CredentialCode::code)
                .collect(Collectors.joining(", ")), "exams", Words.say(sought.size() == 1 ? "next.searchStopped.one"
                : "next.searchStopped.several"), "date", notPast, "days", days);
    }

    /** The ladder's moves weighed only the first programs under way. */
    public static String programsWeighed(int weighed, int named) {
        return Words.say("next.programsWeighed", "weighed", weighed, "named", named);
    }

    /** What a ladder move would open. */
    /**
     * Finishing a program under way, whose end is estimated, opens a credential sooner than its eligibleOn (or
     * at all, when it has none).
     */
    public static String finishSooner(Map<Education, LocalDate> ends, List<Sooner> sooner) {
        List<String> programs = new java.util.ArrayList<>();
        ends.forEach((program, end) -> programs.add(Words.say("next.finishSooner.program", "program", program(program),
                "end", end)));
        List<String> exams = new java.util.ArrayList<>();
        for (Sooner s : sooner) {
            exams.add(Words.say("next.finishSooner.exam", "credential", s.credential(), "date", s.on(), "than",
                    s.eligibleOn() == null ? "" : Words.say("next.finishSooner.than", "eligibleOn", s.eligibleOn())));
        }
        return Words.say(programs.size() == 1 ? "next.finishSooner" : "next.finishSooner.several", "programs",
                String.join(Words.say("next.finishSooner.and"), programs), "exams",
                String.join(Words.say("next.finishSooner.and"), exams));
    }

    /**
     * A credential finishing the programs under way would open sooner.
     *
     * @param credential the credential
     * @param on         the day it would open
     * @param eligibleOn its eligibleOn without them, or null
     */
    public record Sooner(CredentialCode credential, LocalDate on, LocalDate eligibleOn) {
    }

    public static String wouldOpen(String move, List<CredentialCode> opened) {
        return Words.say("next.wouldOpen", "move", move, "credentials", opened.stream().map(CredentialCode::code)
                .collect(Collectors.joining(", ")));
    }

    /** A plan step's need when the rules in force change on the day. */
    public static String rulesChange(LocalDate day, String pathway) {
        return Words.say("plan.rulesChange", "date", day);
    }

    /** The needs every exam step ends with. */
    public static String examApplication() {
        return Words.say("plan.examApplication");
    }

    /** The need an early-testing exam step adds. */
    public static String earlyTestingApplication() {
        return Words.say("plan.earlyTestingApplication");
    }

    public static String earnDiploma() {
        return Words.say("move.earnDiploma");
    }

    public static String completeOwn(Education e) {
        return Words.say("move.completeOwn", "program", program(e));
    }

    public static String lastTermOfOwn(Education e) {
        return Words.say("move.lastTermOfOwn", "program", program(e));
    }

    public static String completeNew(Education e) {
        return Words.say("move.completeNew", "program", program(e));
    }

    /** A degree in any field: {@code Completing a bachelor's degree program in any field}. */
    public static String completeAnyField(Education e) {
        return Words.say("move.completeAnyField." + e.level().name());
    }

    public static String lastTermOfNew(Education e) {
        return Words.say("move.lastTermOfNew", "program", program(e));
    }

    public static String passExam(CredentialCode c) {
        return Words.say("move.passExam", "credential", c);
    }

    public static String gainExperience(int more, String what, int need) {
        return Words.say("move.gainExperience", "more", more, "what", what, "need", need);
    }

    /** A program in words: {@code CAHIIM-accredited HIM bachelor's degree program}. */
    public static String program(Education e) {
        return Words.say("program.name", "accreditation", e.accreditation() == Accreditation.CAHIIM
                ? Words.say("program.cahiim") : "", "field", e.field() == Field.HIM ? Words.say("program.him") : "",
                "level", level(e.level()));
    }

    /**
     * What the advice was based on, one line per kind of input, in words: the education entries with their status,
     * the credentials, the experience, the coursework, the exam attempts and the CEUs; "not given" where the input
     * is unknown, "none" where it is known to be empty.
     *
     * @param c the candidate
     * @return the lines, e.g. {@code education: CAHIIM-accredited HIM associate degree program (final term)}
     */
    public static List<String> inputs(org.himcert.model.Candidate c) {
        String none = Words.say("inputs.none");
        String notGiven = Words.say("inputs.notGiven");
        List<String> lines = new java.util.ArrayList<>();
        lines.add(Words.say("inputs.education", "value", c.education().map(list -> list.isEmpty() ? none
                : list.stream().map(Wording::entry).collect(Collectors.joining("; "))).orElse(notGiven)));
        lines.add(Words.say("inputs.credentials", "value", c.credentials().isEmpty() ? none : c.credentials().stream()
                .map(h -> Words.say("inputs.credential", "name", h.name() == null ? h.code().code() : h.name(),
                        "status", named(h.status()), "passed", h.earnedOn() == null ? ""
                                : Words.say("inputs.credential.passed", "date", h.earnedOn())))
                .collect(Collectors.joining("; "))));
        lines.add(Words.say("inputs.experience", "value", c.experience().map(list -> list.isEmpty() ? none
                : list.stream().map(Wording::job).collect(Collectors.joining("; "))).orElse(notGiven)));
        lines.add(Words.say("inputs.coursework", "value", c.coursework().isEmpty() ? none : c.coursework().stream()
                .map(Wording::named).sorted()
                .collect(Collectors.joining(", "))));
        lines.add(Words.say("inputs.examAttempts", "value", c.examAttempts().isEmpty() ? none : c.examAttempts()
                .stream().map(a -> Words.say("inputs.attempt", "credential", a.credential().code(), "result",
                        named(a.result()), "date", a.date()))
                .collect(Collectors.joining("; "))));
        if (!c.credentials().isEmpty()) {
            lines.add(Words.say("inputs.ceus", "value", c.ceus().map(list -> list.isEmpty() ? none
                    : Words.say("inputs.ceuRecords", "count", list.size(), "records", Words.say(list.size() == 1
                    ? "inputs.ceuRecords.one" : "inputs.ceuRecords.several"), "units",
                    ceus(list.stream().map(org.himcert.model.CeuRecord::units)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))))
                    .orElse(notGiven)));
        }
        return lines;
    }

    private static String entry(Education e) {
        String field = e.field() == null ? Words.say("inputs.entry.fieldNotGiven")
                : Words.say("inputs.field." + e.field().name());
        String accreditation = e.accreditation() == null ? Words.say("inputs.entry.accreditationNotGiven")
                : e.accreditation() == Accreditation.FOREIGN ? Words.say("inputs.entry.approvedBy", "association",
                e.association()) : Words.say("inputs.accreditation." + e.accreditation().name());
        String what = e.level() == EducationLevel.HIGH_SCHOOL
                ? Words.say("inputs.entry.diploma", "level", level(e.level()))
                : e.level() == EducationLevel.GED ? level(e.level())
                : Words.say("inputs.entry.degree", "level", level(e.level()), "field", field, "accreditation",
                accreditation);
        String status = named(e.status());
        return Words.say("inputs.entry", "what", what, "status", status, "dates", e.completedOn() != null
                ? Words.say("inputs.entry.completed", "date", e.completedOn()) : e.expectedOn() != null
                ? Words.say("inputs.entry.expected", "date", e.expectedOn()) : "");
    }

    private static String job(org.himcert.model.Experience e) {
        String kind = named(e.kind())
                + (e.multiSpecialty() ? Words.say("inputs.job.multiSpecialty") : "")
                + (e.healthcare() ? "" : Words.say("inputs.job.outsideHealthcare"));
        if (e.months() != null) {
            return Words.say("inputs.job.months", "kind", kind, "months", e.months());
        }
        return Words.say("inputs.job.range", "kind", kind, "from", e.from(), "to", e.to() == null
                ? Words.say("inputs.job.ongoing") : Words.say("inputs.job.to", "to", e.to()));
    }
}
