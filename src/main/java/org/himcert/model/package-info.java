/**
 * The input model: a candidate's education, credentials, experience, coursework and exam attempts, mirroring
 * the JSON contract one to one.
 */
package org.himcert.model;
