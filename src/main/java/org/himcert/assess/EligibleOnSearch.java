package org.himcert.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.himcert.Decision;
import org.himcert.Status;
import org.himcert.engine.Engine;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Dates;

/**
 * The eligibleOn search of one candidate: sets {@code eligibleOn} on NOT_ELIGIBLE decisions by asking the
 * rules again, day by day in date order, on the days where something can change if nothing else does: a
 * pathway's months of ongoing experience reach their need, a retest wait ends, a regime starts or ends, a
 * program completes (on its completedOn, or its expectedOn: the candidate is then projected with
 * {@link Candidate#asExpectedOn}) or a credential is earned. Each day evaluated adds the days its own state
 * makes interesting (a program completed on one day makes the months it needs count from then), so two changes
 * in a row are followed; the first day a credential is ELIGIBLE is its date. The days are asked one round at a
 * time, so that the searches of a batch of candidates share their sessions.
 */
final class EligibleOnSearch {

    /**
     * A bound on the days one eligibleOn search asks the rules about: each day on which something the rules read
     * changes adds at most a few, and a record has only as many such days as it has kinds of program, credentials,
     * experience needs and retest waits. A search stopped by it says so in the next steps.
     */
    static final int MAX_DAYS_ASKED = 64;

    private final Assessor assessor;
    private final Candidate candidate;
    private final LocalDate asOf;
    private final List<Decision> decisions;
    private final Set<CredentialCode> pending = EnumSet.noneOf(CredentialCode.class);
    private final Map<CredentialCode, LocalDate> found = new EnumMap<>(CredentialCode.class);
    private final Map<LocalDate, List<Decision>> statuses = new HashMap<>();
    private final TreeSet<LocalDate> days = new TreeSet<>();
    private final LocalDate notBefore;
    private int evaluated;
    private LocalDate day;
    private Candidate then;

    EligibleOnSearch(Assessor assessor, Candidate candidate, LocalDate asOf, Engine.Evaluation evaluation,
                     List<Decision> decisions) {
        this(assessor, candidate, asOf, evaluation, decisions, null);
    }

    /**
     * A search that asks no day before {@code notBefore} (that day itself is asked): for a variant of the candidate
     * that is the candidate until then, whose earlier days the candidate's own search answers.
     */
    EligibleOnSearch(Assessor assessor, Candidate candidate, LocalDate asOf, Engine.Evaluation evaluation,
                     List<Decision> decisions, LocalDate notBefore) {
        this.notBefore = notBefore;
        this.assessor = assessor;
        this.candidate = candidate;
        this.asOf = asOf;
        this.decisions = decisions;
        for (Decision d : decisions) {
            if (d.status() == Status.NOT_ELIGIBLE) {
                pending.add(d.credential());
            }
        }
        if (!pending.isEmpty()) {
            add(assessor.engine().changeDates(candidate, asOf, Decisions.timeBound(evaluation, pending)));
            if (notBefore != null) {
                add(List.of(notBefore));
            }
        }
    }

    /** Days to ask about, up to the last day the contract can write (9999-12-31): none is sought beyond it. */
    private void add(java.util.Collection<LocalDate> more) {
        for (LocalDate d : more) {
            if (Dates.inRange(d) && (notBefore == null || !d.isBefore(notBefore))) {
                days.add(d);
            }
        }
    }

    /** The next question of the search, or null when it is over. */
    Engine.Probe next() {
        if (days.isEmpty() || pending.isEmpty() || evaluated >= MAX_DAYS_ASKED) {
            return null;
        }
        evaluated++;
        day = days.pollFirst();
        then = assessor.projected(candidate, asOf, day);
        return new Engine.Probe(then, day, false, pending, false); // only what is still sought is asked
    }

    /** Takes the rules' answer to the last question. */
    void answer(Engine.Evaluation later) {
        List<Decision> on = Decisions.decide(later, false);
        statuses.put(day, on);
        for (Decision d : on) {
            if (d.status() == Status.ELIGIBLE && pending.remove(d.credential())) {
                found.put(d.credential(), day);
            }
        }
        add(assessor.engine().changeDates(then, day, Decisions.timeBound(later, pending)));
    }

    /**
     * The first day not asked about when the search stopped at {@link #MAX_DAYS_ASKED} with credentials still
     * sought, or null when it ran its course.
     */
    LocalDate stoppedAt() {
        return evaluated >= MAX_DAYS_ASKED && !pending.isEmpty() && !days.isEmpty() ? days.first() : null;
    }

    /** The day each credential sought was found ELIGIBLE on. */
    Map<CredentialCode, LocalDate> found() {
        return Map.copyOf(found);
    }

    /** The credentials still sought, in the order of the results. */
    List<CredentialCode> sought() {
        return List.copyOf(pending);
    }

    /** The statuses on a day the search asked about (every eligibleOn date is one). */
    List<Decision> statusesOn(LocalDate date) {
        List<Decision> on = statuses.get(date);
        if (on == null) {
            throw new IllegalStateException("the eligibleOn search did not ask about " + date);
        }
        return on;
    }

    List<Decision> decisions() {
        if (found.isEmpty()) {
            return decisions;
        }
        List<Decision> result = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            result.add(found.containsKey(d.credential()) ? d.withEligibleOn(found.get(d.credential())) : d);
        }
        return result;
    }
}
