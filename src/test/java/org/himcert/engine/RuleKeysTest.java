package org.himcert.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine keys authored rules to scenarios without the author writing a key, and refuses what it cannot key. */
class RuleKeysTest {

    private static final String RULE = String.join("\n",
            "package org.himcert.rules;",
            "import org.himcert.engine.*;",
            "rule \"X-1 a rule\"",
            "when",
            "    Profile( $months : codingMonths )",
            "    not Qualifying( )",
            "    exists LatestFailure( date != null )",
            "    accumulate( $p : Program( him == Truth.YES ); $n : count(1) )",
            "    $t : Threshold( requirement == \"X-1\" )",
            "then",
            "end",
            "");

    @Test
    void everyPatternOfACandidatesFactsJoinsTheRulesScenarioOnItsOwnLine() {
        String keyed = RuleKeys.keyed(RULE);

        assertThat(keyed.lines().toList()).hasSameSizeAs(RULE.lines().toList());
        assertThat(keyed).contains("$__scenario : Scenario( $__s : id ) Profile( scenario == $__s, $months")
                .contains("not Qualifying( scenario == $__s )")
                .contains("exists LatestFailure( scenario == $__s, date != null )")
                .contains("$p : Program( scenario == $__s, him == Truth.YES )")
                .contains("$t : Threshold( requirement == \"X-1\" )");
        assertThat(RuleKeys.unkeyed(keyed)).isEmpty();
    }

    @Test
    void aRuleOfOneCredentialIsAskedOnlyWhenTheScenarioAsksAboutThatCredential() {
        String rule = RULE.replace("rule \"X-1 a rule\"", "rule \"X-1 a rule\" @credential(\"CCS-P\")");

        assertThat(RuleKeys.keyed(rule))
                .contains("$__scenario : Scenario( $__s : id, asks( org.himcert.model.CredentialCode.CCS_P ) ) Profile(");
        assertThat(RuleKeys.keyed(RULE)).as("a rule of no credential (a gate) is asked for every one")
                .doesNotContain("asks(");
        assertThat(RuleKeys.keyed(rule.replace("@credential", "@kind(\"RECOMMENDATION\") @credential")))
                .as("a recommending rule is asked only for an explained answer")
                .contains("Scenario( $__s : id, asks( org.himcert.model.CredentialCode.CCS_P ), explained == true )");
        assertThat(RuleKeys.keyed(rule)).doesNotContain("explained");
    }

    @Test
    void anUnkeyedPatternIsFoundOnItsLine() {
        assertThat(RuleKeys.unkeyed(RULE)).containsExactly(5, 6, 7, 8);
    }

    @Test
    void aCandidatesFactMatchedFromAnExpressionFailsTheLoadWithItsFileAndLine() {
        String from = String.join("\n",
                "package org.himcert.rules;",
                "import org.himcert.engine.*;",
                "import java.util.List;",
                "rule \"X-2 from\"",
                "    @requirement(\"X-2\") @credential(\"RHIT\") @source(\"a test\")",
                "when",
                "    $list : List( )",
                "    Profile( ) from $list",
                "then",
                "end",
                "");

        assertThatThrownBy(() -> RuleBase.compile(List.of(new RuleFile("office/x.drl", from))))
                .isInstanceOf(RuleLoadException.class)
                .hasMessageContaining("office/x.drl:8");
    }

    @Test
    void textThatDoesNotParseIsLeftForTheCompilerToReport() {
        String broken = "package org.himcert.rules;\nrule \"X-3\"\nwhen\n    Profile( \nthen\nend\n";

        assertThat(RuleKeys.keyed(broken)).isEqualTo(broken);
    }

    @Test
    void conditionHelpersGetTheRuleContextFromTheEngineOnTheirOwnLine() {
        String rule = "package org.himcert.rules;\nrule \"X-4\"\nwhen\n    Profile( $m : codingMonths )\nthen\n"
                + "    Cond.atLeast(\"coding\", $m, Measure.CODING);\n    Cond.is(kcontext, \"already\", Truth.YES, \"x\");\nend\n";

        String keyed = RuleKeys.keyed(rule);

        assertThat(keyed).contains("    Cond.atLeast(kcontext, $__scenario, \"coding\", $m, Measure.CODING);")
                .contains("    Cond.is(kcontext, $__scenario, \"already\", Truth.YES, \"x\");");
        assertThat(keyed.lines().count()).isEqualTo(rule.lines().count());
    }
}
