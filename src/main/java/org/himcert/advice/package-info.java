/**
 * Advice, not API: next steps and plans from the career guide's credential ladder, found by asking the rules
 * about hypothetical candidates ({@link org.himcert.advice.Moves}, {@link org.himcert.advice.NextSteps},
 * {@link org.himcert.advice.Planner}), and every word himcert puts in front of people
 * ({@link org.himcert.advice.Wording}). The facade ({@code org.himcert.EligibilityAdvisor}) is the way in; these
 * types may change without notice. Advice builds the facade's result types (Decision, NextStep, Plan), so it
 * imports them from {@code org.himcert}: the one import that goes up.
 */
package org.himcert.advice;
