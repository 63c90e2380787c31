package org.himcert.engine;

import org.himcert.model.Parameter;

/**
 * A numeric requirement parameter: the number a rule compares with and the number an explanation reports.
 *
 * @param requirement the requirement id, e.g. {@code CHPS-4}
 * @param value       the threshold, e.g. 24
 * @param unit        its unit, e.g. {@code months}
 * @param source      where the number comes from
 * @param row         the row it is, as an answer cites it
 */
public record Threshold(String requirement, int value, String unit, String source, Parameter row) {
}
