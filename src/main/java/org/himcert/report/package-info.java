/** Readable reports of assessments for people: plain text (and, later, HTML). They use the facade only. */
package org.himcert.report;
