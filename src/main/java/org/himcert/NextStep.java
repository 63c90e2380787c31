package org.himcert;

import java.time.LocalDate;
import java.util.Objects;
import org.himcert.model.CredentialCode;

/**
 * A recommended next step for a candidate, in words an advisor can read to a student.
 *
 * @param action     what to do
 * @param credential the credential the step leads to, or null
 * @param why        why this step, in plain words
 * @param eligibleOn the earliest date the step can be taken, or null when it can be taken now or no date is known
 * @param dueBy      the last day the step can be taken to help (keeping a credential: the cycle's last day), or
 *                   null
 */
public record NextStep(StepAction action, CredentialCode credential, String why, LocalDate eligibleOn,
                       LocalDate dueBy) {
    /**
     * Validates the step.
     *
     * @param action     what to do; required
     * @param credential the credential the step leads to, or null
     * @param why        why this step, in plain words; required
     * @param eligibleOn the earliest date the step can be taken, or null
     * @param dueBy      the last day the step can be taken to help, or null
     * @throws NullPointerException if action or why is null
     */
    public NextStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(why, "why");
    }

    /**
     * A step with no last day.
     *
     * @param action     what to do
     * @param credential the credential the step leads to, or null
     * @param why        why this step, in plain words
     * @param eligibleOn the earliest date the step can be taken, or null
     */
    public NextStep(StepAction action, CredentialCode credential, String why, LocalDate eligibleOn) {
        this(action, credential, why, eligibleOn, null);
    }
}
