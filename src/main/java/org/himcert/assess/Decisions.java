package org.himcert.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.himcert.Decision;
import org.himcert.Gap;
import org.himcert.Reason;
import org.himcert.Status;
import org.himcert.engine.Condition;
import org.himcert.engine.Engine.Evaluation;
import org.himcert.engine.PathwayKind;
import org.himcert.engine.Profile;
import org.himcert.engine.Truth;
import org.himcert.engine.TypicalMonths;
import org.himcert.model.CredentialCode;
import org.himcert.text.Wording;

/**
 * Combines the conditions the rules derived into one decision per credential, the same way for every
 * credential: a pathway is met when all its conditions (and the credential's gates) are met; ELIGIBLE when a
 * standard pathway is met, else ELIGIBLE with early testing when an early-testing pathway is, else NEEDS_REVIEW
 * when a pathway the sources leave open is, else NEEDS_INFO when a pathway could still be met with the unknown
 * input, else NOT_ELIGIBLE. A credential held ACTIVE or INACTIVE is ALREADY_HELD.
 */
public final class Decisions {

    /**
     * Closest pathway first (the contract's {@code unmet} order, C-18): fewest unmet conditions, then the
     * estimated months to close them ({@link #monthsToClose}: "47 of 48 months" before a bachelor's degree of 48
     * months, a bachelor's degree before "0 of 72 months"), then requirement id.
     */
    private static final Comparator<Pathway> CLOSEST = Comparator.comparingInt((Pathway p) -> p.open().size())
            .thenComparingInt(Pathway::months)
            .thenComparing(Pathway::requirement);

    /** The estimate of a credential no question of the evaluation asked about, or of a circle of credentials. */
    static final int UNKNOWN_MONTHS = 100 * 12;

    /** Recommendations, the nearest first: fewest unmet conditions, then the smallest share missing, then id. */
    private static final Comparator<Pathway> NEAREST_RECOMMENDATION = Comparator
            .comparingInt((Pathway p) -> p.open().size())
            .thenComparingDouble(Pathway::shareMissing)
            .thenComparing(Pathway::requirement);

    private static final int CREDENTIALS = CredentialCode.values().length;

    private Decisions() {
    }

    /** The decisions with everything that explains them. */
    static List<Decision> decide(Evaluation evaluation) {
        return decide(evaluation, true);
    }

    /**
     * The decisions; with {@code explain} false only what the status needs is worked out (status, early testing,
     * deciding pathway): reasons, unmet conditions, missing inputs and recommendations are left empty, for the
     * hypothetical candidates and later days advice asks about, and for brief output. One decision per credential
     * the evaluation asked about (every one, unless the question was about some only), in the contract's order.
     */
    public static List<Decision> decide(Evaluation evaluation, boolean explain) {
        if (explain && !evaluation.explained()) {
            throw new IllegalStateException("an explained decision needs an evaluation that asked the recommending "
                    + "rules too");
        }
        // the conditions bucketed by credential in one array (a counting sort), each credential's in the order the
        // rules derived them
        List<Condition> all = evaluation.conditions();
        int size = all.size();
        int[] from = new int[CREDENTIALS + 1];
        for (int i = 0; i < size; i++) {
            from[all.get(i).credential().ordinal() + 1]++;
        }
        for (int i = 0; i < CREDENTIALS; i++) {
            from[i + 1] += from[i];
        }
        int[] at = Arrays.copyOf(from, CREDENTIALS);
        Condition[] bucketed = new Condition[size];
        for (int i = 0; i < size; i++) {
            Condition c = all.get(i);
            bucketed[at[c.credential().ordinal()]++] = c;
        }
        List<Condition> byCredential = Arrays.asList(bucketed);
        List<Decision> decisions = new ArrayList<>(CredentialCode.ASSESSED.size());
        Fastest fastest = explain ? new Fastest(evaluation, byCredential, from, evaluation.typical()) : null;
        for (CredentialCode c : CredentialCode.ASSESSED) {
            if (!evaluation.asks(c)) {
                continue; // a question about other credentials: nothing can be said of this one
            }
            List<Condition> own = byCredential.subList(from[c.ordinal()], from[c.ordinal() + 1]);
            decisions.add(decide(c, evaluation.profile(), own, explain, fastest));
        }
        return decisions;
    }

