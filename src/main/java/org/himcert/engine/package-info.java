/**
 * The rule engine: the candidate's profile on the as-of date, the requirement parameters, and the Drools
 * wiring. <strong>Not API</strong>: these types are public only because the rules in {@code rules/} use
 * them as facts; callers use {@link org.himcert.EligibilityAdvisor}.
 */
package org.himcert.engine;
