package org.himcert.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.himcert.model.CredentialCode;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Records what the maintenance rules ({@code rules/maintenance.drl}) find, in the scenario the rule matched, like
 * {@link Cond} does for eligibility. Each helper reads the firing rule's own parameter ({@code @requirement}) in the
 * row in force on the day the requirement names, records the number on the {@link Cycle}, and a {@link Finding}
 * citing the rule's {@code @source} and the row's. The facade combines them ({@code MaintenanceFindings}); no helper decides a
 * status, so the order the rules fire in does not matter. Rule text calls them without the rule context, which the
 * engine passes.
 */
public final class MaintenanceRows {

    private MaintenanceRows() {
    }

    /**
     * M-1: the cycles, of the rule's parameter's length in years (the row in force on the first exam's day), counted
     * from the day the first held credential's exam was passed: the one running on the as-of date, and the one
     * before it when there is one, inserted for the other rules. With {@code first} null (an earnedOn not given)
     * no cycle is known.
     */
    public static void cycles(RuleContext rule, LocalDate first) {
        Scenario s = Cond.scenario(rule);
        MaintenanceQuestion maintenance = s.maintenanceQuestion();
        if (first == null) {
            record(rule, null, "the cycle counts from the day the first credential's exam was passed, which is not "
                    + "given", true);
            return;
        }
        MaintenanceParameter p = parameter(rule, first);
        int years = p.number();
        if (years <= 0) {
            throw new IllegalStateException("a cycle of " + years + " years");
        }
        long k = ChronoUnit.YEARS.between(first, maintenance.getAsOf()) / years;
        for (long n = Math.max(0, k - 1); n <= k; n++) {
            LocalDate start = first.plusYears(n * years);
            LocalDate end = first.plusYears((n + 1) * years).minusDays(1);
            Cycle cycle = new Cycle(s.getId(), (int) n, start, end, n == k);
            maintenance.add(cycle);
            rule.getKieRuntime().insert(cycle);
        }
        Cycle running = maintenance.cycles().get(0);
        record(rule, p, "a " + years + "-year cycle from the day the first exam was passed (" + first + "): the "
                + "running cycle is " + running.getStart() + " to " + running.getEnd(), true);
    }

    /** M-1-old: months of grace after the cycle's last day, by the row in force on that day. */
    public static void grace(RuleContext rule, Cycle cycle) {
        MaintenanceParameter p = parameter(rule, cycle.getEnd());
        cycle.graceMonths = p.number();
        record(rule, cycle, p, p.number() + " months of grace after the cycle ending " + cycle.getEnd(), p.number() > 0);
    }

    /** M-2: the share of the cycle's CEUs that must fall within the HIIM domains, by its first day. */
    public static void hiimShare(RuleContext rule, Cycle cycle) {
        MaintenanceParameter p = parameter(rule, cycle.getStart());
        cycle.hiimPercent = p.number();
        record(rule, cycle, p, p.number() + " % of the CEUs within the HIIM domains", p.number() > 0);
    }

    /**
     * M-10: the share of the cycle's CEUs that must come from AHIMA, HCPro or a state association, by its first day
     * (M-13: or its last, by the advisor's option); rounded up when combined.
     */
    public static void ahimaShare(RuleContext rule, Cycle cycle) {
        boolean byEnd = Cond.scenario(rule).parameters().ahimaShareByCycleEnd();
        MaintenanceParameter p = parameter(rule, byEnd ? cycle.getEnd() : cycle.getStart());
        cycle.ahimaPercent = p.number();
        record(rule, cycle, p, p.number() + " % of the CEUs from AHIMA, HCPro or an AHIMA component state association"
                + " (cycles " + (byEnd ? "ending" : "beginning") + " on or after the share's date; M-13)",
                p.number() > 0);
    }

    /** M-3: the CEUs the credential asks for alone, by the cycle's first day. */
    public static void ceusFor(RuleContext rule, Cycle cycle, CredentialCode code) {
        MaintenanceParameter p = parameter(rule, cycle.getStart());
        int ceus = p.entry(code.code());
        cycle.perCredential.put(code, ceus);
        record(rule, cycle, p, code + " alone asks for " + ceus + " CEUs a cycle", true);
    }

    /** M-4: the CEUs each credential beyond the first adds, and the most a cycle asks for, by its first day. */
    public static void several(RuleContext rule, Cycle cycle) {
        MaintenanceParameter p = parameter(rule, cycle.getStart());
        cycle.eachMore = p.entry("each");
        cycle.cap = p.entry("cap");
        record(rule, cycle, p, "several credentials: " + cycle.eachMore + " more CEUs for each beyond the first, at most "
                + cycle.cap, true);
    }

