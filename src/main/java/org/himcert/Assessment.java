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
 * @param nextSteps    recommended next steps, the first one first (none in a brief assessment)
 * @param detail       how much was worked out: {@link Detail#BRIEF} leaves each decision's reasons, unmet
 *                     conditions, missing inputs and recommendations empty, and gives no next steps
 * @param maintenance  what it takes to keep the AHIMA credentials held, or null when none is held ACTIVE or
 *                     INACTIVE
 */
public record Assessment(String candidateId, LocalDate asOf, String rulesVersion, List<Decision> decisions,
                         List<NextStep> nextSteps, Detail detail, Maintenance maintenance) {
    /**
     * Validates and copies the assessment.
     *
     * @param candidateId  the candidate's id; required
     * @param asOf         the date the rules were applied on; required
     * @param rulesVersion the version of the rules and options that decided; required
     * @param decisions    one decision per credential
     * @param nextSteps    recommended next steps, the first one first
     * @param detail       how much was worked out; required
     * @param maintenance  what it takes to keep the AHIMA credentials held, or null when none is held
     * @throws NullPointerException if candidateId, asOf, rulesVersion, detail, decisions or nextSteps is null
     */
    public Assessment {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        Objects.requireNonNull(detail, "detail");
        decisions = List.copyOf(decisions);
        nextSteps = List.copyOf(nextSteps);
    }

    /**
     * An assessment of a candidate who holds no AHIMA credential (no maintenance).
     *
     * @param candidateId  the candidate's id
     * @param asOf         the date the rules were applied on
     * @param rulesVersion the version of the rules and options that decided
     * @param decisions    one decision per credential
     * @param nextSteps    recommended next steps
     * @param detail       how much was worked out
     */
    public Assessment(String candidateId, LocalDate asOf, String rulesVersion, List<Decision> decisions,
                      List<NextStep> nextSteps, Detail detail) {
        this(candidateId, asOf, rulesVersion, decisions, nextSteps, detail, null);
    }

    /**
     * A full assessment.
     *
     * @param candidateId  the candidate's id
     * @param asOf         the date the rules were applied on
     * @param rulesVersion the version of the rules and options that decided
     * @param decisions    one decision per credential
     * @param nextSteps    recommended next steps
     */
    public Assessment(String candidateId, LocalDate asOf, String rulesVersion, List<Decision> decisions,
                      List<NextStep> nextSteps) {
        this(candidateId, asOf, rulesVersion, decisions, nextSteps, Detail.FULL, null);
    }

    /**
     * What it takes to keep the credentials held.
     *
     * @return the maintenance answer, or empty when no AHIMA credential is held ACTIVE or INACTIVE
     */
    public java.util.Optional<Maintenance> keeping() {
        return java.util.Optional.ofNullable(maintenance);
    }

    /**
     * The decision for a credential.
     *
     * @param credential the credential; one of {@link CredentialCode#ASSESSED}
     * @return the decision
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
