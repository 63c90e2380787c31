package org.himcert;

import java.util.List;
import java.util.Objects;
import org.himcert.model.Parameter;

/**
 * A requirement the candidate meets.
 *
 * @param requirement the requirement id, e.g. {@code RHIT-1}
 * @param text        the requirement in words
 * @param source      where it comes from
 * @param parameters  the parameter rows that decided it (the threshold compared with, the regime's dates, ...);
 *                    empty when no parameter did
 */
public record Reason(String requirement, String text, String source, List<Parameter> parameters) {
    /**
     * Validates the reason.
     *
     * @param requirement the requirement id; required
     * @param text        the requirement in words; required
     * @param source      where it comes from; required
     * @param parameters  the parameter rows that decided it; required, may be empty
     * @throws NullPointerException if any component is null
     */
    public Reason {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        parameters = List.copyOf(parameters);
    }

    /**
     * A reason no parameter decided.
     *
     * @param requirement the requirement id; required
     * @param text        the requirement in words; required
     * @param source      where it comes from; required
     */
    public Reason(String requirement, String text, String source) {
        this(requirement, text, source, List.of());
    }
}
