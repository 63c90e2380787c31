package org.himcert.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One education entry: a diploma, degree or certificate program, completed or in progress.
 *
 * @param level         the level; required
 * @param field         the field of study, or null when it is unknown (an answer it would decide is then
 *                      NEEDS_INFO naming it); {@link Field#OTHER} when not HIM
 * @param accreditation CAHIIM, a foreign association, {@link Accreditation#NONE} (no programmatic
 *                      accreditation), or null when it is unknown
 * @param association   the approving foreign association (e.g. {@code CHIMA}); required with
 *                      {@link Accreditation#FOREIGN} and null otherwise
 * @param status        where the candidate stands in the program; required
 * @param completedOn   when it was completed, or null
 * @param expectedOn    when completion is expected, or null
 */
public record Education(EducationLevel level, Field field, Accreditation accreditation, String association,
                        ProgramStatus status, LocalDate completedOn, LocalDate expectedOn) {

    /**
     * Validates the entry.
     *
     * @param level         the level; required
     * @param field         the field of study, or null when it is unknown
     * @param accreditation the accreditation, or null when it is unknown
     * @param association   the approving foreign association; required with {@link Accreditation#FOREIGN} and null
     *                      otherwise
     * @param status        where the candidate stands in the program; required
     * @param completedOn   when it was completed, or null
     * @param expectedOn    when completion is expected, or null
     * @throws NullPointerException     if level or status is null
     * @throws IllegalArgumentException if association is missing with FOREIGN, or given without it, or a date
     *                                  lies outside the years 0-9999
     */
    public Education {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        Dates.check("completedOn", completedOn);
        Dates.check("expectedOn", expectedOn);
        if (accreditation == Accreditation.FOREIGN && (association == null || association.isBlank())) {
            throw new IllegalArgumentException("association is required when accreditation is FOREIGN");
        }
        if (accreditation != Accreditation.FOREIGN && association != null) {
            throw new IllegalArgumentException("association goes only with accreditation FOREIGN");
        }
    }

    /**
     * A completed entry at the given level, field {@link Field#OTHER}, not accredited.
     *
     * @param level the education level; required
     * @return the entry
     */
    public static Education completed(EducationLevel level) {
        return new Education(level, Field.OTHER, Accreditation.NONE, null, ProgramStatus.COMPLETED, null, null);
    }

    /**
     * A completed HIM program at the given level accredited by CAHIIM.
     *
     * @param level the education level; required
     * @return the entry
     */
    public static Education cahiimHim(EducationLevel level) {
        return new Education(level, Field.HIM, Accreditation.CAHIIM, null, ProgramStatus.COMPLETED, null, null);
    }

    /**
     * A completed HIM program at the given level approved by the named foreign association.
     *
     * @param level       the education level; required
     * @param association the approving foreign association, e.g. {@code CHIMA}; required
     * @return the entry
     */
    public static Education foreignHim(EducationLevel level, String association) {
        return new Education(level, Field.HIM, Accreditation.FOREIGN, association, ProgramStatus.COMPLETED, null,
                null);
    }

    /**
     * This entry with another status.
     *
     * @param newStatus the status; required
     * @return the entry
     */
    public Education withStatus(ProgramStatus newStatus) {
        return new Education(level, field, accreditation, association, newStatus, completedOn, expectedOn);
    }

    /**
     * This entry with an expected completion date.
     *
     * @param date when completion is expected, or null
     * @return the entry
     */
    public Education withExpectedOn(LocalDate date) {
        return new Education(level, field, accreditation, association, status, completedOn, date);
    }

    /**
     * This entry with a completion date.
     *
     * @param date when it was completed, or null
     * @return the entry
     */
    public Education withCompletedOn(LocalDate date) {
        return new Education(level, field, accreditation, association, status, date, expectedOn);
    }

    /**
     * Whether the program is completed.
     *
     * @return true when the status is {@link ProgramStatus#COMPLETED}
     */
    public boolean isCompleted() {
        return status == ProgramStatus.COMPLETED;
    }
}
