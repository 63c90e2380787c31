package org.himcert;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CredentialCode;

/**
 * One step of a plan toward a target credential.
 *
 * @param action     what to do
 * @param credential the credential the step is, whose exam it is, or that it opens (a program completed), or null
 * @param needs      what the step needs, in words
 * @param earliest   the earliest date the step can be done, when it can be known
 * @param expectedOn when the step is expected to be done if the candidate starts now: programs at their typical
 *                   length one after another, experience accruing from the as-of date (a planning estimate, not a
 *                   requirement); the route's last step gives when it reaches the target
 */
public record PlanStep(StepAction action, CredentialCode credential, List<String> needs, LocalDate earliest,
                       LocalDate expectedOn) {
    /**
     * Validates and copies the step.
     *
     * @param action     what to do; required
     * @param credential the credential the step is, whose exam it is, or that it opens, or null
     * @param needs      what the step needs, in words
     * @param earliest   the earliest date the step can be done, or null
     * @param expectedOn when the step is expected to be done if the candidate starts now, or null
     * @throws NullPointerException if action or needs is null
     */
    public PlanStep {
        Objects.requireNonNull(action, "action");
        needs = List.copyOf(needs);
    }
}
