package org.himcert.engine;

import org.himcert.model.Parameter;

/**
 * What a maintenance rule found for a candidate: its requirement, in words, with the source of the number it used.
 *
 * @param requirement the rule's requirement id, e.g. {@code M-4}
 * @param text        what it found, in words
 * @param source      the rule's source
 * @param row         the parameter row it read, or null
 * @param cycleStart  the first day of the cycle it is about, or null when it is about every cycle
 * @param inEffect    whether it changes the answer here (false: a share of 0 %, a grace of 0 months)
 */
public record Finding(String requirement, String text, String source, Parameter row, java.time.LocalDate cycleStart,
                      boolean inEffect) {
}
