/**
 * Not API: the machinery behind the facade ({@link org.himcert.EligibilityAdvisor}): the rules and options wired
 * ({@link org.himcert.assess.Assessor}), the batched rounds of questions, the conditions combined into decisions
 * ({@link org.himcert.assess.Decisions}) and the maintenance findings into a maintenance answer
 * ({@link org.himcert.assess.MaintenanceFindings}).
 */
package org.himcert.assess;
