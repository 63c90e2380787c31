/**
 * The input model: a candidate's education, credentials, experience, coursework and exam attempts, mirroring
 * the JSON contract one to one; and the vocabulary answers share with it (credential codes, levels, course areas,
 * and the {@link org.himcert.model.Parameter} rows of the rules' parameters an answer cites).
 */
package org.himcert.model;
