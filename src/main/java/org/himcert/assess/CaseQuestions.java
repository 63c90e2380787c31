package org.himcert.assess;

import java.time.LocalDate;
import org.himcert.Assessment;
import org.himcert.Plan;
import org.himcert.engine.Engine;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;

/**
 * What a case file asks of the rules, and nothing more: the assessment a case expects, the plans it expects, and the
 * conditions the rules derived, which its {@code meets}, {@code fails} and {@code absent} read. The one way the
 * case-file runner ({@code org.himcert.cases}) reaches the facade's machinery; {@link Assessor} answers it.
 */
public interface CaseQuestions {

    /**
     * The full assessment, next steps and eligibleOn included.
     *
     * @param candidate the candidate
     * @param asOf      the date
     * @return the assessment
     */
    Assessment assess(Candidate candidate, LocalDate asOf);

    /**
     * The plan to a target.
     *
     * @param candidate the candidate
     * @param target    the credential to reach
     * @param asOf      the date the plan starts from
     * @return the plan
     */
    Plan plan(Candidate candidate, CredentialCode target, LocalDate asOf);

    /**
     * What the rules derived for the candidate on the date: every credential's conditions, explained, and the
     * maintenance findings.
     *
     * @param candidate the candidate
     * @param asOf      the date
     * @return the evaluation
     */
    Engine.Evaluation conditions(Candidate candidate, LocalDate asOf);
}
