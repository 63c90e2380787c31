package org.himcert.advice;

import org.himcert.Maintenance;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.Reason;
import org.himcert.StepAction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.himcert.model.Accreditation;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Field;

/**
 * The words himcert puts in front of people, in one place: the next steps' and plan steps' sentences, and the
 * phrases the text and HTML reports share. Decisions are never taken on these words (they may change with the
 * wording); the JSON contract carries them only in its {@code why} and {@code needs} fields.
 */
public final class Wording {

    private static final Map<EducationLevel, String> LEVELS = new EnumMap<>(Map.of(
            EducationLevel.HIGH_SCHOOL, "high-school", EducationLevel.GED, "GED",
            EducationLevel.ASSOCIATE, "associate degree", EducationLevel.BACHELOR, "bachelor's degree",
            EducationLevel.POST_BACCALAUREATE_CERTIFICATE, "post-baccalaureate certificate",
            EducationLevel.MASTER, "master's degree", EducationLevel.DOCTORATE, "doctoral"));

    private Wording() {
    }

    /**
     * Where a holder stands in keeping their credentials, in words: {@code Complete for this cycle}.
     *
     * @param status the maintenance status
     * @return the words
     */
    public static String keeping(org.himcert.MaintenanceStatus status) {
        return switch (status) {
            case COMPLETE -> "Complete for this cycle";
            case IN_PROGRESS -> "CEUs still needed this cycle";
            case LAPSED -> "Lapsed: a cycle ended short";
            case NEEDS_INFO -> "Tell us more to know";
            case NEEDS_REVIEW -> "An estimate: ask an advisor to check";
        };
    }

