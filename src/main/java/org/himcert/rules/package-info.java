/**
 * The bundled rules' package: the DRL files of {@code rules/} declare it, and the build writes their executable
 * model (generated classes) here. Internal: opened to Drools, not exported.
 */
package org.himcert.rules;
