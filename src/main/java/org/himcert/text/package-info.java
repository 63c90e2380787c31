/**
 * Not API: the words himcert shows people, below everyone who shows them: {@link org.himcert.text.Wording} builds
 * the sentences, {@code Words.properties} holds them ({@link org.himcert.text.Words}), so that wording is reviewed
 * and amended in one file.
 */
package org.himcert.text;
