package org.himcert.engine;

import java.util.Locale;
import java.util.Set;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;

/**
 * A foreign association whose approved HIM programs qualify for a credential (RHIT-2, RHIA-4).
 *
 * @param credential  the credential
 * @param association the association's name, e.g. {@code CHIMA}; kept in upper case, since names match without
 *                    regard to case
 * @param levels      the program levels that qualify
 */
public record Reciprocity(CredentialCode credential, String association, Set<EducationLevel> levels) {
    public Reciprocity {
        association = association.toUpperCase(Locale.ROOT);
        levels = Set.copyOf(levels);
    }
}