    /**
     * C-18: the estimated months closing a pathway's open conditions takes, the estimate that ranks plan routes
     * too: months of experience and waits accrue side by side from today; programs, coursework and credentials
     * follow one another; so the pathway takes the longer of the two. A credential counts by its own fastest
     * route ({@code fastest}).
     */
    static int monthsToClose(List<Condition> open, ToIntFunction<CredentialCode> fastest) {
        int sideBySide = 0;
        int oneAfterAnother = 0;
        for (Condition c : open) {
            if (c.measure() != null || c.kind() == PathwayKind.GATE) {
                sideBySide = Math.max(sideBySide, c.monthsToClose());
            } else if (c.monthsToClose() != null) {
                oneAfterAnother += c.monthsToClose();
            } else {
                int best = UNKNOWN_MONTHS;
                for (CredentialCode code : c.closedBy()) {
                    best = Math.min(best, fastest.applyAsInt(code));
                }
                oneAfterAnother += best;
            }
        }
        return Math.min(UNKNOWN_MONTHS, Math.max(sideBySide, oneAfterAnother));
    }

    /**
     * Each credential's fastest route in months (C-18), worked out when a "why not" first asks for it: held, none;
     * otherwise its quickest standard or early-testing pathway, with its waits, then its exam; a credential no
     * question asked about
     * (or one reached again while its own estimate is being worked out), {@link #UNKNOWN_MONTHS}.
     */
    private static final class Fastest implements ToIntFunction<CredentialCode> {
        private final Evaluation evaluation;
        private final List<Condition> byCredential;
        private final int[] from;
        private final int[] months = new int[CREDENTIALS];
        private final byte[] state = new byte[CREDENTIALS]; // 0 not yet, 1 being worked out, 2 done
        private final int exam;

        Fastest(Evaluation evaluation, List<Condition> byCredential, int[] from, TypicalMonths typical) {
            this.exam = typical.of(TypicalMonths.Step.EXAM);
            this.evaluation = evaluation;
            this.byCredential = byCredential;
            this.from = from;
        }

        @Override
        public int applyAsInt(CredentialCode code) {
            int i = code.ordinal();
            if (state[i] == 2) {
                return months[i];
            }
            if (state[i] == 1 || !evaluation.asks(code)) {
                return UNKNOWN_MONTHS;
            }
            if (evaluation.profile().qualifies(code)) {
                state[i] = 2;
                return months[i] = 0;
            }
            state[i] = 1;
            List<Condition> own = byCredential.subList(from[i], from[i + 1]);
            List<Condition> gates = new ArrayList<>();
            Map<String, List<Condition>> open = new TreeMap<>();
            for (Condition c : own) {
                if (c.kind() == PathwayKind.GATE) {
                    if (!c.isMet()) {
                        gates.add(c);
                    }
                } else if (c.kind() == PathwayKind.STANDARD || c.kind() == PathwayKind.EARLY_TESTING) {
                    List<Condition> pathway = open.computeIfAbsent(c.pathway(), k -> new ArrayList<>(gates.size() + 2));
                    if (!c.isMet()) {
                        pathway.add(c);
                    }
                }
            }
            int best = UNKNOWN_MONTHS;
            for (List<Condition> pathway : open.values()) {
                pathway.addAll(gates);
                best = Math.min(best, monthsToClose(pathway, this));
            }
            state[i] = 2;
            return months[i] = Math.min(UNKNOWN_MONTHS, best + exam);
        }
    }

