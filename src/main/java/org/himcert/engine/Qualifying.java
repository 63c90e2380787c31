package org.himcert.engine;

import org.himcert.model.CredentialCode;

/** A credential held in a standing that counts for pathways (ACTIVE by default, C-12). */
public record Qualifying(CredentialCode code) {
}
