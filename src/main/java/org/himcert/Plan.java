package org.himcert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.himcert.model.CredentialCode;

/**
 * The ordered steps from where a candidate stands to a target credential, with other routes when several
 * pathways exist.
 *
 * @param candidateId  the candidate's id
 * @param asOf         the date the plan starts from
 * @param target       the target credential
 * @param steps        the recommended route, in order (empty when the target is already held)
 * @param alternatives other routes, each in order
 * @param expectedArrival     when the recommended route is expected to reach the target (the credential can be
 *                            held: under early testing, when the program is completed), or null when the target
 *                            is held or there is no estimate; a planning estimate (programs at their typical
 *                            length, experience accruing from the as-of date), never a requirement
 * @param alternativeArrivals the same for each alternative, in the same order (an element may be null)
 */
public record Plan(String candidateId, LocalDate asOf, CredentialCode target, List<PlanStep> steps,
                   List<List<PlanStep>> alternatives, LocalDate expectedArrival,
                   List<LocalDate> alternativeArrivals) {
    /**
     * Validates and copies the plan.
     *
     * @param candidateId         the candidate's id; required
     * @param asOf                the date the plan starts from; required
     * @param target              the target credential; required
     * @param steps               the recommended route, in order
     * @param alternatives        other routes, each in order
     * @param expectedArrival     when the recommended route is expected to reach the target, or null
     * @param alternativeArrivals the same for each alternative, in the same order (an element may be null)
     * @throws NullPointerException     if candidateId, asOf, target or a list is null
     * @throws IllegalArgumentException if alternativeArrivals does not have one element per alternative
     */
    public Plan {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(target, "target");
        steps = List.copyOf(steps);
        alternatives = alternatives.stream().map(List::copyOf).toList();
        alternativeArrivals = Collections.unmodifiableList(new ArrayList<>(alternativeArrivals));
        if (alternativeArrivals.size() != alternatives.size()) {
            throw new IllegalArgumentException("alternativeArrivals must have one date (or null) per alternative");
        }
    }

    /**
     * A plan without arrival estimates.
     *
     * @param candidateId  the candidate's id
     * @param asOf         the date the plan starts from
     * @param target       the target credential
     * @param steps        the recommended route
     * @param alternatives other routes
     */
    public Plan(String candidateId, LocalDate asOf, CredentialCode target, List<PlanStep> steps,
                List<List<PlanStep>> alternatives) {
        this(candidateId, asOf, target, steps, alternatives, null,
                Collections.nCopies(alternatives.size(), null));
    }
}
