package org.himcert.engine;

import java.time.LocalDate;
import org.himcert.model.CredentialCode;

/** The candidate's most recent failed attempt at a credential's exam on or before the as-of date. */
public record LatestFailure(CredentialCode credential, LocalDate date) {
}
