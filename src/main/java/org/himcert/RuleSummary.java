package org.himcert;

import java.util.Objects;

/**
 * One rule an advisor applies, as its metadata names it: what it encodes and where that comes from.
 *
 * @param name        the rule's name, starting with its requirement id
 * @param requirement the requirement id of the domain reference, e.g. {@code RHIT-1}
 * @param credential  the credential it decides, e.g. {@code RHIT}, or null for the retest wait and maintenance
 * @param source      the source it cites
 * @param sourceDated the date of that source, or null
 */
public record RuleSummary(String name, String requirement, String credential, String source, String sourceDated) {
    /**
     * Validates the summary.
     *
     * @param name        the rule's name
     * @param requirement its requirement id
     * @param credential  its credential, or null
     * @param source      its source
     * @param sourceDated the source's date, or null
     */
    public RuleSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(source, "source");
    }
}