    /** M-5: the CEUs of a coding credential's requirement that were coding self-reviews, by the cycle's first day. */
    public static void selfReviews(RuleContext rule, Cycle cycle) {
        MaintenanceParameter p = parameter(rule, cycle.getStart());
        cycle.selfReviewCeus = p.number();
        record(rule, cycle, p, p.number() == 0 ? "no coding self-reviews (discontinued 1 Jan 2021)"
                : "a coding credential's CEUs include " + p.number() + " CEUs of annual coding self-reviews",
                p.number() > 0);
    }

    /** M-6: one credential replaces another (the RHIA the RHIT): the replaced one is listed but not counted. */
    public static void replaces(RuleContext rule, CredentialCode by, CredentialCode replaced) {
        Cond.scenario(rule).maintenanceQuestion().replaced().put(replaced, by);
        record(rule, null, "the " + by + " replaces the " + replaced + ": only the " + by + "'s CEUs are kept", true);
    }

    /** M-7: the recertification fee, by the cycle's last day. */
    public static void fee(RuleContext rule, Cycle cycle) {
        MaintenanceParameter p = parameter(rule, cycle.getEnd());
        cycle.firstFee = p.entry("first");
        cycle.eachMoreFee = p.entry("each");
        record(rule, cycle, p, "a recertification fee of $" + cycle.firstFee + " for the first credential and $"
                + cycle.eachMoreFee + " for each more (non-member)", true);
    }

    /** M-8: a cycle that ends short makes the credentials inactive, revoked after the parameter's days. */
    public static void lapse(RuleContext rule, Cycle cycle) {
        MaintenanceParameter p = parameter(rule, cycle.getEnd());
        cycle.revokeAfterDays = p.entry("days");
        cycle.extensionFee = p.entry("extensionFee");
        record(rule, cycle, p, "a cycle that ends short makes the credentials inactive, revoked " + cycle.revokeAfterDays
                + " days later (an extension costs $" + cycle.extensionFee + " per credential)", true);
    }

    /** M-9: whether the sources give the cycle's numbers, by its first day. */
    public static void verified(RuleContext rule, Cycle cycle) {
        MaintenanceParameter p = parameter(rule, cycle.getStart());
        cycle.verified = p.flag();
        record(rule, cycle, p, p.flag() ? "the sources give the numbers of the cycle beginning " + cycle.getStart()
                : "the sources do not give the numbers of the cycle beginning " + cycle.getStart(), !p.flag());
    }

    /** M-12: for a cycle whose numbers the sources do not give, the pre-2024 table stands as the estimate. */
    public static void estimate(RuleContext rule, Cycle cycle) {
        record(rule, cycle, null, "the pre-2024 table is the best evidence for the cycle beginning " + cycle.getStart()
                + " (third-party pages of 2025-26 still give 20 CEUs for the RHIT, CCA and CCS)", true);
    }

    /**
     * M-15 (b): a credential passed during a cycle counts in full toward it, or only from the next cycle, as the row in
     * force on the cycle's first day says (an assumption either way: AHIMA publishes no proration).
     */
    public static void passedDuring(RuleContext rule, Cycle cycle, CredentialCode code, LocalDate passed) {
        MaintenanceParameter p = parameter(rule, cycle.getStart());
        cycle.passedDuring.put(code, passed);
        cycle.passedDuringCount = p.flag();
        record(rule, cycle, p, "the " + code + ", passed " + passed + " during the cycle beginning " + cycle.getStart()
                + (p.flag() ? ", counts in full toward it (assumed)" : ", counts only from the next cycle (assumed)"),
                true);
    }

    /** M-11: a credential earned after the first joins the first credential's cycle. */
    public static void joins(RuleContext rule, CredentialCode code, LocalDate earned) {
        record(rule, null, "the " + code + " (passed " + earned + ") joins the first credential's cycle", true);
    }

    private static MaintenanceParameter parameter(RuleContext rule, LocalDate day) {
        Scenario scenario = Cond.scenario(rule);
        RuleMeta meta = scenario.meta(rule.getRule());
        return scenario.maintenance(RuleMeta.required(meta.requirement(), meta.name(), "requirement"), day);
    }

    private static void record(RuleContext rule, MaintenanceParameter p, String text, boolean inEffect) {
        record(rule, null, p, text, inEffect);
    }

    private static void record(RuleContext rule, Cycle cycle, MaintenanceParameter p, String text, boolean inEffect) {
        Scenario scenario = Cond.scenario(rule);
        RuleMeta meta = scenario.meta(rule.getRule());
        String source = RuleMeta.required(meta.source(), meta.name(), "source");
        MaintenanceQuestion maintenance = scenario.maintenanceQuestion();
        if (maintenance == null) {
            throw new IllegalStateException("rule '" + rule.getRule().getName() + "' fired without a maintenance "
                    + "question");
        }
        maintenance.add(new Finding(RuleMeta.required(meta.requirement(), meta.name(), "requirement"), text, source, p == null ? null : p.row(),
                cycle == null ? null : cycle.getStart(), inEffect));
    }
}
