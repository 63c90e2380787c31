package org.himcert.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.himcert.model.Accreditation;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Field;
import org.himcert.model.ProgramStatus;

/**
 * One education entry as the rules see it on the as-of date, with its field and accreditation in three values:
 * an entry whose field or accreditation was not given may still be the program a requirement asks for, so the
 * rules match it with {@code him != Truth.NO} and the condition it supports is then unknown, naming the input
 * that would decide ({@code education[1].accreditation}).
 *
 * @param scenario    the scenario the fact belongs to
 * @param entries     the positions in the candidate's {@code education} list (0-based, as in the contract) of the
 *                    entries this fact stands for, in order: equal entries (the same level, status, field and
 *                    accreditation on the as-of date) are one fact, so a record that repeats a program costs the rules
 *                    no more than one that names it once
 * @param level       the program's level
 * @param status      where the candidate stands in it on the as-of date
 * @param him         whether it is a health information management program
 * @param cahiim      whether it is accredited (or, for a post-baccalaureate certificate, approved) by CAHIIM
 * @param foreign     whether it is approved by a foreign association
 * @param association the approving foreign association in upper case (names match without regard to case), or
 *                    null
 */
public record Program(int scenario, int[] entries, EducationLevel level, ProgramStatus status, Truth him, Truth cahiim,
                      Truth foreign, String association) {

    /** The entry at {@code index} of the candidate's education list, in a scenario. */
    static Program of(int scenario, int index, Education e) {
        return of(scenario, new int[] {index}, e);
    }

    /** The entries at {@code entries} of the candidate's education list, all equal to {@code e} as the rules see it. */
    static Program of(int scenario, int[] entries, Education e) {
        return new Program(scenario, entries, e.level(), e.status(), truth(e.field(), Field.HIM),
                truth(e.accreditation(), Accreditation.CAHIIM), truth(e.accreditation(), Accreditation.FOREIGN),
                e.association() == null ? null : e.association().toUpperCase(Locale.ROOT));
    }

    private static <T> Truth truth(T value, T wanted) {
        return value == null ? Truth.UNKNOWN : value == wanted ? Truth.YES : Truth.NO;
    }

    /**
     * What the rules can tell apart of an entry on the as-of date: entries with equal keys are one fact.
     *
     * @param education the entry as it stands on the as-of date
     * @return the key
     */
    static Object key(Education education) {
        return new Key(education.level(), education.status(), truth(education.field(), Field.HIM),
                truth(education.accreditation(), Accreditation.CAHIIM),
                truth(education.accreditation(), Accreditation.FOREIGN),
                education.association() == null ? null : education.association().toUpperCase(Locale.ROOT));
    }

    private record Key(EducationLevel level, ProgramStatus status, Truth him, Truth cahiim, Truth foreign,
                       String association) {
    }

    /** Whether the program is completed on the as-of date. */
    public boolean isCompleted() {
        return status == ProgramStatus.COMPLETED;
    }

    /** The contract paths of this entry's inputs that are unknown: its field, its accreditation, or neither. */
    public List<String> unknownInputs() {
        List<String> inputs = new ArrayList<>(2 * entries.length);
        for (int index : entries) {
            if (him == Truth.UNKNOWN) {
                inputs.add("education[" + index + "].field");
            }
            if (cahiim == Truth.UNKNOWN) {
                inputs.add("education[" + index + "].accreditation");
            }
        }
        return inputs;
    }

    /** Names the fact without its values: input values never reach a log (Drools logs facts at TRACE). */
    @Override
    public String toString() {
        return "Program[scenario " + scenario + ", education[" + entries[0] + "]"
                + (entries.length > 1 ? " and " + (entries.length - 1) + " equal entries" : "") + "]";
    }
}
