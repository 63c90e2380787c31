package org.himcert.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An exam sat for a credential.
 *
 * @param credential the credential examined; required
 * @param date       the day of the exam; required
 * @param result     passed or failed; required
 */
public record ExamAttempt(CredentialCode credential, LocalDate date, ExamResult result) {

    /**
     * Validates the attempt.
     *
     * @param credential the credential examined; required
     * @param date       the day of the exam; required
     * @param result     passed or failed; required
     * @throws NullPointerException if any component is null
     */
    public ExamAttempt {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(date, "date");
        Dates.check("date", date);
        Objects.requireNonNull(result, "result");
    }
}
