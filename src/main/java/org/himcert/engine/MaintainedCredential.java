package org.himcert.engine;

import java.time.LocalDate;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;

/**
 * An AHIMA credential the candidate holds, ACTIVE or INACTIVE, on the as-of date: what the maintenance rules keep.
 *
 * @param scenario the scenario the fact belongs to
 * @param index    its place in the candidate's {@code credentials} (for the input path)
 * @param code     the credential
 * @param status   its standing as the input gives it
 * @param earnedOn the day its exam was passed, or null when not given
 */
public record MaintainedCredential(int scenario, int index, CredentialCode code, CredentialStatus status, LocalDate earnedOn) {

    /** Names the fact without its values: input values never reach a log. */
    @Override
    public String toString() {
        return "MaintainedCredential[scenario " + scenario + "]";
    }
}
