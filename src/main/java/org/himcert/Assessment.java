package org.himcert;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.himcert.model.CredentialCode;

/**
 * The decisions for one candidate on one date, one per assessed credential in the order of
 * {@link CredentialCode#ASSESSED}.
 *
 * @param candidateId  the candidate's id
 * @param asOf         the date the rules were applied on
 * @param rulesVersion the version of the rules and options that decided
 * @param decisions    one decision per credential
 * @param nextSteps    recommended next steps, the first one first
 */
public record Assessment(String candidateId, LocalDate asOf, String rulesVersion, List<Decision> decisions,
                         List<NextStep> nextSteps) {
    public Assessment {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        decisions = List.copyOf(decisions);
        nextSteps = List.copyOf(nextSteps);
    }

    /**
     * The decision for a credential.
     *
     * @throws NoSuchElementException if the credential is not assessed (CDIP, CHDA, OTHER_CODING)
     */
    public Decision decision(CredentialCode credential) {
        for (Decision d : decisions) {
            if (d.credential() == credential) {
                return d;
            }
        }
        throw new NoSuchElementException(credential + " is not assessed; assessed: " + CredentialCode.ASSESSED);
    }
}