    /**
     * The one combination of a credential's conditions into its decision. The status, early testing and deciding
     * pathway are worked out by one scan over the conditions (a pathway's conditions folded as they come, no list per
     * pathway), for every question; only with {@code explain} are the pathways then grouped again to say why: the
     * deciding pathway's reasons, the missing inputs, the unmet conditions closest first, the recommendations.
     */
    private static Decision decide(CredentialCode credential, Profile profile, List<Condition> all, boolean explain,
                                   ToIntFunction<CredentialCode> fastest) {
        if (profile.holds(credential)) {
            return new Decision(credential, Status.ALREADY_HELD, false, null, List.of(), List.of(), List.of(),
                    List.of(), null);
        }
        boolean gatesMet = true;
        int gateDemand = 0;
        boolean gateUnknown = false;
        int n = all.size();
        String[] names = new String[n];
        Condition[] first = new Condition[n];
        boolean[] met = new boolean[n];
        boolean[] couldBeMet = new boolean[n];
        boolean[] ownUnknown = new boolean[n];
        int[] demand = new int[n];
        int pathways = 0;
        for (int i = 0; i < n; i++) {
            Condition c = all.get(i);
            if (c.kind() == PathwayKind.GATE) {
                gatesMet &= c.isMet();
                gateDemand += c.need() == null ? 0 : c.need();
                gateUnknown |= c.state() == Truth.UNKNOWN && !c.inputs().isEmpty();
                continue;
            }
            if (c.kind() == PathwayKind.RECOMMENDATION) {
                continue;
            }
            int g = pathways - 1; // a rule adds a pathway's conditions one after another
            if (g < 0 || !names[g].equals(c.pathway())) {
                g = 0;
                while (g < pathways && !names[g].equals(c.pathway())) {
                    g++;
                }
                if (g == pathways) {
                    names[g] = c.pathway();
                    first[g] = c;
                    met[g] = true;
                    couldBeMet[g] = true;
                    pathways++;
                }
            }
            demand[g] += c.need() == null ? 0 : c.need();
            met[g] &= c.isMet();
            couldBeMet[g] &= c.state() != Truth.NO;
            ownUnknown[g] |= c.state() == Truth.UNKNOWN && !c.inputs().isEmpty();
        }
        if (pathways == 0) { // no pathway in force: nothing to meet, nothing missing
            return new Decision(credential, Status.NEEDS_REVIEW, false, null, List.of(), List.of(), List.of(),
                    explain ? recommendations(all) : List.of(), null);
        }
        // of met pathways the least demanding decides (CHPS: a master's and 1 year before a bachelor's and 2
        // years): by kind (standard, early testing, review), demand, requirement id, then name
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        int bestDemand = 0;
        boolean unknown = false;
        for (int g = 0; g < pathways; g++) {
            unknown |= couldBeMet[g] && (ownUnknown[g] || gateUnknown);
            if (!met[g] || !gatesMet) {
                continue;
            }
            int rank = MET_ORDER.indexOf(first[g].kind());
            int total = gateDemand + demand[g];
            int byRequirement = best < 0 ? 0 : first[g].requirement().compareTo(first[best].requirement());
            if (best < 0 || rank < bestRank || rank == bestRank && (total < bestDemand
                    || total == bestDemand && (byRequirement < 0
                    || byRequirement == 0 && names[g].compareTo(names[best]) < 0))) {
                best = g;
                bestRank = rank;
                bestDemand = total;
            }
        }
        if (best >= 0) {
            PathwayKind kind = first[best].kind();
            Status status = kind == PathwayKind.REVIEW ? Status.NEEDS_REVIEW : Status.ELIGIBLE;
            if (!explain) {
                return new Decision(credential, status, kind == PathwayKind.EARLY_TESTING, first[best].requirement(),
                        List.of(), List.of(), List.of(), List.of(), null);
            }
            List<Condition> own = new ArrayList<>();
            for (Condition c : all) {
                if (c.kind() != PathwayKind.GATE && c.kind() != PathwayKind.RECOMMENDATION
                        && c.pathway().equals(names[best])) {
                    own.add(c);
                }
            }
            return new Decision(credential, status, kind == PathwayKind.EARLY_TESTING, first[best].requirement(),
                    Pathway.of(own, gates(all), null).reasons(), List.of(), List.of(), recommendations(all), null);
        }
        Status status = unknown ? Status.NEEDS_INFO : Status.NOT_ELIGIBLE;
        if (!explain) {
            return new Decision(credential, status, false, null, List.of(), List.of(), List.of(), List.of(), null);
        }
        return unmet(credential, status, all, fastest);
    }

