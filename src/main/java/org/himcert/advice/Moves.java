package org.himcert.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.himcert.Decision;
import org.himcert.Status;
import org.himcert.engine.Condition;
import org.himcert.engine.Degree;
import org.himcert.engine.Engine;
import org.himcert.engine.Measure;
import org.himcert.engine.PathwayKind;
import org.himcert.engine.Profile;
import org.himcert.engine.Truth;
import org.himcert.engine.TypicalMonths;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;
import org.himcert.text.Wording;

/**
 * The ladder's moves from where a (possibly hypothetical) candidate stands: education (finish a program under way,
 * reach its last term, earn a diploma, a new CAHIIM HIM program, a degree in any field where the target takes
 * one), credentials open in that state, and the experience a pathway of the target lacks. Typical lengths (the
 * parameters' {@code typicalMonths}, the same estimate that orders "why not", C-18) only rank routes.
 */
final class Moves {

    /**
     * Programs under way (kinds of unfinished entry, in input order) whose completion the moves consider, at most:
     * far more than a person is enrolled in at once, and a bound on the hypothetical candidates a record can ask for.
     */
    static final int MAX_PROGRAMS_MOVED = 16;

    private final Advice.Rules rules;

    Moves(Advice.Rules rules) {
        this.rules = rules;
    }

    /** Education moves of the ladder that this candidate has not taken. */
    List<Move> educationMoves(Candidate c, LocalDate asOf) {
        return educationMoves(c, asOf, true);
    }

    /**
     * Education moves of the ladder that this candidate has not taken; with {@code lastTerms} false, without the
     * moves that only reach a program's last term (next steps advise none: they open nothing completing it would
     * not), so that their hypothetical candidates are not built at all.
     */
    List<Move> educationMoves(Candidate c, LocalDate asOf, boolean lastTerms) {
        List<Move> moves = new ArrayList<>();
        if (c.education().isEmpty()) {
            return moves; // no education step is advised blind: the plan asks for the education first
        }
        Profile profile = rules.profile(c, asOf);
        TypicalMonths typical = rules.typicalMonths();
        List<Education> education = c.education().orElse(List.of());
        boolean diplomaUnderWay = education.stream().anyMatch(e -> !e.isCompleted()
                && (e.level() == EducationLevel.HIGH_SCHOOL || e.level() == EducationLevel.GED));
        if (profile.hasDegree(Degree.HIGH_SCHOOL_DIPLOMA) != Truth.YES && !diplomaUnderWay) {
            moves.add(new Move(MoveKind.EARN_DIPLOMA, null, Wording.earnDiploma(), null,
                    withEducation(c, Education.completed(EducationLevel.HIGH_SCHOOL)),
                    typical.of(TypicalMonths.Step.DIPLOMA), null, null));
        }
        // entries alike but for their dates give moves alike: each kind of unfinished entry is considered once
        // (its first entry), and at most MAX_PROGRAMS_MOVED kinds, so that the moves of a record naming thousands
        // of programs are as few as those of a record naming a handful
        Set<Education> considered = new HashSet<>();
        for (int i = 0; i < education.size() && considered.size() < MAX_PROGRAMS_MOVED; i++) {
            Education e = education.get(i);
            if (!e.isCompleted() && considered.add(e.withCompletedOn(null).withExpectedOn(null))) {
                List<Education> done = new ArrayList<>(education);
                done.set(i, e.withStatus(ProgramStatus.COMPLETED));
                LocalDate expected = e.expectedOn() == null || !e.expectedOn().isAfter(asOf) ? null : e.expectedOn();
                // without an expectedOn date the program ends as its status lets one estimate (C-18: a last term's
                // months; an enrolment's typical length), not today
                LocalDate finishes = expected != null ? expected
                        : asOf.plusMonths(typical.toFinish(profile.education().get(i), asOf, profile));
                moves.add(new Move(MoveKind.FINISH_OWN_PROGRAM, null, Wording.completeOwn(e),
                        e.expectedOn(), withEducation(c, done), 0, finishes, null));
                if (lastTerms && e.status() == ProgramStatus.ENROLLED) {
                    List<Education> lastTerm = new ArrayList<>(education);
                    lastTerm.set(i, e.withStatus(ProgramStatus.FINAL_TERM));
                    LocalDate lastTermOn = Move.max(asOf, finishes.minusMonths(typical.of(TypicalMonths.Step.LAST_TERM)));
                    moves.add(new Move(MoveKind.OWN_LAST_TERM, null, Wording.lastTermOfOwn(e), null,
                            withEducation(c, lastTerm), 0, lastTermOn, null));
                }
            }
        }
        addProgram(moves, c, education, EducationLevel.ASSOCIATE, lastTerms, typical, profile);
        addProgram(moves, c, education, EducationLevel.BACHELOR, lastTerms, typical, profile);
        if (profile.hasDegree(Degree.BACHELOR) == Truth.YES) {
            addProgram(moves, c, education, EducationLevel.POST_BACCALAUREATE_CERTIFICATE, lastTerms, typical,
                    profile);
        }
        return moves;
    }

    /**
     * The kinds of program under way that the moves tell apart (entries alike but for their dates, as the rules see
     * them on the date); the moves weigh the first {@link #MAX_PROGRAMS_MOVED}.
     */
    int programsUnderWay(Candidate c, LocalDate asOf) {
        Set<Education> kinds = new HashSet<>();
        for (Education e : rules.essential(c, asOf).education().orElse(List.of())) {
            if (!e.isCompleted()) {
                kinds.add(e.withCompletedOn(null).withExpectedOn(null));
            }
        }
        return kinds.size();
    }

