package org.himcert.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person working toward a health information credential, as the JSON contract describes one.
 *
 * <p>Education and experience distinguish "unknown" (not given: {@link Optional#empty()}) from "none"
 * (an empty list): an unknown input makes the answers that depend on it {@code NEEDS_INFO}, never
 * {@code NOT_ELIGIBLE}. Credentials, coursework and exam attempts absent mean none.
 *
 * @param id           an opaque key, 1-64 characters of {@code A-Z a-z 0-9 . _ : -}
 * @param education    education entries, or empty when unknown
 * @param credentials  credentials held
 * @param experience   work experience, or empty when unknown
 * @param coursework   completed coding coursework areas
 * @param examAttempts exams sat
 * @param ceus         continuing education units earned toward keeping credentials, or empty when unknown
 */
public record Candidate(String id, Optional<List<Education>> education, List<HeldCredential> credentials,
                        Optional<List<Experience>> experience, Set<CourseArea> coursework,
                        List<ExamAttempt> examAttempts, Optional<List<CeuRecord>> ceus) {

    /**
     * Whether the text is a candidate id the contract accepts: 1-64 characters, each one of
     * {@code A-Z a-z 0-9 . _ : -}.
     *
     * @param id the text
     * @return true when it is such an id
     */
    public static boolean isValidId(String id) {
        int n = id.length();
        if (n < 1 || n > 64) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Validates and copies the candidate.
     *
     * @param id           an opaque key, 1-64 characters of {@code A-Z a-z 0-9 . _ : -}
     * @param education    education entries, or empty when unknown
     * @param credentials  credentials held
     * @param experience   work experience, or empty when unknown
     * @param coursework   completed coding coursework areas
     * @param examAttempts exams sat
     * @param ceus         continuing education units earned toward keeping credentials, or empty when unknown
     * @throws NullPointerException     if any component or list element is null (the message names it)
     * @throws IllegalArgumentException if the id is not 1-64 characters of {@code A-Z a-z 0-9 . _ : -}
     */
    public Candidate {
        Objects.requireNonNull(id, "id");
        if (!isValidId(id)) {
            throw new IllegalArgumentException(
                    "id must be 1-64 characters, each one of A-Z a-z 0-9 . _ : - (no spaces)");
        }
        Objects.requireNonNull(education, "education").ifPresent(l -> Dates.noNulls("education", l));
        Objects.requireNonNull(experience, "experience").ifPresent(l -> Dates.noNulls("experience", l));
        Dates.noNulls("credentials", Objects.requireNonNull(credentials, "credentials"));
        Dates.noNulls("coursework", Objects.requireNonNull(coursework, "coursework"));
        Dates.noNulls("examAttempts", Objects.requireNonNull(examAttempts, "examAttempts"));
        Objects.requireNonNull(ceus, "ceus").ifPresent(l -> Dates.noNulls("ceus", l));
        education = education.map(List::copyOf);
        credentials = List.copyOf(credentials);
        experience = experience.map(List::copyOf);
        coursework = coursework.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coursework));
        examAttempts = List.copyOf(examAttempts);
        ceus = ceus.map(List::copyOf);
    }

    /**
     * A candidate whose CEUs are unknown.
     *
     * @param id           an opaque key
     * @param education    education entries, or empty when unknown
     * @param credentials  credentials held
     * @param experience   work experience, or empty when unknown
     * @param coursework   completed coding coursework areas
     * @param examAttempts exams sat
     */
    public Candidate(String id, Optional<List<Education>> education, List<HeldCredential> credentials,
                     Optional<List<Experience>> experience, Set<CourseArea> coursework,
                     List<ExamAttempt> examAttempts) {
        this(id, education, credentials, experience, coursework, examAttempts, Optional.empty());
    }

    /**
     * This candidate with another education.
     *
     * @param entries the education entries (known)
     * @return the candidate
     */
    public Candidate withEducation(List<Education> entries) {
        return new Candidate(id, Optional.of(entries), credentials, experience, coursework, examAttempts, ceus);
    }

    /**
     * This candidate with other credentials.
     *
     * @param held the credentials
     * @return the candidate
     */
    public Candidate withCredentials(List<HeldCredential> held) {
        return new Candidate(id, education, held, experience, coursework, examAttempts, ceus);
    }

    /**
     * This candidate with another experience.
     *
     * @param entries the experience entries (known)
     * @return the candidate
     */
    public Candidate withExperience(List<Experience> entries) {
        return new Candidate(id, education, credentials, Optional.of(entries), coursework, examAttempts, ceus);
    }

    /**
     * This candidate with other CEU records.
     *
     * @param records the CEU records (known)
     * @return the candidate
     */
    public Candidate withCeus(List<CeuRecord> records) {
        return new Candidate(id, education, credentials, experience, coursework, examAttempts, Optional.of(records));
    }

    /**
     * This candidate as it will be on a later date, seen from the as-of date, if its programs complete when
     * expected: every education entry not completed whose {@code expectedOn} falls after {@code asOf} and on or
     * before {@code date} counts as completed on its expectedOn. An expectedOn already past on the as-of date is
     * not projected: the entry's status is taken at its word. Assessing the projection on the later date answers
     * "if nothing else changes".
     *
     * @param asOf the as-of date the projection is seen from
     * @param date the later date
     * @return the projected candidate, or this candidate when no entry is projected
     */
    public Candidate asExpectedOn(LocalDate asOf, LocalDate date) {
        if (education.isEmpty() || education.get().stream().noneMatch(e -> expected(e, asOf, date))) {
            return this;
        }
        List<Education> projected = education.get().stream()
                .map(e -> expected(e, asOf, date)
                        ? e.withStatus(ProgramStatus.COMPLETED).withCompletedOn(e.expectedOn()) : e)
                .toList();
        return withEducation(projected);
    }

    private static boolean expected(Education e, LocalDate asOf, LocalDate date) {
        return !e.isCompleted() && e.expectedOn() != null && e.expectedOn().isAfter(asOf)
                && !e.expectedOn().isAfter(date);
    }

    /**
     * A builder for a candidate with the given id; education and experience start unknown.
     *
     * @param id an opaque key, 1-64 characters of {@code A-Z a-z 0-9 . _ : -}
     * @return the builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a {@link Candidate}; education and experience are unknown until set or added to. */
    public static final class Builder {
        private final String id;
        private List<Education> education;
        private final List<HeldCredential> credentials = new ArrayList<>();
        private List<Experience> experience;
        private final Set<CourseArea> coursework = EnumSet.noneOf(CourseArea.class);
        private final List<ExamAttempt> examAttempts = new ArrayList<>();
        private List<CeuRecord> ceus;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Adds education entries; the candidate's education becomes known.
         *
         * @param entries the education entries
         * @return this builder
         */
        public Builder education(Education... entries) {
            if (education == null) {
                education = new ArrayList<>();
            }
            education.addAll(List.of(entries));
            return this;
        }

        /**
         * States that the candidate has no education entries at all (known to be none).
         *
         * @return this builder
         */
        public Builder noEducation() {
            education = new ArrayList<>();
            return this;
        }

        /**
         * Adds held credentials.
         *
         * @param held the credentials held
         * @return this builder
         */
        public Builder credentials(HeldCredential... held) {
            credentials.addAll(List.of(held));
            return this;
        }

        /**
         * Adds experience entries; the candidate's experience becomes known.
         *
         * @param entries the experience entries
         * @return this builder
         */
        public Builder experience(Experience... entries) {
            if (experience == null) {
                experience = new ArrayList<>();
            }
            experience.addAll(List.of(entries));
            return this;
        }

        /**
         * States that the candidate has no work experience (known to be none).
         *
         * @return this builder
         */
        public Builder noExperience() {
            experience = new ArrayList<>();
            return this;
        }

        /**
         * Adds completed coursework areas.
         *
         * @param areas the completed coding coursework areas
         * @return this builder
         */
        public Builder coursework(CourseArea... areas) {
            coursework.addAll(List.of(areas));
            return this;
        }

        /**
         * Adds exam attempts.
         *
         * @param attempts the exams sat
         * @return this builder
         */
        public Builder examAttempts(ExamAttempt... attempts) {
            examAttempts.addAll(List.of(attempts));
            return this;
        }

        /**
         * Adds CEU records; the candidate's CEUs become known.
         *
         * @param records the CEU records
         * @return this builder
         */
        public Builder ceus(CeuRecord... records) {
            if (ceus == null) {
                ceus = new ArrayList<>();
            }
            ceus.addAll(List.of(records));
            return this;
        }

        /**
         * States that the candidate has earned no CEUs (known to be none).
         *
         * @return this builder
         */
        public Builder noCeus() {
            ceus = new ArrayList<>();
            return this;
        }

        /**
         * The candidate.
         *
         * @return the candidate
         */
        public Candidate build() {
            return new Candidate(id, Optional.ofNullable(education), credentials, Optional.ofNullable(experience),
                    coursework, examAttempts, Optional.ofNullable(ceus));
        }
    }
}
