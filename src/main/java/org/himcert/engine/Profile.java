package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.himcert.model.Candidate;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.Education;
import org.himcert.model.ExamAttempt;
import org.himcert.model.ExamResult;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;

/**
 * What a candidate has on the as-of date, computed once in plain Java so that the rules read like the
 * requirements: degrees attained (with the implied ones), months of each kind of experience, the credentials
 * that count, the latest failed attempt per exam, and which inputs are unknown.
 */
public final class Profile {

    private final int scenario;
    private final LocalDate asOf;
    private final boolean educationKnown;
    private final Degree highestDegree;
    private final List<Experience> experience;
    /**
     * The experience counted, on first use (a profile asked only about degrees never counts it); counting twice on a
     * race gives equal tallies, whose fields are final.
     */
    private ExperienceTally tally;
    private final Set<CourseArea> coursework;
    private final Set<CredentialCode> held;
    private final Set<CredentialCode> qualifying;
    private final Map<CredentialCode, LocalDate> latestFailure;
    private final List<Education> education;

    private Profile(Candidate c, LocalDate asOf, boolean inactiveCounts, boolean enrolmentImpliesDiploma, int scenario,
                    ExperienceTally tally) {
        this.scenario = scenario;
        this.asOf = asOf;
        this.educationKnown = c.education().isPresent();
        List<Education> given = c.education().orElse(List.of());
        Education[] onDate = new Education[given.size()];
        for (int i = 0; i < onDate.length; i++) {
            onDate[i] = onDate(given.get(i), asOf);
        }
        this.education = List.of(onDate);
        Degree highest = null;
        for (Education e : education) {
            Degree d = e.isCompleted() ? Degree.of(e.level())
                    // C-17: enrolling in a college program takes a diploma or GED (the career guide, step 1)
                    : enrolmentImpliesDiploma && Degree.of(e.level()).compareTo(Degree.ASSOCIATE) >= 0
                    ? Degree.HIGH_SCHOOL_DIPLOMA : null;
            if (d != null && (highest == null || d.compareTo(highest) > 0)) {
                highest = d;
            }
        }
        this.highestDegree = highest;
        this.experience = c.experience().orElse(null);
        this.tally = tally;
        this.coursework = c.coursework().isEmpty() ? Set.of() : EnumSet.copyOf(c.coursework());
        this.held = EnumSet.noneOf(CredentialCode.class);
        this.qualifying = EnumSet.noneOf(CredentialCode.class);
        for (HeldCredential h : c.credentials()) {
            if (h.earnedOn() != null && h.earnedOn().isAfter(asOf)) {
                continue; // not earned yet on the as-of date
            }
            if (h.status() != CredentialStatus.REVOKED) {
                held.add(h.code());
            }
            if (h.status() == CredentialStatus.ACTIVE || inactiveCounts && h.status() == CredentialStatus.INACTIVE) {
                qualifying.add(h.code());
            }
        }
        this.latestFailure = new EnumMap<>(CredentialCode.class);
        for (ExamAttempt a : c.examAttempts()) {
            if (a.result() == ExamResult.FAILED && !a.date().isAfter(asOf)) {
                latestFailure.merge(a.credential(), a.date(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
    }

    /**
     * The profile of a candidate on a date.
     *
     * @param inactiveCounts          whether INACTIVE credentials count for pathways (C-12; default no)
     * @param enrolmentImpliesDiploma whether an entry at associate level or above, whatever its status, implies a
     *                                high-school diploma or equivalent (C-17; default yes)
     */
    public static Profile of(Candidate candidate, LocalDate asOf, boolean inactiveCounts,
                             boolean enrolmentImpliesDiploma) {
        return new Profile(candidate, asOf, inactiveCounts, enrolmentImpliesDiploma, 0, null);
    }

    /**
     * The profile as the facts of one scenario of a session.
     *
     * @param tally the candidate's experience already counted (questions about candidates who share their experience
     *              share it), or null to count it here
     */
    static Profile of(Candidate candidate, LocalDate asOf, boolean inactiveCounts, boolean enrolmentImpliesDiploma,
                      int scenario, ExperienceTally tally) {
        return new Profile(candidate, asOf, inactiveCounts, enrolmentImpliesDiploma, scenario, tally);
    }

    /** The scenario this profile's facts belong to; the rules join on it. */
    public int getScenario() {
        return scenario;
    }

    /**
     * An education entry as it stands on the date by its own {@code completedOn}: completed from that day on,
     * whatever its status says, and not yet completed before it (still under way, expected then).
     */
    static Education onDate(Education e, LocalDate asOf) {
        if (e.completedOn() == null) {
            return e;
        }
        if (!e.completedOn().isAfter(asOf)) {
            return e.isCompleted() ? e : e.withStatus(ProgramStatus.COMPLETED);
        }
        if (!e.isCompleted()) {
            return e;
        }
        Education underWay = e.withStatus(ProgramStatus.ENROLLED);
        return e.expectedOn() == null ? underWay.withExpectedOn(e.completedOn()) : underWay;
    }

    /**
     * The days after the date on which the candidate's education or credentials change as the rules see them, by
     * their own dates: programs completing ({@code completedOn}, and {@code expectedOn} when expected completion
     * counts, for a candidate projected with {@link Candidate#asExpectedOn}) and credentials earned
     * ({@code earnedOn}). A day on which only a program the rules cannot tell from another already completed (or
     * still under way) changes is not one: the facts the rules see that day are the facts of the day before, so a
     * record of thousands of programs finishing on different days has as many of these days as it has kinds of
     * program, not as many as it has dates.
     */
    static Set<LocalDate> ownDates(Candidate c, LocalDate asOf, boolean expectedCompletionCounts) {
        Set<LocalDate> dates = new TreeSet<>();
        List<Education> education = c.education().orElse(List.of());
        if (education.size() == 1) {
            LocalDate d = completes(education.get(0), asOf, expectedCompletionCounts);
            if (d != null) {
                dates.add(d);
            }
        } else if (education.size() > 1) {
            programDates(education, asOf, expectedCompletionCounts, dates);
        }
        Map<Object, LocalDate> earned = new HashMap<>();
        Set<Object> held = new HashSet<>();
        for (HeldCredential h : c.credentials()) {
            List<Object> key = List.of(h.code(), h.status());
            if (h.earnedOn() == null || !h.earnedOn().isAfter(asOf)) {
                held.add(key); // the credential stands so already: a later one like it changes nothing
            } else {
                earned.merge(key, h.earnedOn(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        earned.forEach((key, on) -> {
            if (!held.contains(key)) {
                dates.add(on);
            }
        });
        return dates;
    }

    /** The day after {@code asOf} on which the entry completes by its own dates, or null. */
    private static LocalDate completes(Education e, LocalDate asOf, boolean expectedCompletionCounts) {
        LocalDate on = e.completedOn() != null && e.completedOn().isAfter(asOf) ? e.completedOn() : null;
        if (expectedCompletionCounts && !e.isCompleted() && e.expectedOn() != null && e.expectedOn().isAfter(asOf)
                && (on == null || e.expectedOn().isBefore(on))) {
            on = e.expectedOn();
        }
        return on;
    }

    /**
     * The days on which the programs the rules see change: for each kind of program (the rules' view of an entry
     * but its status), the statuses its entries stand in are followed through the days they complete, and a day
     * counts when that set of statuses changes (the first of the kind completed, or the last one in a status gone).
     */
    private static void programDates(List<Education> education, LocalDate asOf, boolean expectedCompletionCounts,
                                     Set<LocalDate> dates) {
        record Change(LocalDate on, ProgramStatus from) {
        }
        Map<Object, List<Change>> changes = new HashMap<>();
        Map<Object, EnumMap<ProgramStatus, Integer>> standing = new HashMap<>();
        for (Education e : education) {
            Education now = onDate(e, asOf);
            Object kind = Program.key(now.withStatus(ProgramStatus.COMPLETED));
            standing.computeIfAbsent(kind, k -> new EnumMap<>(ProgramStatus.class)).merge(now.status(), 1,
                    Integer::sum);
            LocalDate on = now.isCompleted() ? null : completes(e, asOf, expectedCompletionCounts);
            if (on != null) {
                changes.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Change(on, now.status()));
            }
        }
        changes.forEach((kind, list) -> {
            list.sort(Comparator.comparing(Change::on));
            EnumMap<ProgramStatus, Integer> counts = standing.get(kind);
            for (int i = 0; i < list.size(); ) {
                LocalDate on = list.get(i).on();
                Set<ProgramStatus> before = EnumSet.copyOf(counts.keySet());
                for (; i < list.size() && list.get(i).on().equals(on); i++) {
                    counts.merge(list.get(i).from(), -1, Integer::sum);
                    counts.remove(list.get(i).from(), 0);
                    counts.merge(ProgramStatus.COMPLETED, 1, Integer::sum);
                }
                if (!counts.keySet().equals(before)) {
                    dates.add(on);
                }
            }
        });
    }

    /** Whether an experience entry counts toward a measure (healthcare experience of the measured kind). */
    static boolean counts(Experience e, Measure m) {
        if (!e.healthcare()) {
            return false;
        }
        switch (m) {
            case CODING:
                return e.kind() == ExperienceKind.CODING;
            case MULTI_SPECIALTY_CODING:
                return e.kind() == ExperienceKind.CODING && e.multiSpecialty();
            case PRIVACY_SECURITY_MANAGEMENT:
                return e.kind() == ExperienceKind.PRIVACY_SECURITY_MANAGEMENT;
            default:
                throw new IllegalArgumentException(m.name());
        }
    }

    /** The highest degree the candidate has on the date (C-17: a program under way implies a diploma), or null. */
    public Degree highestDegree() {
        return highestDegree;
    }

    /** The education entries as they stand on the date. */
    public List<Education> education() {
        return education;
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Whether the candidate has the degree (or a higher one): UNKNOWN when education was not given. */
    public Truth hasDegree(Degree degree) {
        if (highestDegree != null && highestDegree.compareTo(degree) >= 0) {
            return Truth.YES;
        }
        return educationKnown ? Truth.NO : Truth.UNKNOWN;
    }

    /** A high-school diploma or GED (or a higher degree); UNKNOWN when education was not given. */
    public Truth getHighSchoolDiploma() {
        return hasDegree(Degree.HIGH_SCHOOL_DIPLOMA);
    }

    /** An associate degree or higher. */
    public Truth getAssociateDegree() {
        return hasDegree(Degree.ASSOCIATE);
    }

    /** A bachelor's degree or higher. */
    public Truth getBachelorsDegree() {
        return hasDegree(Degree.BACHELOR);
    }

    /** A master's degree or higher. */
    public Truth getMastersDegree() {
        return hasDegree(Degree.MASTER_OR_HIGHER);
    }

    /** Months of coding experience, or null when experience was not given. */
    public Integer getCodingMonths() {
        return months(Measure.CODING);
    }

    /** Months of multi-specialty physician-based coding experience, or null when experience was not given. */
    public Integer getMultiSpecialtyCodingMonths() {
        return months(Measure.MULTI_SPECIALTY_CODING);
    }

    /** Months of healthcare privacy or security management experience, or null when experience was not given. */
    public Integer getPrivacySecurityMonths() {
        return months(Measure.PRIVACY_SECURITY_MANAGEMENT);
    }

    /** Months of the measured experience on the as-of date, or null when experience was not given. */
    public Integer months(Measure measure) {
        return experience == null ? null : tally().months(measure, asOf);
    }

    /**
     * The first day after the as-of date on which the measure reaches {@code need} months if nothing else changes,
     * or null when it never will or experience was not given.
     */
    public LocalDate dateReaching(Measure measure, int need) {
        return experience == null ? null : tally().dateReaching(measure, need, asOf);
    }

    private ExperienceTally tally() {
        ExperienceTally counted = tally;
        if (counted == null) {
            counted = ExperienceTally.of(experience);
            tally = counted;
        }
        return counted;
    }

    /** Whether education was given. */
    public boolean isEducationKnown() {
        return educationKnown;
    }

    /** Completed coursework areas. */
    public Set<CourseArea> coursework() {
        return coursework;
    }

    /** Whether the credential counts for pathways (held ACTIVE, or INACTIVE when the option says so). */
    public boolean qualifies(CredentialCode code) {
        return qualifying.contains(code);
    }

    /** Whether the credential is held ACTIVE or INACTIVE (the ALREADY_HELD test). */
    public boolean holds(CredentialCode code) {
        return held.contains(code);
    }

    /** The date of the latest failed attempt at the credential's exam on or before the as-of date. */
    public Optional<LocalDate> latestFailure(CredentialCode code) {
        return Optional.ofNullable(latestFailure.get(code));
    }

    /** The facts this profile hands to the rules. */
    List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(new AsOf(scenario, asOf));
        facts.add(this);
        if (education.size() == 1) {
            facts.add(Program.of(scenario, 0, education.get(0)));
        } else if (education.size() > 1) {
            programs(facts);
        }
        qualifying.forEach(code -> facts.add(new Qualifying(scenario, code)));
        latestFailure.forEach((code, date) -> facts.add(new LatestFailure(scenario, code, date)));
        return facts;
    }

    /**
     * One Program fact per group of entries the rules cannot tell apart on the as-of date, in the order of each
     * group's first entry: a record that repeats a program thousands of times hands the rules as many facts as one
     * that names it once (the facts name every entry they stand for, for the inputs an answer is missing).
     */
    private void programs(List<Object> facts) {
        Map<Object, Group> groups = new LinkedHashMap<>();
        for (int i = 0; i < education.size(); i++) {
            groups.computeIfAbsent(Program.key(education.get(i)), k -> new Group()).add(i);
        }
        for (Group g : groups.values()) {
            int[] entries = Arrays.copyOf(g.entries, g.size);
            facts.add(Program.of(scenario, entries, education.get(entries[0])));
        }
    }

    /** The positions of equal entries, growing as they are found. */
    private static final class Group {
        private int[] entries = new int[2];
        private int size;

        void add(int index) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = index;
        }
    }

    /** Names the fact without its values: input values never reach a log (Drools logs facts at TRACE). */
    @Override
    public String toString() {
        return "Profile[scenario " + scenario + "]";
    }
}
