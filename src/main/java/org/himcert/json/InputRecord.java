package org.himcert.json;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.himcert.model.Candidate;

/**
 * One input record read from the contract.
 *
 * @param line      the 1-based line on which it starts
 * @param candidate the candidate
 * @param asOf      the record's own as-of date, when given
 */
public record InputRecord(long line, Candidate candidate, Optional<LocalDate> asOf) {
    /**
     * Checks that the candidate and the as-of date are given.
     *
     * @param line      the 1-based line on which it starts
     * @param candidate the candidate
     * @param asOf      the record's own as-of date, or empty
     */
    public InputRecord {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(asOf, "asOf");
    }
}
