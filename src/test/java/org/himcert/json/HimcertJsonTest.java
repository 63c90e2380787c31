package org.himcert.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himcert.Assessment;
import org.himcert.Detail;
import org.himcert.EligibilityAdvisor;
import org.himcert.Plan;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/** HimcertJson: candidates, assessments and plans written to the contract and read back equal. */
class HimcertJsonTest {

    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();

    @Test
    void candidatesAssessmentsAndPlansRoundTrip() throws Exception {
        RandomCandidates random = new RandomCandidates(77);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            candidates.add(random.candidate("j" + i, random.asOf()));
        }
        for (String line : lines("/json/valid-keeping.jsonl")) {
            candidates.add(HimcertJson.candidate(line));  // holders: maintenance and EARN_CEUS steps
        }
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        int assessed = 0;
        for (Candidate c : candidates) {
            assertThat(HimcertJson.candidate(HimcertJson.write(c))).as(c.id()).isEqualTo(c);
            for (Detail detail : Detail.values()) {
                Assessment a = ADVISOR.assess(c, asOf, detail);
                String json = HimcertJson.write(a);
                assertThat(json).isEqualTo(new ContractWriter().assessment(a));
                assertThat(HimcertJson.assessment(json)).as(json).isEqualTo(a);
                assessed++;
            }
            Plan p = ADVISOR.plan(c, CredentialCode.CHPS, asOf);
            assertThat(HimcertJson.plan(HimcertJson.write(p))).as(c.id()).isEqualTo(p);
        }
        assertThat(assessed).isEqualTo(2 * candidates.size());
        assertThat(candidates.stream().filter(c -> ADVISOR.assess(c, asOf).maintenance() != null)).isNotEmpty();
    }

    @Test
    void badTextIsRefusedWithTheReason() {
        assertThatThrownBy(() -> HimcertJson.assessment("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> HimcertJson.assessment("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an assessment of the himcert contract");
        assertThatThrownBy(() -> HimcertJson.candidate("{\"id\":\"x\",\"nickname\":1}"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("unknown field");
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = HimcertJsonTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
