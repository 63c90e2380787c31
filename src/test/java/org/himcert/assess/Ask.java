package org.himcert.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.himcert.engine.Engine;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;

/** What the rules derived, asked through an assessor, for the tests that check conditions directly. */
final class Ask {

    private Ask() {
    }

    /** Every credential, explained, maintenance included. */
    static Engine.Evaluation evaluate(Assessor assessor, Candidate candidate, LocalDate asOf) {
        return assessor.ask(List.of(new Engine.Probe(candidate, asOf, true))).get(0);
    }

    /** Some credentials only (null: all), explained or not, without maintenance. */
    static Engine.Evaluation evaluateAsking(Assessor assessor, Candidate candidate, LocalDate asOf,
                                            Set<CredentialCode> asked, boolean explained) {
        return assessor.ask(List.of(new Engine.Probe(candidate, asOf, false, asked, explained))).get(0);
    }

    /** Several candidates in one session. */
    static List<Engine.Evaluation> evaluateTogether(Assessor assessor, List<Candidate> candidates,
                                                    List<LocalDate> dates) {
        List<Engine.Probe> probes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            probes.add(new Engine.Probe(candidates.get(i), dates.get(i), true));
        }
        return assessor.ask(probes);
    }
}
