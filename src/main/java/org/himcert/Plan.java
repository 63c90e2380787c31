package org.himcert;

import java.time.LocalDate;
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
 */
public record Plan(String candidateId, LocalDate asOf, CredentialCode target, List<PlanStep> steps,
                   List<List<PlanStep>> alternatives) {
    public Plan {
        Objects.requireNonNull(candidateId, "candidateId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(target, "target");
        steps = List.copyOf(steps);
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /**
     * When the recommended route is expected to reach the target: its last step's {@code expectedOn}.
     *
     * @return the date, or null when the plan has no steps (the target is held) or no estimate
     */
    public LocalDate expectedArrival() {
        return arrival(steps);
    }

    /**
     * When a route is expected to reach its target: its last step's {@code expectedOn}.
     *
     * @param route the steps of a route
     * @return the date, or null for an empty route or one without an estimate
     */
    public static LocalDate arrival(List<PlanStep> route) {
        return route.isEmpty() ? null : route.get(route.size() - 1).expectedOn();
    }
}
