package org.himcert;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CredentialCode;

/**
 * One step of a plan toward a target credential.
 *
 * @param action     what to do, e.g. {@code SIT_EXAM}, {@code COMPLETE_PROGRAM}, {@code GAIN_EXPERIENCE}
 * @param credential the credential the step is (or whose exam it is), or null
 * @param needs      what the step needs, in words
 * @param earliest   the earliest date the step can be done, when it can be known
 */
public record PlanStep(String action, CredentialCode credential, List<String> needs, LocalDate earliest) {
    public PlanStep {
        Objects.requireNonNull(action, "action");
        needs = List.copyOf(needs);
    }
}
