package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
    private final Map<Measure, Integer> months;
    private final Set<CourseArea> coursework;
    private final Set<CredentialCode> held;
    private final Set<CredentialCode> qualifying;
    private final Map<CredentialCode, LocalDate> latestFailure;
    private final List<Education> education;

    private Profile(Candidate c, LocalDate asOf, boolean inactiveCounts, int scenario) {
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
            if (e.isCompleted()) {
                Degree d = Degree.of(e.level());
                if (highest == null || d.compareTo(highest) > 0) {
                    highest = d;
                }
            }
        }
        this.highestDegree = highest;
        this.months = new EnumMap<>(Measure.class);
        c.experience().ifPresent(entries -> {
            for (Measure m : MEASURES) {
                List<Experience> counted = new ArrayList<>(entries.size());
                for (Experience e : entries) {
                    if (counts(e, m)) {
                        counted.add(e);
                    }
                }
                months.put(m, ExperienceCounter.months(counted, asOf));
            }
        });
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

    private static final Measure[] MEASURES = Measure.values();

    /**
     * The profile of a candidate on a date.
     *
     * @param inactiveCounts whether INACTIVE credentials count for pathways (C-12; default no)
     */
    public static Profile of(Candidate candidate, LocalDate asOf, boolean inactiveCounts) {
        return new Profile(candidate, asOf, inactiveCounts, 0);
    }

    /** The profile as the facts of one scenario of a session. */
    static Profile of(Candidate candidate, LocalDate asOf, boolean inactiveCounts, int scenario) {
        return new Profile(candidate, asOf, inactiveCounts, scenario);
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
     * The days after the date on which the candidate's education or credentials change by their own dates:
     * programs completing ({@code completedOn}, and {@code expectedOn} when expected completion counts, for a
     * candidate projected with {@link Candidate#asExpectedOn}) and credentials earned ({@code earnedOn}).
     */
    static Set<LocalDate> ownDates(Candidate c, LocalDate asOf, boolean expectedCompletionCounts) {
        Set<LocalDate> dates = new TreeSet<>();
        for (Education e : c.education().orElse(List.of())) {
            if (e.completedOn() != null && e.completedOn().isAfter(asOf)) {
                dates.add(e.completedOn());
            }
            if (expectedCompletionCounts && !e.isCompleted() && e.expectedOn() != null
                    && e.expectedOn().isAfter(asOf)) {
                dates.add(e.expectedOn());
            }
        }
        for (HeldCredential h : c.credentials()) {
            if (h.earnedOn() != null && h.earnedOn().isAfter(asOf)) {
                dates.add(h.earnedOn());
            }
        }
        return dates;
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
        return months.get(measure);
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
        for (int i = 0; i < education.size(); i++) {
            facts.add(Program.of(scenario, i, education.get(i)));
        }
        qualifying.forEach(code -> facts.add(new Qualifying(scenario, code)));
        latestFailure.forEach((code, date) -> facts.add(new LatestFailure(scenario, code, date)));
        return facts;
    }

    /** Names the fact without its values: input values never reach a log (Drools logs facts at TRACE). */
    @Override
    public String toString() {
        return "Profile[scenario " + scenario + "]";
    }
}