    /** The kinds of pathway a met one decides by, in order: a standard pathway first, then early testing, then review. */
    private static final List<PathwayKind> MET_ORDER = List.of(PathwayKind.STANDARD, PathwayKind.EARLY_TESTING,
            PathwayKind.REVIEW);

    /** The credential's gates, in the order of their texts. */
    private static List<Condition> gates(List<Condition> all) {
        List<Condition> gates = new ArrayList<>();
        for (Condition c : all) {
            if (c.kind() == PathwayKind.GATE) {
                gates.add(c);
            }
        }
        gates.sort(Comparator.comparing(Condition::text));
        return gates;
    }

    /**
     * Why no pathway is met: for NEEDS_INFO the inputs that could still meet one (of pathways no own condition of
     * which is known to fail); for NOT_ELIGIBLE every pathway's unmet conditions, the closest pathway first.
     */
    private static Decision unmet(CredentialCode credential, Status status, List<Condition> all,
                                  ToIntFunction<CredentialCode> fastest) {
        List<Condition> gates = gates(all);
        Map<String, List<Condition>> grouped = new TreeMap<>();
        for (Condition c : all) {
            if (c.kind() != PathwayKind.GATE && c.kind() != PathwayKind.RECOMMENDATION) {
                grouped.computeIfAbsent(c.pathway(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Pathway> pathways = new ArrayList<>();
        grouped.values().forEach(conditions -> pathways.add(Pathway.of(conditions, gates, fastest)));
        if (status == Status.NEEDS_INFO) {
            TreeSet<String> missing = new TreeSet<>();
            for (Pathway p : pathways) {
                if (p.couldBeMet()) {
                    for (Condition c : p.open()) {
                        if (c.state() == Truth.UNKNOWN) {
                            missing.addAll(c.inputs());
                        }
                    }
                }
            }
            return new Decision(credential, status, false, null, List.of(), List.of(), List.copyOf(missing),
                    recommendations(all), null);
        }
        List<Gap> unmet = new ArrayList<>();
        pathways.sort(CLOSEST); // a stable sort
        for (Pathway p : pathways) {
            p.addGaps(unmet);
        }
        return new Decision(credential, status, false, null, List.of(), unmet, List.of(), recommendations(all), null);
    }

    /**
     * The open conditions of every pathway of the given credentials that time alone could close: pathways whose
     * open conditions are all months of experience or retest waits. Other pathways need something to change. The
     * unmet gates come first, then each pathway's conditions in the order the rules derived them; the eligibleOn
     * search reads only the days they give.
     */
    static List<Condition> timeBound(Evaluation evaluation, Set<CredentialCode> credentials) {
        List<Condition> open = new ArrayList<>();
        List<TimeBound> pathways = new ArrayList<>();
        for (Condition c : evaluation.conditions()) {
            if (!credentials.contains(c.credential()) || c.kind() == PathwayKind.RECOMMENDATION) {
                continue;
            }
            if (c.kind() == PathwayKind.GATE) {
                if (!c.isMet()) {
                    open.add(c);
                }
                continue;
            }
            // a rule adds a pathway's conditions one after another, so the last pathway seen is the likeliest
            TimeBound pathway = pathways.isEmpty() ? null : pathways.get(pathways.size() - 1);
            if (pathway != null && !pathway.is(c)) {
                pathway = null;
                for (TimeBound p : pathways) {
                    if (p.is(c)) {
                        pathway = p;
                        break;
                    }
                }
            }
            if (pathway == null) {
                pathway = new TimeBound(c.credential(), c.pathway());
                pathways.add(pathway);
            }
            if (!c.isMet()) {
                pathway.unmet.add(c);
                pathway.byTime &= c.state() == Truth.NO && c.measure() != null;
            }
        }
        for (TimeBound p : pathways) {
            if (p.byTime) {
                open.addAll(p.unmet);
            }
        }
        return open;
    }

    /** One pathway's unmet conditions while {@link #timeBound} looks for those that time alone could close. */
    private static final class TimeBound {
        private final CredentialCode credential;
        private final String pathway;
        private final List<Condition> unmet = new ArrayList<>(2);
        private boolean byTime = true;

        TimeBound(CredentialCode credential, String pathway) {
            this.credential = credential;
            this.pathway = pathway;
        }

        boolean is(Condition c) {
            return credential == c.credential() && pathway.equals(c.pathway());
        }
    }

    /** Recommendations are alternatives: none is reported when one is met; otherwise all, the closest first. */
    private static List<Gap> recommendations(List<Condition> all) {
        Map<String, List<Condition>> recommended = new TreeMap<>();
        for (Condition c : all) {
            if (c.kind() == PathwayKind.RECOMMENDATION) {
                recommended.computeIfAbsent(c.pathway(), k -> new ArrayList<>()).add(c);
            }
        }
        if (recommended.isEmpty()) {
            return List.of();
        }
        List<Pathway> alternatives = new ArrayList<>();
        for (List<Condition> conditions : recommended.values()) {
            Pathway p = Pathway.of(conditions, List.of(), null);
            if (p.open().isEmpty()) {
                return List.of();
            }
            alternatives.add(p);
        }
        List<Gap> gaps = new ArrayList<>();
        alternatives.sort(NEAREST_RECOMMENDATION);
        for (Pathway p : alternatives) {
            p.addGaps(gaps);
        }
        return gaps;
    }

    /**
     * One pathway's conditions with the credential's gates, and what is still open of them; the sort keys are
     * worked out once, when the pathway is made.
     */
    private record Pathway(String requirement, PathwayKind kind, List<Condition> conditions, List<Condition> open,
                           int demand, int months, double shareMissing) {

        /** With {@code fastest}, the months to close the open conditions are estimated; without, left 0. */
        static Pathway of(List<Condition> own, List<Condition> gates, ToIntFunction<CredentialCode> fastest) {
            List<Condition> conditions = new ArrayList<>(own);
            conditions.sort(Comparator.comparing(Condition::requirement).thenComparing(Condition::text));
            conditions.addAll(gates);
            List<Condition> open = new ArrayList<>();
            int demand = 0;
            double share = 0;
            for (Condition c : conditions) {
                if (c.need() != null) {
                    demand += c.need();
                }
                if (c.isMet()) {
                    continue;
                }
                open.add(c);
                share += c.have() == null || c.need() == null || c.need() == 0 ? 1.0
                        : Math.max(0.0, Math.min(1.0, (c.need() - c.have()) / (double) c.need()));
            }
            return new Pathway(own.get(0).requirement(), own.get(0).kind(), conditions, List.copyOf(open), demand,
                    fastest == null ? 0 : monthsToClose(open, fastest), share);
        }

        /** No own condition is known to fail (a running retest wait does not hide what is unknown). */
        boolean couldBeMet() {
            for (Condition c : open) {
                if (c.state() == Truth.NO && c.kind() != PathwayKind.GATE) {
                    return false;
                }
            }
            return true;
        }

        List<Reason> reasons() {
            Reason[] reasons = new Reason[conditions.size()];
            for (int i = 0; i < reasons.length; i++) {
                Condition c = conditions.get(i);
                reasons[i] = new Reason(c.requirement(), Wording.condition(c.text(), c.missingAreas()), c.source(),
                        c.parameters());
            }
            return List.of(reasons);
        }

        /** Adds a gap for each open condition, in order. */
        void addGaps(List<Gap> gaps) {
            for (Condition c : open) {
                gaps.add(new Gap(requirement, c.requirement(), Wording.condition(c.text(), c.missingAreas()), c.have(),
                        c.need(), c.unit(), c.source(), c.parameters()));
            }
        }
    }
}
