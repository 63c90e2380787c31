package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.ExamAttempt;
import org.himcert.model.ExamResult;
import org.himcert.model.Experience;

/**
 * A candidate cut down to what the rules read of it on one date, for the eligibility questions next steps and plans
 * ask about hypothetical candidates (never about maintenance): the answers on that date are the record's own, and
 * the size no longer grows with the record, so neither do the hypothetical candidates built from it nor the cost
 * of comparing them.
 *
 * <ul>
 *   <li>Education: of the entries alike but for their dates (and for a foreign association no reciprocity row
 *       names), the first two in input order. A hypothetical candidate that finishes one still has the other standing
 *       for the rest, so it too answers as the record would. Only the inputs an answer is missing would name other
 *       entries, which is why the candidate's own question uses the record as given.</li>
 *   <li>Experience: healthcare entries only (no other kind counts), each kind's date ranges merged where they touch
 *       or overlap and its month counts added up; the months counted on any date, and the day a need is reached,
 *       are the same.</li>
 *   <li>Exam attempts: per credential, the latest failure on or before the date (the only attempt a rule reads).</li>
 *   <li>CEU records: none kept (unknown): they only decide maintenance, which is not asked.</li>
 * </ul>
 */
final class Essential {

    private Essential() {
    }

    /**
     * The candidate cut down for questions on the date.
     *
     * @param named the foreign associations the rules compare (the reciprocity rows'), in upper case
     */
    static Candidate of(Candidate c, LocalDate asOf, Set<String> named) {
        Optional<List<Education>> education = c.education().map(list -> education(list, asOf, named));
        Optional<List<Experience>> experience = c.experience().map(Essential::experience);
        List<ExamAttempt> attempts = attempts(c.examAttempts(), asOf);
        if (education.orElse(null) == c.education().orElse(null)
                && experience.orElse(null) == c.experience().orElse(null) && attempts == c.examAttempts()
                && c.ceus().isEmpty()) {
            return c;
        }
        return new Candidate(c.id(), education, c.credentials(), experience, c.coursework(), attempts,
                Optional.empty());
    }

    private static List<Education> education(List<Education> entries, LocalDate asOf, Set<String> named) {
        if (entries.size() <= 2) {
            return entries;
        }
        Map<List<Object>, Integer> seen = new HashMap<>();
        List<Education> kept = new ArrayList<>();
        for (Education e : entries) {
            String association = e.association() == null ? null : e.association().toUpperCase(Locale.ROOT);
            List<Object> key = List.of(e.level(), e.status(), Profile.onDate(e, asOf).status(),
                    Optional.ofNullable(e.field()), Optional.ofNullable(e.accreditation()),
                    Optional.ofNullable(association == null || named.contains(association) ? association : "*"));
            if (seen.merge(key, 1, Integer::sum) <= 2) {
                kept.add(e);
            }
        }
        return kept.size() == entries.size() ? entries : List.copyOf(kept);
    }

    /** The healthcare entries, each kind's ranges merged and its months added up (in MAX_MONTHS parts). */
    private static List<Experience> experience(List<Experience> entries) {
        if (entries.size() <= 2) {
            return entries;
        }
        Map<List<Object>, List<Experience>> kinds = new LinkedHashMap<>();
        for (Experience e : entries) {
            if (e.healthcare()) {
                kinds.computeIfAbsent(List.of(e.kind(), e.multiSpecialty()), k -> new ArrayList<>()).add(e);
            }
        }
        List<Experience> kept = new ArrayList<>();
        for (List<Experience> kind : kinds.values()) {
            merge(kind, kept);
        }
        return kept.size() == entries.size() ? entries : List.copyOf(kept);
    }

    /** One kind's entries: its months in as few entries as they fit, then its ranges merged, in date order. */
    private static void merge(List<Experience> kind, List<Experience> into) {
        long months = 0;
        List<Experience> ranges = new ArrayList<>();
        for (Experience e : kind) {
            if (e.months() != null) {
                months += e.months();
            } else {
                ranges.add(e);
            }
        }
        Experience first = kind.get(0);
        while (months > 0) {
            int part = (int) Math.min(months, Experience.MAX_MONTHS);
            into.add(new Experience(first.kind(), true, first.multiSpecialty(), part, null, null));
            months -= part;
        }
        ranges.sort(Comparator.comparing(Experience::from));
        LocalDate from = null;
        LocalDate to = null; // null while open: the range goes on
        boolean open = false;
        for (Experience r : ranges) {
            if (from != null && (open || !r.from().isAfter(to.plusDays(1)))) {
                if (r.to() == null) {
                    open = true;
                } else if (!open && r.to().isAfter(to)) {
                    to = r.to();
                }
                continue;
            }
            if (from != null) {
                into.add(new Experience(first.kind(), true, first.multiSpecialty(), null, from, open ? null : to));
            }
            from = r.from();
            to = r.to();
            open = r.to() == null;
        }
        if (from != null) {
            into.add(new Experience(first.kind(), true, first.multiSpecialty(), null, from, open ? null : to));
        }
    }

    /** Per credential, the latest failed attempt on or before the date; the list itself when that is all it holds. */
    private static List<ExamAttempt> attempts(List<ExamAttempt> attempts, LocalDate asOf) {
        if (attempts.size() <= 1) {
            return attempts;
        }
        Map<CredentialCode, ExamAttempt> latest = new EnumMap<>(CredentialCode.class);
        for (ExamAttempt a : attempts) {
            if (a.result() == ExamResult.FAILED && !a.date().isAfter(asOf)) {
                latest.merge(a.credential(), a, (x, y) -> x.date().isAfter(y.date()) ? x : y);
            }
        }
        return latest.size() == attempts.size() ? attempts : List.copyOf(latest.values());
    }
}