    /**
     * A held credential's standing and the dates it would lapse:
     * {@code RHIT: active; inactive from 2027-03-10 and revoked on 2027-09-06 unless this cycle is complete}.
     *
     * @param c the credential as maintenance sees it
     * @return the words
     */
    public static String standing(org.himcert.Maintenance.Credential c) {
        String s = c.code() + ": " + c.status().name().toLowerCase(Locale.ROOT);
        if (!c.counted()) {
            s += " (replaced by a higher credential: not counted)";
        }
        if (c.inactiveOn() == null) {
            return s;
        }
        return switch (c.status()) {
            case ACTIVE -> s + "; inactive from " + c.inactiveOn() + (c.revokedOn() == null ? ""
                    : " and revoked on " + c.revokedOn()) + " unless this cycle is complete";
            case INACTIVE -> s + " since " + c.inactiveOn() + (c.revokedOn() == null ? ""
                    : "; revoked on " + c.revokedOn());
            case REVOKED -> s + " on " + (c.revokedOn() == null ? c.inactiveOn() : c.revokedOn());
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
     * An unmet condition with its numbers: {@code healthcare privacy ... experience: 14 of 24 months}.
     *
     * @param g the condition
     * @return the words
     */
    public static String gap(Gap g) {
        if (g.need() == null) {
            return g.text();
        }
        String have = g.have() == null ? "unknown" : String.valueOf(g.have());
        return g.text() + ": " + have + " of " + g.need() + " " + g.unit();
    }

    /**
     * An input field the answer waits for: {@code your education}, or for one entry's field
     * {@code the accreditation of education entry 2 (education[1].accreditation)}.
     *
     * @param path the contract's field path, as in {@code Decision.missing()}
     * @return the words
     */
    public static String input(String path) {
        int open = path.indexOf('[');
        int close = path.indexOf("].");
        if (open < 0 || close < open) {
            return "your " + path;
        }
        int entry = Integer.parseInt(path.substring(open + 1, close)) + 1;
        return "the " + path.substring(close + 2) + " of " + path.substring(0, open) + " entry " + entry + " (" + path
                + ")";
    }

    /**
     * When a route is expected to reach its target, or nothing when there is no estimate.
     *
     * @param on the expected date, or null
     * @return {@code " (expected by YYYY-MM-DD)"} or the empty string
     */
    public static String arrival(LocalDate on) {
        return on == null ? "" : " (expected by " + on + ")";
    }

    /**
     * A step's action in words: {@code sit exam}, {@code gain experience}.
     *
     * @param action the action
     * @return the words
     */
    public static String action(StepAction action) {
        return action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
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
                return d.earlyTesting() ? "Can sit now, as a student (early testing)" : "Can sit now";
            case ALREADY_HELD:
                return "Already held";
            case NEEDS_REVIEW:
                return "Ask an advisor: the sources leave this open";
            case NEEDS_INFO:
                return "Tell us more: " + d.missing().stream().map(Wording::input).collect(Collectors.joining(", "));
            case NOT_ELIGIBLE:
                String closest = d.unmet().isEmpty() ? "" : ": " + closest(d.unmet().get(0));
                return "Not yet" + closest + (d.eligibleOn() == null ? "" : "; can sit from " + d.eligibleOn());
            default:
                return d.status().name();
        }
    }

    /** The closest unmet condition in a few words: {@code 44 of 48 months}, or what it asks for. */
    private static String closest(Gap g) {
        if (g.need() != null) {
            return (g.have() == null ? "unknown" : String.valueOf(g.have())) + " of " + g.need() + " " + g.unit()
                    + " (" + g.text() + ")";
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
        // the requirement ids grouped by their source, in the order they come: "CHPS-2, CHPS-3: [S5] ..."
        Map<String, java.util.Set<String>> bySource = new java.util.LinkedHashMap<>();
        d.reasons().forEach(r -> bySource.computeIfAbsent(r.source(), k -> new java.util.LinkedHashSet<>())
                .add(r.requirement()));
        d.unmet().forEach(g -> bySource.computeIfAbsent(g.source(), k -> new java.util.LinkedHashSet<>())
                .add(g.requirement()));
        if (bySource.isEmpty()) {
            return d.pathway() == null ? "" : d.pathway();
        }
        return bySource.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
                .collect(Collectors.joining("; "));
    }

    /** Why the candidate can sit an exam now. */
    static String sitNow(Decision d) {
        String because = d.reasons().stream().map(Reason::text).collect(Collectors.joining("; "));
        String early = d.earlyTesting() ? " Apply for early testing with the exam application; the credential is "
                + "withheld until AHIMA has your official transcript." : "";
        String recommended = d.recommendations().isEmpty() ? ""
                : " AHIMA recommends more preparation first: " + gap(d.recommendations().get(0)) + ".";
        return "You can sit the " + d.credential() + " exam now (" + d.pathway() + "): " + because + "." + early
                + recommended;
    }

    /** Why the candidate can sit an exam on its eligibleOn date, through the pathway that decides then. */
    static String sitOn(Decision d, String pathway, List<Gap> open, boolean graduation) {
        String now = open.isEmpty() ? "the rules in force change on that day"
                : (graduation ? "your program is to be completed that day; still open: " : "still open: ")
                + open.stream().map(Wording::gap).collect(Collectors.joining("; "));
        return "If nothing else changes you can sit the " + d.credential() + " exam on " + d.eligibleOn()
                + " through " + pathway + " (" + now + ").";
    }

    /** The one request for everything unknown, naming the answers that wait for it. */
    static String tellUs(Collection<String> missing, List<CredentialCode> waiting) {
        return "Tell us " + missing.stream().map(Wording::input).collect(Collectors.joining(" and ")) + ": the "
                + waiting.stream().map(CredentialCode::code).collect(Collectors.joining(", "))
                + (waiting.size() == 1 ? " answer depends" : " answers depend") + " on it.";
    }

    /** A plan step's need: what to tell us. */
    static String tellUsNeed(String path) {
        return "tell us " + input(path);
    }

    /** The request to have a route the sources leave open checked. */
    static String askAdvisor(Decision d) {
        return "Ask an advisor to check the " + d.credential() + " route " + d.pathway() + " with AHIMA: the published"
                + " sources leave it open.";
    }

    /** The eligibleOn search stopped at its bound with credentials still sought. */
    static String searchStopped(List<CredentialCode> sought, LocalDate notPast, int days) {
        return "When you could sit the " + sought.stream().map(CredentialCode::code).collect(Collectors.joining(", "))
                + (sought.size() == 1 ? " exam" : " exams") + " was not looked for past " + notPast
                + ": your record changes on more days than are searched (" + days + "). Ask an advisor to look"
                + " further.";
    }

    /** The ladder's moves weighed only the first programs under way. */
    static String programsWeighed(int weighed, int named) {
        return "Only the first " + weighed + " of the " + named + " programs under way in your record were weighed"
                + " for next steps. Ask an advisor to weigh the others.";
    }

    /** What a ladder move would open. */
    static String wouldOpen(String move, List<CredentialCode> opened) {
        return move + " would open " + opened.stream().map(CredentialCode::code).collect(Collectors.joining(", "))
                + " (the career guide's ladder).";
    }

    /** A plan step's need when the rules in force change on the day. */
    static String rulesChange(LocalDate day, String pathway) {
        return "the rules in force change on " + day + " (" + pathway + ")";
    }

    /** The needs every exam step ends with. */
    static String examApplication() {
        return "an approved exam application; sit the exam within 120 days of approval (G-1)";
    }

    /** The need an early-testing exam step adds. */
    static String earlyTestingApplication() {
        return "the Application for Early Testing with the exam application";
    }

    static String earnDiploma() {
        return "Earning a high-school diploma or GED";
    }

    static String completeOwn(Education e) {
        return "Completing your " + program(e);
    }

    static String lastTermOfOwn(Education e) {
        return "Reaching the last term of your " + program(e) + " (early testing)";
    }

    static String completeNew(Education e) {
        return "Completing a " + program(e);
    }

    static String lastTermOfNew(Education e) {
        return "Reaching the last term of a " + program(e) + " (early testing)";
    }

    static String passExam(CredentialCode c) {
        return "Passing the " + c + " exam";
    }

    static String gainExperience(int more, String what, int need) {
        return "Gaining " + more + " more months of " + what + " (" + need + " in all)";
    }

    /** A program in words: {@code CAHIIM-accredited HIM bachelor's degree program}. */
    static String program(Education e) {
        String accreditation = e.accreditation() == Accreditation.CAHIIM ? "CAHIIM-accredited " : "";
        String field = e.field() == Field.HIM ? "HIM " : "";
        return accreditation + field + LEVELS.get(e.level()) + " program";
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
        List<String> lines = new java.util.ArrayList<>();
        lines.add("education: " + c.education().map(list -> list.isEmpty() ? "none" : list.stream()
                .map(Wording::entry).collect(Collectors.joining("; "))).orElse("not given"));
        lines.add("credentials: " + (c.credentials().isEmpty() ? "none" : c.credentials().stream()
                .map(h -> (h.name() == null ? h.code().code() : h.name()) + " " + h.status().name().toLowerCase(Locale.ROOT)
                        + (h.earnedOn() == null ? "" : " (passed " + h.earnedOn() + ")"))
                .collect(Collectors.joining("; "))));
        lines.add("experience: " + c.experience().map(list -> list.isEmpty() ? "none" : list.stream()
                .map(Wording::job).collect(Collectors.joining("; "))).orElse("not given"));
        lines.add("coursework: " + (c.coursework().isEmpty() ? "none" : c.coursework().stream()
                .map(a -> a.name().replace('_', ' ').toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(", "))));
        lines.add("exam attempts: " + (c.examAttempts().isEmpty() ? "none" : c.examAttempts().stream()
                .map(a -> a.credential().code() + " " + a.result().name().toLowerCase(Locale.ROOT) + " on " + a.date())
                .collect(Collectors.joining("; "))));
        if (!c.credentials().isEmpty()) {
            lines.add("CEUs: " + c.ceus().map(list -> list.isEmpty() ? "none" : list.size() + " record"
                    + (list.size() == 1 ? "" : "s") + ", " + ceus(list.stream().map(org.himcert.model.CeuRecord::units)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)) + " CEUs in all")
                    .orElse("not given"));
        }
        return lines;
    }

    private static String entry(Education e) {
        String field = e.field() == null ? "field not given" : e.field().name().replace('_', ' ');
        String accreditation = e.accreditation() == null ? "accreditation not given"
                : e.accreditation() == Accreditation.FOREIGN ? "approved by " + e.association()
                : e.accreditation().name();
        String what = e.level() == EducationLevel.HIGH_SCHOOL || e.level() == EducationLevel.GED
                ? LEVELS.get(e.level()) + (e.level() == EducationLevel.HIGH_SCHOOL ? " diploma" : "")
                : LEVELS.get(e.level()) + " (" + field + ", " + accreditation + ")";
        String status = e.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return what + ", " + status + (e.completedOn() != null ? " " + e.completedOn()
                : e.expectedOn() != null ? ", expected " + e.expectedOn() : "");
    }

    private static String job(org.himcert.model.Experience e) {
        String kind = e.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT)
                + (e.multiSpecialty() ? " (multi-specialty)" : "") + (e.healthcare() ? "" : " outside healthcare");
        if (e.months() != null) {
            return kind + ", " + e.months() + " months";
        }
        return kind + " from " + e.from() + (e.to() == null ? ", ongoing" : " to " + e.to());
    }
}
