package org.himcert.engine;

import java.time.LocalDate;
import java.util.Objects;

/** The date the rules are applied on; rules compare against it, never against the clock. */
public record AsOf(LocalDate date) {
    public AsOf {
        Objects.requireNonNull(date, "date");
    }
}
