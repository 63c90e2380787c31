package org.himcert;

import java.time.LocalDate;
import java.util.Objects;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;

/**
 * A held AHIMA credential as maintenance sees it.
 *
 * @param code       the credential
 * @param status     its standing on the as-of date: as given, or INACTIVE or REVOKED when a cycle ended short
 * @param inactiveOn the day it goes (or went) inactive if the cycle's requirements are not met, or null when they
 *                   are met or it cannot be known
 * @param revokedOn  the day it is (or was) revoked after that, or null likewise
 * @param counted    whether it counts toward the CEUs required (false for the RHIT once the RHIA is held, M-6)
 */
public record KeptCredential(CredentialCode code, CredentialStatus status, LocalDate inactiveOn, LocalDate revokedOn,
                             boolean counted) {
    /**
     * Validates the credential.
     *
     * @param code       the credential; required
     * @param status     its standing on the as-of date; required
     * @param inactiveOn the day it goes (or went) inactive, or null
     * @param revokedOn  the day it is (or was) revoked, or null
     * @param counted    whether it counts toward the CEUs required
     * @throws NullPointerException if code or status is null
     */
    public KeptCredential {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
    }
}
