/**
 * Not API: the runner of expert case files ({@code himcert test} and the project's own case-file test), fed by the
 * facade's machinery ({@link org.himcert.assess.Assessor}) so that a case can name the conditions the rules derived.
 */
package org.himcert.cases;
