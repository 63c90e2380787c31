package org.himcert.advice;

import org.himcert.PlanStep;
import org.himcert.StepAction;

import java.time.LocalDate;
import java.util.List;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;
import static org.himcert.StepAction.*;

/**
 * A hypothetical step. {@code months} is its typical length (an assumption for ranking routes, not a
 * requirement: the parameters' {@code typicalMonths}, the same that order "why not"; experience the months it
 * adds); {@code on} a date the candidate's own records give (a program's
 * expectedOn, the day ongoing experience reaches its need), or null.
 */
public record Move(MoveKind kind, CredentialCode credential, String description, LocalDate earliest,
                    Candidate result, int months, LocalDate on, EducationLevel newProgram) {
    PlanStep step(CredentialCode named, LocalDate date, LocalDate expected) {
        return new PlanStep(kind.action, named, List.of(description), date, expected);
    }

    /** When the step is expected to be done, taken after steps expected to be done on {@code at}. */
    LocalDate expectedAfter(LocalDate at, LocalDate asOf) {
        switch (kind) {
            case EARN_DIPLOMA:
            case NEW_PROGRAM:
            case NEW_PROGRAM_LAST_TERM:
            case EARN_CREDENTIAL:
                return at.plusMonths(months);
            case FINISH_OWN_PROGRAM:
            case OWN_LAST_TERM:
                return max(at, on);
            case GAIN_EXPERIENCE:
                return max(at, on != null ? on : asOf.plusMonths(months));
            default:
                return at;
        }
    }

    /**
     * For a last term reached, when its program is expected to be completed (early testing awards then), a last
     * term being {@code lastTerm} months (the parameters' {@code typicalMonths.LAST_TERM}).
     */
    LocalDate completesOn(LocalDate at, int lastTerm) {
        if (kind == MoveKind.NEW_PROGRAM_LAST_TERM) {
            return at.plusMonths(months + lastTerm);
        }
        return kind == MoveKind.OWN_LAST_TERM && on != null ? on.plusMonths(lastTerm) : null;
    }

    /** The later of two days; {@code a} when {@code b} is null. */
    static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
