package org.himcert.engine;

import java.time.LocalDate;
import org.himcert.model.CredentialCode;

/**
 * The candidate's most recent failed attempt at a credential's exam on or before the as-of date.
 *
 * @param scenario   the scenario the fact belongs to
 * @param credential the credential whose exam was failed
 * @param date       the attempt's date
 */
public record LatestFailure(int scenario, CredentialCode credential, LocalDate date) {

    /** Names the fact without its date: input values never reach a log. */
    @Override
    public String toString() {
        return "LatestFailure[scenario " + scenario + ", " + credential + "]";
    }
}
