/**
 * Advice, not API: next steps and plans from the career guide's credential ladder, found by asking the rules
 * about hypothetical candidates ({@link org.himcert.advice.Moves}, {@link org.himcert.advice.NextSteps},
 * {@link org.himcert.advice.Planner}); its sentences come from {@link org.himcert.text.Wording}. The facade
 * ({@code org.himcert.EligibilityAdvisor}) is the way in; these types may change without notice. Advice builds the
 * API's result types (Decision, NextStep, Plan), which sit on a floor below it.
 */
package org.himcert.advice;
