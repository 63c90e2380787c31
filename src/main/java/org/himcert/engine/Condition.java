package org.himcert.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.model.EducationLevel;
import org.himcert.model.Parameter;

/**
 * One condition of one pathway, as a requirement rule derived it: its three-valued state and, for a numeric
 * condition, the numbers compared. Explanations are rendered from these facts, so they report exactly what
 * the rules used.
 *
 * @param credential  the credential the pathway leads to
 * @param pathway     the pathway's key (usually its requirement id)
 * @param requirement the requirement id, e.g. {@code CHPS-4}
 * @param kind        what meeting the pathway means
 * @param text        the condition in words
 * @param state       met, unmet, or unknown for lack of input
 * @param have        what the candidate has, for a numeric condition (null otherwise or when unknown)
 * @param need        what the requirement asks for, for a numeric condition (null otherwise)
 * @param unit        the unit of have and need (null for a yes/no condition)
 * @param source      where the requirement comes from
 * @param inputs      the input fields the condition depends on (named when it is unknown): a top-level field
 *                    ({@code education}) or an entry's ({@code education[1].accreditation}); empty for none
 * @param measure     the experience measure a months condition counts, or null
 * @param missingAreas for a coursework condition, the course areas still missing (shown after the rule's text by
 *                     the words, {@code org.himcert.text.Wording#condition}); empty otherwise
 * @param monthsToClose the estimated months closing the condition takes (C-18: the months still missing of
 *                      experience; a program at its typical length, {@link TypicalMonths}; a wait's remaining days
 *                      in months), 0 when met or in a status-only question (no one reads it there); null
 *                      when a credential closes it (see {@code closedBy})
 * @param closedBy     for a credential condition, the credentials any of which closes it (each by its own fastest
 *                     route, worked out where all credentials' conditions are known); empty otherwise
 * @param degree       for a degree in any field ({@link Cond#degree}), the level asked; null otherwise
 * @param parameters   the parameter rows that decided it, in force on the day the rule read them: the threshold or
 *                     course set it compares with, the retest wait, its rule's regime and {@code @parameters} rows;
 *                     empty when no parameter decided it
 */
public record Condition(CredentialCode credential, String pathway, String requirement, PathwayKind kind,
                        String text, Truth state, Integer have, Integer need, String unit, String source,
                        List<String> inputs, Measure measure, Set<CourseArea> missingAreas,
                        Integer monthsToClose, Set<CredentialCode> closedBy, EducationLevel degree,
                        List<Parameter> parameters) {
    public Condition {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
        inputs = List.copyOf(inputs);
        parameters = List.copyOf(parameters);
        missingAreas = missingAreas.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(missingAreas));
        closedBy = closedBy.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(closedBy));
        if (monthsToClose == null && closedBy.isEmpty()) {
            throw new IllegalArgumentException("a condition closed by no credential needs an estimate in months");
        }
    }

    /** Whether the condition is met. */
    public boolean isMet() {
        return state == Truth.YES;
    }
}
