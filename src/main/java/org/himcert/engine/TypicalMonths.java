package org.himcert.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.himcert.model.Accreditation;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Field;
import org.himcert.model.ProgramStatus;

/**
 * How long closing a condition that is not a number of months typically takes (C-18): the {@code typicalMonths}
 * rows of the parameters file. One estimate for two readers: the order of the pathways in "why not" (a pathway's
 * unmet conditions) and the ranking of a plan's routes, so that {@code assess} and {@code plan} name the same
 * closest route. Estimates, not requirements: no decision is taken on them.
 *
 * <p>Education is earned one level after another from the highest degree the candidate has (a bachelor's after an
 * associate degree takes its own, shorter, row); a program the candidate is in closes on its {@code expectedOn}
 * date, or, without one, in its last term's months when it is in its last term (nothing when only the transcript
 * or the degree is awaited) and at its typical length when merely enrolled.
 */
public final class TypicalMonths {

    /** The rows, one per kind of step. */
    public enum Step {
        /** A high-school diploma or equivalent (GED). */
        DIPLOMA,
        /** An associate degree program. */
        ASSOCIATE,
        /** A bachelor's degree program, without an associate degree. */
        BACHELOR,
        /** A bachelor's degree program after an associate degree. */
        BACHELOR_AFTER_ASSOCIATE,
        /** A post-baccalaureate certificate program, after a bachelor's degree. */
        POST_BACCALAUREATE_CERTIFICATE,
        /** A master's degree program, after a bachelor's degree. */
        MASTER,
        /** Coding training covering the required areas. */
        CODING_TRAINING,
        /** Applying for, scheduling and sitting an exam one is eligible for. */
        EXAM,
        /** A program's last term. */
        LAST_TERM
    }

    private final Map<Step, Integer> months;

    TypicalMonths(Map<Step, Integer> months) {
        this.months = new EnumMap<>(months);
        for (Step s : Step.values()) {
            if (!this.months.containsKey(s)) {
                throw new IllegalArgumentException("no typical length for " + s);
            }
        }
    }

    /** A step's row. */
    public int of(Step step) {
        return months.get(step);
    }

    /**
     * Months from the highest degree the profile shows to a completed program at the level, one level after
     * another (a diploma first when there is none); or, when sooner, from a lower program under way once it is
     * finished (a final-term associate student's bachelor's: the last term, then a bachelor's after an associate).
     */
    public int toEarn(EducationLevel level, Profile profile) {
        Degree held = profile.highestDegree();
        int best = chain(level, held);
        Degree asked = Degree.of(level);
        for (Education e : profile.education()) {
            Degree under = Degree.of(e.level());
            if (!e.isCompleted() && under.compareTo(asked) < 0 && (held == null || under.compareTo(held) > 0)) {
                best = Math.min(best, toFinish(e, profile.asOf(), profile) + chain(level, under));
            }
        }
        return best;
    }

    /** Months from a degree held (null: none) to a completed program at the level, one level after another. */
    private int chain(EducationLevel level, Degree held) {
        return switch (level) {
            case HIGH_SCHOOL, GED -> held == null ? of(Step.DIPLOMA) : 0;
            case ASSOCIATE -> diploma(held) + of(Step.ASSOCIATE);
            case BACHELOR -> bachelor(held);
            case POST_BACCALAUREATE_CERTIFICATE -> afterBachelor(held) + of(Step.POST_BACCALAUREATE_CERTIFICATE);
            case MASTER, DOCTORATE -> afterBachelor(held) + of(Step.MASTER);
        };
    }

    private int diploma(Degree held) {
        return held == null ? of(Step.DIPLOMA) : 0;
    }

    private int bachelor(Degree held) {
        return held != null && held.compareTo(Degree.ASSOCIATE) >= 0 ? of(Step.BACHELOR_AFTER_ASSOCIATE)
                : diploma(held) + of(Step.BACHELOR);
    }

    /** To a bachelor's degree first (nothing when one is held), for a program that follows one. */
    private int afterBachelor(Degree held) {
        return held != null && held.compareTo(Degree.BACHELOR) >= 0 ? 0 : bachelor(held);
    }

    /** Months until a program under way completes: its expectedOn, else by its status (see the class). */
    public int toFinish(Education program, LocalDate asOf, Profile profile) {
        if (program.expectedOn() != null && program.expectedOn().isAfter(asOf)) {
            return (int) Math.max(1, ChronoUnit.MONTHS.between(asOf, program.expectedOn()));
        }
        return switch (program.status()) {
            case COMPLETED, COURSEWORK_COMPLETE, AWAITING_TRANSCRIPT -> 0;
            case FINAL_TERM -> of(Step.LAST_TERM);
            case ENROLLED -> program.level() == EducationLevel.BACHELOR
                    && profile.highestDegree() != null && profile.highestDegree().compareTo(Degree.ASSOCIATE) >= 0
                    ? of(Step.BACHELOR_AFTER_ASSOCIATE) : typical(program.level());
        };
    }

    /** A program's own typical length at the level, without the levels before it. */
    public int typical(EducationLevel level) {
        return switch (level) {
            case HIGH_SCHOOL, GED -> of(Step.DIPLOMA);
            case ASSOCIATE -> of(Step.ASSOCIATE);
            case BACHELOR -> of(Step.BACHELOR);
            case POST_BACCALAUREATE_CERTIFICATE -> of(Step.POST_BACCALAUREATE_CERTIFICATE);
            case MASTER, DOCTORATE -> of(Step.MASTER);
        };
    }

    /**
     * Months to close an education condition: a program at the level (a CAHIIM-accredited HIM one when {@code him};
     * any field otherwise), completed, or in its last term when {@code lastTerm}. A matching program under way
     * closes it as it finishes (or reaches its last term); otherwise a new one is taken.
     */
    public int toClose(EducationLevel level, boolean him, boolean lastTerm, Profile profile) {
        int best = Math.max(0, toEarn(level, profile) - (lastTerm ? of(Step.LAST_TERM) : 0));
        List<Education> programs = profile.education();
        for (Education e : programs) {
            if (e.isCompleted() || e.level() != level
                    || him && (e.field() != Field.HIM || e.accreditation() != Accreditation.CAHIIM)) {
                continue;
            }
            int finish = toFinish(e, profile.asOf(), profile);
            int months = lastTerm ? (e.status() == ProgramStatus.ENROLLED ? Math.max(0, finish - of(Step.LAST_TERM))
                    : 0) : finish;
            best = Math.min(best, months);
        }
        return best;
    }
}
