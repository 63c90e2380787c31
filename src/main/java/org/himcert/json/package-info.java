/**
 * The JSON contract: reads candidates (one object, or JSON Lines) strictly and writes results and errors, for
 * the command line and for Java callers in any pipeline.
 */
package org.himcert.json;
