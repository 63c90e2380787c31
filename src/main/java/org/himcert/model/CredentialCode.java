package org.himcert.model;

import java.util.Arrays;
import java.util.List;

/** An AHIMA credential, or a coding credential of another certifying body. */
public enum CredentialCode {
    /** Registered Health Information Technician. */
    RHIT("RHIT"),
    /** Registered Health Information Administrator. */
    RHIA("RHIA"),
    /** Certified Coding Associate. */
    CCA("CCA"),
    /** Certified Coding Specialist. */
    CCS("CCS"),
    /** Certified Coding Specialist, Physician-based. */
    CCS_P("CCS-P"),
    /** Certified in Healthcare Privacy and Security. */
    CHPS("CHPS"),
    /** Certified Documentation Improvement Practitioner (not assessed). */
    CDIP("CDIP"),
    /** Certified Health Data Analyst (not assessed). */
    CHDA("CHDA"),
    /** A coding credential from another certifying body, such as AAPC's CPC. */
    OTHER_CODING("OTHER_CODING");

    /** The credentials himcert assesses, in the order of every result. */
    public static final List<CredentialCode> ASSESSED = List.of(RHIT, RHIA, CCA, CCS, CCS_P, CHPS);

    private final String code;

    CredentialCode(String code) {
        this.code = code;
    }

    /**
     * The code as written in the JSON contract and in the rules, e.g. {@code CCS-P}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The credential with the given contract code.
     *
     * @param code the code as written in the JSON contract, e.g. {@code CCS-P}
     * @return the credential
     * @throws IllegalArgumentException if the code is not one of {@link #values()}' codes
     */
    public static CredentialCode fromCode(String code) {
        for (CredentialCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown credential '" + code + "'; accepted: " + Arrays.stream(values())
                .map(CredentialCode::code).toList());
    }

    @Override
    public String toString() {
        return code;
    }
}
