package org.himcert.model;

/** A completed area of coding coursework. */
public enum CourseArea {
    /** Anatomy and physiology. */
    ANATOMY_PHYSIOLOGY,
    /** Pathophysiology. */
    PATHOPHYSIOLOGY,
    /** Pharmacology. */
    PHARMACOLOGY,
    /** Medical terminology. */
    MEDICAL_TERMINOLOGY,
    /** Reimbursement methodology. */
    REIMBURSEMENT_METHODOLOGY,
    /** Intermediate or advanced ICD diagnostic and procedural coding. */
    ICD_DIAGNOSTIC_PROCEDURAL_CODING,
    /** CPT (procedural and medical services) coding. */
    CPT_CODING
}
