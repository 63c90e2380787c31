package org.himcert;

import java.util.Objects;

/**
 * A requirement the candidate meets.
 *
 * @param requirement the requirement id, e.g. {@code RHIT-1}
 * @param text        the requirement in words
 * @param source      where it comes from
 */
public record Reason(String requirement, String text, String source) {
    /**
     * Validates the reason.
     *
     * @param requirement the requirement id; required
     * @param text        the requirement in words; required
     * @param source      where it comes from; required
     * @throws NullPointerException if any component is null
     */
    public Reason {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
