package org.himcert.model;

/** Standing of a held credential. */
public enum CredentialStatus {
    /** In good standing. */
    ACTIVE,
    /** Inactive (maintenance not met); still held. */
    INACTIVE,
    /** Revoked; no longer held. */
    REVOKED
}
