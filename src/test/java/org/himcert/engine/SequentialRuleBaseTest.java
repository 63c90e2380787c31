package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.himcert.json.HimcertJson;
import org.himcert.json.InputException;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/**
 * The rule base is sequential: each rule is evaluated once, in turn, on the facts as inserted, and the cycles M-1
 * makes while the rules fire are seen only by the rules after it. The same rules with Drools' default agenda (kept
 * up to date after every firing) give the same conditions and the same maintenance findings, on random candidates
 * asked in mixed batches.
 */
class SequentialRuleBaseTest {

    @Test
    void theSequentialRuleBaseAnswersAsTheDefaultAgendaDoes() throws RuleLoadException {
        RuleBase sequential = RuleBase.compile(RuleFiles.bundled());
        RuleBase agenda = RuleBase.compile(RuleFiles.bundled(), false);
        Engine once = new Engine(sequential, RequirementParameters.of(sequential.parameters()));
        Engine kept = new Engine(agenda, RequirementParameters.of(agenda.parameters()));
        RandomCandidates random = new RandomCandidates(21);
        int withCycles = 0;
        int asked = 0;
        for (int batch = 0; batch < 40; batch++) {
            List<Engine.Probe> probes = new ArrayList<>();
            for (int i = 0; i <= batch % 33; i++) {
                LocalDate asOf = random.asOf();
                String id = "s" + batch + "-" + i;
                Candidate c = i % 2 == 0 ? holder(id, asOf, batch * 41 + i) : random.candidate(id, asOf);
                probes.add(new Engine.Probe(c, asOf, i % 3 != 2,
                        i % 4 == 3 ? Set.of(CredentialCode.CHPS, CredentialCode.RHIT) : null, i % 5 != 4));
            }
            List<Engine.Evaluation> a = once.evaluate(probes);
            List<Engine.Evaluation> b = kept.evaluate(probes);
            for (int i = 0; i < probes.size(); i++) {
                String who = probes.get(i).toString();
                assertThat(new HashSet<>(a.get(i).conditions())).as(who)
                        .isEqualTo(new HashSet<>(b.get(i).conditions()));
                assertThat(a.get(i).conditions()).as(who).hasSameSizeAs(b.get(i).conditions());
                MaintenanceQuestion x = a.get(i).maintenance();
                MaintenanceQuestion y = b.get(i).maintenance();
                assertThat(x == null).as(who).isEqualTo(y == null);
                if (x != null) {
                    assertThat(new HashSet<>(x.findings())).as(who).isEqualTo(new HashSet<>(y.findings()));
                    assertThat(x.findings()).as(who).hasSameSizeAs(y.findings());
                    assertThat(x.cycles()).as(who).hasSameSizeAs(y.cycles());
                    withCycles += x.cycles().isEmpty() ? 0 : 1;
                }
                asked++;
            }
        }
        // the rules that read the cycles made during the firing were exercised, not skipped
        assertThat(asked).isEqualTo(589); // 1 to 33 probes a batch
        assertThat(withCycles).isGreaterThan(150);
    }

    /** A holder of one or two AHIMA credentials with CEUs, as of the date: its maintenance has cycles. */
    private static Candidate holder(String id, LocalDate asOf, int n) {
        String[] codes = {"RHIT", "RHIA", "CCA", "CCS", "CCS-P", "CHPS"};
        LocalDate earned = asOf.minusDays(30 + (n * 397L) % 4000);
        StringBuilder json = new StringBuilder("{\"id\":\"" + id + "\",\"credentials\":[{\"code\":\""
                + codes[n % 6] + "\",\"status\":\"ACTIVE\",\"earnedOn\":\"" + earned + "\"}");
        if (n % 3 == 0) {
            json.append(",{\"code\":\"").append(codes[(n / 3 + 1) % 6]).append("\",\"status\":\"ACTIVE\",\"earnedOn\":\"")
                    .append(earned.plusDays(200)).append("\"}");
        }
        json.append("],\"ceus\":[");
        for (int k = 0; k < n % 5; k++) {
            json.append(k == 0 ? "" : ",").append("{\"date\":\"").append(asOf.minusDays(40L + 150L * k))
                    .append("\",\"units\":").append(4 + k).append(k % 2 == 0 ? ",\"ahimaSource\":true" : "")
                    .append("}");
        }
        json.append("],\"education\":[]}");
        try {
            return HimcertJson.candidate(json.toString());
        } catch (InputException e) {
            throw new IllegalStateException(json.toString(), e);
        }
    }
}
