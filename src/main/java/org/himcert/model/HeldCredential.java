package org.himcert.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credential the candidate holds (or held).
 *
 * @param code     the credential; required
 * @param status   its standing; required
 * @param earnedOn when it was earned, or null
 * @param name     the credential's own name for {@link CredentialCode#OTHER_CODING} (e.g. {@code CPC}), or null
 */
public record HeldCredential(CredentialCode code, CredentialStatus status, LocalDate earnedOn, String name) {

    /**
     * Validates the credential.
     *
     * @param code     the credential; required
     * @param status   its standing; required
     * @param earnedOn when it was earned, or null
     * @param name     the credential's own name for {@link CredentialCode#OTHER_CODING} (e.g. {@code CPC}), or null
     * @throws NullPointerException if code or status is null
     */
    public HeldCredential {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
        Dates.check("earnedOn", earnedOn);
    }

    /**
     * An active credential.
     *
     * @param code the credential; required
     * @return the held credential, with no earnedOn date and no name
     */
    public static HeldCredential active(CredentialCode code) {
        return new HeldCredential(code, CredentialStatus.ACTIVE, null, null);
    }
}