    /** Completing a CAHIIM HIM program at the level, or reaching its last term (the early-testing option). */
    private static void addProgram(List<Move> moves, Candidate c, List<Education> education, EducationLevel level,
                                   boolean lastTerm, TypicalMonths typical, Profile profile) {
        int months = typical.toEarn(level, profile);
        Education program = Education.cahiimHim(level);
        boolean has = education.stream().anyMatch(e -> e.level() == level && e.field() == program.field()
                && e.accreditation() == program.accreditation());
        if (!has) {
            List<Education> more = new ArrayList<>(education);
            more.add(program);
            moves.add(new Move(MoveKind.NEW_PROGRAM, null, Wording.completeNew(program), null,
                    withEducation(c, more), months, null, level));
            if (lastTerm) {
                List<Education> inLastTerm = new ArrayList<>(education);
                inLastTerm.add(program.withStatus(ProgramStatus.FINAL_TERM));
                moves.add(new Move(MoveKind.NEW_PROGRAM_LAST_TERM, null, Wording.lastTermOfNew(program), null,
                        withEducation(c, inLastTerm), Math.max(0, months - typical.of(TypicalMonths.Step.LAST_TERM)),
                        null, level));
            }
        }
    }

    /** Every move toward the target: education, credentials open in this state, and experience it lacks. */
    List<Move> moves(Candidate c, Engine.Evaluation evaluation, CredentialCode target, LocalDate asOf) {
        List<Move> moves = new ArrayList<>();
        // a degree in any field where a pathway of the target takes one (CHPS-4: a bachelor's in any field), before
        // the HIM programs, so that the route of that pathway names what it asks and no more
        Set<EducationLevel> degrees = new java.util.TreeSet<>();
        for (Condition open : evaluation.conditions()) {
            if (open.credential() == target && open.degree() != null && open.state() == Truth.NO
                    && open.degree() != EducationLevel.HIGH_SCHOOL && open.degree() != EducationLevel.GED
                    && open.kind() != PathwayKind.RECOMMENDATION) {
                degrees.add(open.degree());
            }
        }
        for (EducationLevel level : degrees) {
            if (c.education().orElse(List.of()).stream().anyMatch(e -> !e.isCompleted()
                    && e.level().compareTo(level) >= 0)) {
                continue; // finishing the program under way is the move (a program at the level or above)
            }
            Education degree = Education.completed(level);
            List<Education> more = new ArrayList<>(c.education().orElse(List.of()));
            more.add(degree);
            moves.add(new Move(MoveKind.NEW_PROGRAM, null, Wording.completeAnyField(degree), null,
                    withEducation(c, more), rules.typicalMonths().toEarn(level, evaluation.profile()), null, level));
        }
        moves.addAll(educationMoves(c, asOf));
        List<Decision> statuses = rules.decide(evaluation, false);
        for (CredentialCode other : Advice.LADDER) {
            if (other != target && statuses.get(CredentialCode.ASSESSED.indexOf(other)).status() == Status.ELIGIBLE) {
                List<HeldCredential> held = new ArrayList<>(c.credentials());
                held.add(HeldCredential.active(other));
                moves.add(new Move(MoveKind.EARN_CREDENTIAL, other, Wording.passExam(other), asOf,
                        c.withCredentials(held), rules.typicalMonths().of(TypicalMonths.Step.EXAM), null, null));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        // the smallest need first; ties in a fixed order, whatever order the rules derived the conditions in
        List<Condition> conditions = evaluation.conditions().stream()
                .sorted(Comparator.comparing(Condition::need, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Condition::credential).thenComparing(Condition::pathway)
                        .thenComparing(Condition::requirement).thenComparing(Condition::text))
                .toList();
        for (Condition open : conditions) {
            if (open.credential() == target && open.kind() != PathwayKind.RECOMMENDATION
                    && open.state() == Truth.NO && open.measure() != null && seen.add(open.measure() + "/" + open.need())) {
                int more = open.need() - open.have();
                List<Experience> experience = new ArrayList<>(c.experience().orElse(List.of()));
                experience.add(Experience.months(kindOf(open), more));
                if (open.measure() == Measure.MULTI_SPECIALTY_CODING) {
                    experience.set(experience.size() - 1, experience.get(experience.size() - 1).asMultiSpecialty());
                }
                LocalDate reached = evaluation.profile().dateReaching(open.measure(), open.need());
                moves.add(new Move(MoveKind.GAIN_EXPERIENCE, null, Wording.gainExperience(more, open.text(), open.need()), reached,
                        c.withExperience(experience), more, reached, null));
            }
        }
        return moves;
    }

    private static ExperienceKind kindOf(Condition months) {
        return months.measure() == Measure.PRIVACY_SECURITY_MANAGEMENT
                ? ExperienceKind.PRIVACY_SECURITY_MANAGEMENT : ExperienceKind.CODING;
    }

    private static Candidate withEducation(Candidate c, Education added) {
        List<Education> more = new ArrayList<>(c.education().orElse(List.of()));
        more.add(added);
        return withEducation(c, more);
    }

    private static Candidate withEducation(Candidate c, List<Education> education) {
        return c.withEducation(education);
    }
}
