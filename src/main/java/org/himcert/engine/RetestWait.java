package org.himcert.engine;

import java.time.LocalDate;
import java.util.List;
import org.himcert.model.CredentialCode;
import org.himcert.model.Parameter;

/**
 * The retest waiting period (G-3) after a failed attempt dated in [attemptsFrom, attemptsTo).
 *
 * @param credential   the credential whose exam was failed
 * @param days         days to wait; eligible again on the attempt date plus this
 * @param attemptsFrom first attempt date the wait applies to
 * @param attemptsTo   first attempt date it no longer applies to
 * @param source       where the figure comes from
 * @param rows         the parameter rows the wait comes from (its days; for the CCA and CCS, the day the shorter
 *                     wait began), as an answer cites them
 */
public record RetestWait(CredentialCode credential, int days, LocalDate attemptsFrom, LocalDate attemptsTo,
                         String source, List<Parameter> rows) {
    /** Whether this wait applies to an attempt on the given day. */
    public boolean appliesTo(LocalDate attempt) {
        return !attempt.isBefore(attemptsFrom) && attempt.isBefore(attemptsTo);
    }
}
