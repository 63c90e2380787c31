package org.himcert.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.engine.Condition;
import org.himcert.engine.Threshold;
import org.himcert.model.Candidate;
import org.junit.jupiter.api.Test;

/**
 * The numbers explanations report are the numbers the rules compare with: every threshold parameter is read by
 * a rule, and every gap's {@code need} equals its parameter.
 */
class ExplanationNumbersTest {

    @Test
    void everyThresholdIsTheNeedTheRulesAndTheExplanationsUse() {
        Assessor advisor = Assessor.bundled();
        Candidate nothing = Candidate.builder("nothing").noEducation().noExperience().build();
        Map<String, Integer> needs = new HashMap<>();
        // one date in each CCS regime, so that every rule fires
        for (LocalDate asOf : List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 1, 1))) {
            for (Condition c : Ask.evaluate(advisor, nothing, asOf).conditions()) {
                if ("months".equals(c.unit())) {
                    needs.merge(c.requirement(), c.need(), (a, b) -> {
                        assertThat(a).as(c.requirement()).isEqualTo(b);
                        return a;
                    });
                }
            }
            for (Decision d : advisor.assess(nothing, asOf).decisions()) {
                for (Gap g : d.unmet()) {
                    if ("months".equals(g.unit())) {
                        assertThat(g.need()).as("%s on %s", g.requirement(), asOf).isEqualTo(needs.get(g.requirement()));
                    }
                }
            }
        }
        Map<String, Integer> thresholds = new HashMap<>();
        advisor.parameters().stream().filter(f -> f instanceof Threshold).map(f -> (Threshold) f)
                .forEach(t -> thresholds.put(t.requirement(), t.value()));
        assertThat(needs).isEqualTo(thresholds);
        assertThat(thresholds).containsEntry("CHPS-1", 72).containsEntry("CHPS-2", 48).containsEntry("CHPS-3", 48)
                .containsEntry("CHPS-4", 24).containsEntry("CHPS-5", 24).containsEntry("CHPS-6", 12)
                .containsEntry("CCS-O3", 24).containsEntry("CCS-O4", 12).containsEntry("CCS-O5", 12);
    }
}
