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
}
