package org.himcert;

import java.util.List;
import java.util.Objects;
import org.himcert.model.Parameter;

/**
 * A condition of a pathway (or a recommendation) that the candidate does not meet, with the numbers where the
 * condition is a number: {@code have} of {@code need} {@code unit}, e.g. 14 of 24 months.
 *
 * @param pathway     the pathway's requirement id, e.g. {@code CHPS-4}
 * @param requirement the condition's requirement id (differs from the pathway for the retest wait, G-3)
 * @param text        the condition in words
 * @param have        what the candidate has, or null (not a number, or not known)
 * @param need        what is needed, or null when not a number
 * @param unit        the unit of have and need, or null
 * @param source      where the requirement comes from
 * @param parameters  the parameter rows that decided it (the threshold {@code need} comes from, the course set, the
 *                    retest wait, the regime's dates, ...); empty when no parameter did
 */
public record Gap(String pathway, String requirement, String text, Integer have, Integer need, String unit,
                  String source, List<Parameter> parameters) {
    /**
     * Validates the gap.
     *
     * @param pathway     the pathway's requirement id; required
     * @param requirement the condition's requirement id; required
     * @param text        the condition in words; required
     * @param have        what the candidate has, or null
     * @param need        what is needed, or null
     * @param unit        the unit of have and need, or null
     * @param source      where the requirement comes from; required
     * @param parameters  the parameter rows that decided it; required, may be empty
     * @throws NullPointerException if pathway, requirement, text, source or parameters is null
     */
    public Gap {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        parameters = List.copyOf(parameters);
    }

    /**
     * A gap no parameter decided.
     *
     * @param pathway     the pathway's requirement id; required
     * @param requirement the condition's requirement id; required
     * @param text        the condition in words; required
     * @param have        what the candidate has, or null
     * @param need        what is needed, or null
     * @param unit        the unit of have and need, or null
     * @param source      where the requirement comes from; required
     */
    public Gap(String pathway, String requirement, String text, Integer have, Integer need, String unit,
               String source) {
        this(pathway, requirement, text, have, need, unit, source, List.of());
    }
}
