package org.himcert.engine;

import org.himcert.model.CredentialCode;

/**
 * A credential held in a standing that counts for pathways (ACTIVE by default, C-12).
 *
 * @param scenario the scenario the fact belongs to
 * @param code     the credential
 */
public record Qualifying(int scenario, CredentialCode code) {

    /** Names the fact without its values: input values never reach a log. */
    @Override
    public String toString() {
        return "Qualifying[scenario " + scenario + "]";
    }
}
