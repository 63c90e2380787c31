package org.himcert.engine;

import java.time.LocalDate;
import org.himcert.model.CredentialCode;

/**
 * The retest waiting period (G-3) after a failed attempt dated in [attemptsFrom, attemptsTo).
 *
 * @param credential   the credential whose exam was failed
 * @param days         days to wait; eligible again on the attempt date plus this
 * @param attemptsFrom first attempt date the wait applies to
 * @param attemptsTo   first attempt date it no longer applies to
 * @param source       where the figure comes from
 */
public record RetestWait(CredentialCode credential, int days, LocalDate attemptsFrom, LocalDate attemptsTo,
                         String source) {
    /** Whether this wait applies to an attempt on the given day. */
    public boolean appliesTo(LocalDate attempt) {
        return !attempt.isBefore(attemptsFrom) && attempt.isBefore(attemptsTo);
    }
}
