package org.himcert;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;

/**
 * A foreign association whose approved HIM programs, at the given levels, qualify for a credential
 * (RHIT-2, RHIA-4).
 *
 * @param credential  RHIT or RHIA
 * @param association the association's name, matched exactly against {@code education[].association}
 * @param levels      the program levels that qualify
 */
public record ReciprocityAgreement(CredentialCode credential, String association, Set<EducationLevel> levels) {
    /**
     * Validates and copies the agreement.
     *
     * @param credential  RHIT or RHIA; required
     * @param association the association's name; required
     * @param levels      the program levels that qualify; at least one
     * @throws IllegalArgumentException if the credential is not RHIT or RHIA, the association is blank, or no
     *                                  level is given
     */
    public ReciprocityAgreement {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(association, "association");
        if (credential != CredentialCode.RHIT && credential != CredentialCode.RHIA) {
            throw new IllegalArgumentException("reciprocity applies to RHIT and RHIA only, not " + credential);
        }
        if (association.isBlank()) {
            throw new IllegalArgumentException("association must not be blank");
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("give at least one program level");
        }
        levels = Set.copyOf(EnumSet.copyOf(levels));
    }
}
