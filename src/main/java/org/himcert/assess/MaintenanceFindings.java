package org.himcert.assess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.himcert.Maintenance;
import org.himcert.MaintenanceStatus;
import org.himcert.NextStep;
import org.himcert.StepAction;
import org.himcert.engine.Cycle;
import org.himcert.engine.Finding;
import org.himcert.engine.MaintainedCredential;
import org.himcert.engine.MaintenanceQuestion;
import org.himcert.engine.Requirements;
import org.himcert.model.CeuRecord;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.Parameter;
import org.himcert.text.Wording;
import org.himcert.text.Words;

/**
 * Combines what the maintenance rules found for a holder into a {@link Maintenance}: the CEUs a cycle requires
 * (M-3, M-4, M-6), those earned in it, the shares still missing (M-2, M-10), and the status. The order: an
 * earnedOn not given (NEEDS_INFO); the cycle before the running one ended short by the CEU records (LAPSED, or
 * NEEDS_REVIEW when its numbers were an estimate); a credential given as INACTIVE (LAPSED); CEUs not given
 * (NEEDS_INFO); the running cycle's numbers not given by the sources (NEEDS_REVIEW, M-9, M-12) or including coding
 * self-reviews the input cannot show (NEEDS_REVIEW, M-5); then COMPLETE or IN_PROGRESS.
 */
final class MaintenanceFindings {

    private static final Set<CredentialCode> CODING = EnumSet.of(CredentialCode.CCA, CredentialCode.CCS,
            CredentialCode.CCS_P);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Requirement ids in the domain reference's order. */
    private static final Comparator<String> BY_REFERENCE = Comparator.comparingInt(Requirements::rank)
            .thenComparing(Comparator.naturalOrder());

    private MaintenanceFindings() {
    }

    /** The CEU figures of one cycle, counted to the as-of date. */
    private record Tally(BigDecimal required, BigDecimal earned, BigDecimal hiim, BigDecimal ahima,
                         BigDecimal hiimShare, BigDecimal ahimaShare) {
        BigDecimal needed() {
            return required.subtract(earned).max(BigDecimal.ZERO);
        }

        BigDecimal hiimNeeded() {
            return hiimShare.subtract(hiim).max(BigDecimal.ZERO);
        }

        BigDecimal ahimaNeeded() {
            return ahimaShare.subtract(ahima).max(BigDecimal.ZERO);
        }

        boolean met() {
            return needed().signum() == 0 && hiimNeeded().signum() == 0 && ahimaNeeded().signum() == 0;
        }
    }

    /** The maintenance answer, or null when the candidate holds no AHIMA credential (no question was asked). */
    static Maintenance of(MaintenanceQuestion maintenance, LocalDate asOf) {
        if (maintenance == null) {
            return null;
        }
        List<Finding> all = maintenance.findings().stream().filter(Finding::inEffect).toList();
        if (maintenance.getFirstEarned() == null || maintenance.cycles().isEmpty()) {
            Cited requirements = requirements(all);
            String source = sources(all);
            return new Maintenance(MaintenanceStatus.NEEDS_INFO, Words.say("maintenance.noEarnedOn"), null, null, null, null,
                    null, null, null, null, null, listed(maintenance, null, asOf, null, null), maintenance.missing(), source,
                    requirements.ids(), requirements.parameters());
        }
        Cycle running = maintenance.cycles().get(0);
        Cycle previous = maintenance.cycles().size() > 1 ? maintenance.cycles().get(1) : null;
        boolean several = counted(maintenance, running).size() > 1; // M-4 decides only then (the RHIA may replace the RHIT)
        List<Finding> effective = about(all, running.getStart()).stream()
                .filter(f -> !f.requirement().equals("M-4") || several).toList();
        Cited requirements = requirements(effective);
        String source = sources(effective);
        // a credential given as INACTIVE went so when the cycle before ended: that cycle's rows (its grace, M-1-old;
        // its lapse, M-8) decide the dates, so the answer cites them beside the running cycle's
        List<Finding> withPrevious = new ArrayList<>(effective);
        if (previous != null) {
            withPrevious.addAll(about(all, previous.getStart()));
        }
        LocalDate runningInactive = closes(running).plusDays(1);
        LocalDate runningRevoked = revoked(running, runningInactive);
        LocalDate countFrom = previous == null ? running.getStart()
                : later(running.getStart(), closes(previous).plusDays(1));
        BigDecimal required = required(maintenance, running);
        if (maintenance.ceus().isEmpty()) {
            MaintenanceStatus status = MaintenanceStatus.NEEDS_INFO;
            String reason = also(Words.say("maintenance.noCeus"), passedDuring(running));
            if (declaredInactive(maintenance)) {
                return inactive(maintenance, running, previous, required, null, asOf, sources(withPrevious),
                        requirements(withPrevious));
            }
            return new Maintenance(status, reason, running.getStart(), running.getEnd(), required, null, null, null,
                    null, share(required, running.hiimPercent()), share(required, running.ahimaPercent()), listed(maintenance, running, asOf, runningInactive, runningRevoked), List.of("ceus"), source,
                    requirements.ids(), requirements.parameters());
        }
        List<CeuRecord> ceus = maintenance.ceus().get();
        Tally now = tally(required, running, ceus, countFrom, earlier(asOf, closes(running)));
        // `[]` declares none in every cycle, so the cycle before the running one is judged from it (M-15 a); records
        // that do not reach into that cycle leave it unjudged, and the answer says so
        boolean recordsReachBack = previous != null
                && (ceus.isEmpty() || ceus.stream().anyMatch(r -> r.date().isBefore(running.getStart())));
        String unjudged = also(previous == null || recordsReachBack ? null : Words.say("maintenance.previousUnjudged",
                "start", previous.getStart(), "end", previous.getEnd()), passedDuring(running));
        if (recordsReachBack) {
            LocalDate inactiveOn = closes(previous).plusDays(1);
            Tally before = tally(required(maintenance, previous), previous, ceus, previous.getStart(),
                    earlier(asOf, closes(previous)));
            if (!asOf.isBefore(inactiveOn) && !before.met()) {
                LocalDate revokedOn = revoked(previous, inactiveOn);
                String shortBy = Words.say("maintenance.shortBy", "start", previous.getStart(), "end",
                        previous.getEnd(), "earned", Wording.ceus(before.earned()), "estimated", previous.verified()
                                ? "" : Words.say("maintenance.shortBy.estimated"), "required",
                        Wording.ceus(before.required()), "shares", shares(before));
                String when = !asOf.isBefore(revokedOn)
                        ? Words.say("maintenance.wereRevoked", "inactiveOn", inactiveOn, "revokedOn", revokedOn)
                        : Words.say("maintenance.areRevoked", "inactiveOn", inactiveOn, "revokedOn", revokedOn,
                        "extension", extension(previous));
                MaintenanceStatus status = previous.verified() ? MaintenanceStatus.LAPSED
                        : MaintenanceStatus.NEEDS_REVIEW;
                String reason = also(Words.say(previous.verified() ? "maintenance.lapsed"
                        : "maintenance.lapsedEstimate", "shortBy", shortBy, "when", when), passedDuring(previous));
                List<Finding> both = new ArrayList<>(effective);
                both.addAll(about(all, previous.getStart()));
                return result(status, reason, running, now, lapsedList(maintenance, running, asOf, inactiveOn, revokedOn),
                        List.of(), sources(both), requirements(both));
            }
        }
        if (declaredInactive(maintenance)) {
            return inactive(maintenance, running, previous, required, now, asOf, sources(withPrevious),
                    requirements(withPrevious));
        }
        List<Maintenance.Credential> pending = now.met() ? listed(maintenance, running, asOf, null, null)
                : listed(maintenance, running, asOf, runningInactive, runningRevoked);
        if (!running.verified()) {
            String reason = also(Words.say("maintenance.unverified", "start", running.getStart()), unjudged);
            return result(MaintenanceStatus.NEEDS_REVIEW, reason, running, now, pending, List.of(), source,
                    requirements);
        }
        if (running.selfReviewCeus() > 0 && counted(maintenance, running).stream().anyMatch(CODING::contains)) {
            String reason = also(Words.say("maintenance.selfReviews", "start", running.getStart(), "ceus",
                    running.selfReviewCeus()), unjudged);
            return result(MaintenanceStatus.NEEDS_REVIEW, reason, running, now, pending, List.of(), source,
                    requirements);
        }
        return result(now.met() ? MaintenanceStatus.COMPLETE : MaintenanceStatus.IN_PROGRESS, unjudged, running, now,
                pending, List.of(), source, requirements);
    }

    /** A reason with a note after it, or the reason alone (or the note alone). */
    private static String also(String reason, String note) {
        return note == null ? reason : reason == null ? note
                : Words.say("maintenance.also", "reason", reason, "note", note);
    }

    /**
     * M-15 (b): the credentials passed during the cycle, and how they count toward it, in words (an assumption
     * either way), or null when none was.
     */
    private static String passedDuring(Cycle cycle) {
        if (cycle.passedDuring().isEmpty()) {
            return null;
        }
        List<String> which = new ArrayList<>();
        cycle.passedDuring().forEach((code, day) -> which.add(Words.say("maintenance.passedDuring.entry", "code",
                code, "date", day)));
        return Words.say(cycle.passedDuringCount() ? "maintenance.passedDuring.full" : "maintenance.passedDuring.next",
                "credentials", String.join(Words.say("maintenance.passedDuring.and"), which), "start", cycle.getStart(),
                "end", cycle.getEnd());
    }

    /** How close a cycle's end must be for a step to earn the CEUs still needed. */
    static final int STEP_MONTHS = 6;

    /**
     * The next step that keeps the credentials: for a holder whose cycle ends within six months with CEUs still
     * needed, earn them by its last day; for one whose credentials went inactive and are not yet revoked, ask for an
     * extension and earn them before the revocation. Null otherwise.
     */
    static NextStep step(MaintenanceQuestion maintenance, Maintenance m, LocalDate asOf) {
        if (m == null || m.cycleEnd() == null) {
            return null;
        }
        Cycle running = maintenance.cycles().get(0);
        CredentialCode first = m.credentials().stream().filter(Maintenance.Credential::counted).map(Maintenance.Credential::code)
                .findFirst().orElse(m.credentials().get(0).code());
        String names = String.join(", ", m.credentials().stream().map(c -> c.code().code()).toList());
        boolean inactive = m.credentials().stream().anyMatch(c -> c.status() == CredentialStatus.INACTIVE);
        if (m.status() == MaintenanceStatus.LAPSED || inactive) {
            LocalDate revokedOn = m.credentials().get(0).revokedOn();
            if (!inactive || revokedOn == null || !asOf.isBefore(revokedOn)) {
                return null;
            }
            // a next step is never surer than the finding it comes from: a lapse that is only an estimate is hedged
            String key = m.status() == MaintenanceStatus.NEEDS_REVIEW ? "keep.extension.estimate" : "keep.extension";
            return new NextStep(StepAction.EARN_CEUS, first, Words.say(key, "names", names,
                    "inactiveOn", m.credentials().get(0).inactiveOn(), "fee", running.extensionFee() == null ? ""
                            : Words.say("keep.extension.fee", "fee", running.extensionFee()), "revokedOn", revokedOn,
                    "itThey", Words.say(m.credentials().size() == 1 ? "keep.extension.one" : "keep.extension.several")),
                    null, revokedOn.minusDays(1));
        }
        if (m.ceusNeeded() == null) {
            return null; // CEUs not given: nothing is inferred from them
        }
        boolean short_ = m.ceusNeeded().signum() > 0 || m.hiimDomainNeeded().signum() > 0
                || m.ahimaSourceNeeded().signum() > 0;
        if (!short_ || m.cycleEnd().isAfter(asOf.plusMonths(STEP_MONTHS))
                || m.status() != MaintenanceStatus.IN_PROGRESS && m.status() != MaintenanceStatus.NEEDS_REVIEW) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (m.hiimDomainNeeded().signum() > 0) {
            parts.add(Words.say("keep.earn.hiim", "ceus", Wording.ceus(m.hiimDomainNeeded())));
        }
        if (m.ahimaSourceNeeded().signum() > 0) {
            parts.add(Words.say("keep.earn.ahima", "ceus", Wording.ceus(m.ahimaSourceNeeded())));
        }
        BigDecimal more = m.ceusNeeded().max(m.hiimDomainNeeded()).max(m.ahimaSourceNeeded());
        String fee = running.firstFee() == null ? "" : Words.say("keep.earn.fee", "first", running.firstFee(),
                "more", running.eachMoreFee());
        return new NextStep(StepAction.EARN_CEUS, first, Wording.explainHiim(Words.say("keep.earn", "more", Wording.ceus(more), "ceus",
                Words.say(more.compareTo(BigDecimal.ONE) == 0 ? "keep.earn.one" : "keep.earn.several"), "atLeast",
                parts.isEmpty() ? "" : Words.say("keep.earn.atLeast", "parts", String.join(" and ", parts)), "end",
                m.cycleEnd(), "names", names, "estimate", m.status() == MaintenanceStatus.NEEDS_REVIEW
                        ? Words.say("keep.earn.estimate") : "", "fee", fee)), null, m.cycleEnd());
    }

    /** The findings about a cycle (beginning on the day) and those about every cycle. */
    private static List<Finding> about(List<Finding> findings, LocalDate cycleStart) {
        return findings.stream().filter(f -> f.cycleStart() == null || f.cycleStart().equals(cycleStart)).toList();
    }

    private static Maintenance result(MaintenanceStatus status, String reason, Cycle running, Tally now,
                                      List<Maintenance.Credential> credentials, List<String> missing, String source,
                                      Cited requirements) {
        return new Maintenance(status, reason, running.getStart(), running.getEnd(), now.required(), now.earned(),
                now.needed(), now.hiimNeeded(), now.ahimaNeeded(), now.hiimShare(), now.ahimaShare(), credentials,
                missing, source,
                    requirements.ids(), requirements.parameters());
    }

    /** A credential given as INACTIVE: a cycle ended short (by AHIMA's record, not the CEUs given). */
    private static Maintenance inactive(MaintenanceQuestion maintenance, Cycle running, Cycle previous, BigDecimal required, Tally now,
                                        LocalDate asOf, String source, Cited requirements) {
        LocalDate inactiveOn = previous == null ? null : closes(previous).plusDays(1);
        LocalDate revokedOn = previous == null ? null : revoked(previous, inactiveOn);
        List<String> which = new ArrayList<>();
        for (MaintainedCredential k : maintenance.kept()) {
            if (k.status() == CredentialStatus.INACTIVE) {
                which.add(Words.say("maintenance.givenInactive.entry", "code", k.code()));
            }
        }
        String reason = Words.say("maintenance.givenInactive", "which", String.join(", ", which), "isAre",
                Words.say(which.size() == 1 ? "maintenance.givenInactive.one" : "maintenance.givenInactive.several"),
                "dates", inactiveOn == null ? "" : Words.say("maintenance.givenInactive.dates", "inactiveOn",
                        inactiveOn, "revokedOn", revokedOn, "extension", asOf.isBefore(revokedOn) ? extension(previous)
                                : ""));
        List<Maintenance.Credential> list = new ArrayList<>();
        for (Maintenance.Credential c : listed(maintenance, running, asOf, inactiveOn, revokedOn)) {
            CredentialStatus s = revokedOn != null && !asOf.isBefore(revokedOn) ? CredentialStatus.REVOKED
                    : CredentialStatus.INACTIVE;
            list.add(new Maintenance.Credential(c.code(), s, inactiveOn, revokedOn, c.counted()));
        }
        if (now == null) {
            return new Maintenance(MaintenanceStatus.LAPSED, reason, running.getStart(), running.getEnd(), required,
                    null, null, null, null, share(required, running.hiimPercent()),
                    share(required, running.ahimaPercent()), list, List.of(), source,
                    requirements.ids(), requirements.parameters());
        }
        return result(MaintenanceStatus.LAPSED, reason, running, now, list, List.of(), source, requirements);
    }

    private static String extension(Cycle cycle) {
        return cycle.extensionFee() == null ? "" : Words.say("maintenance.extension", "fee", cycle.extensionFee());
    }

    private static String shares(Tally t) {
        List<String> parts = new ArrayList<>();
        if (t.hiimNeeded().signum() > 0) {
            parts.add(Words.say("maintenance.shares.hiim", "have", Wording.ceus(t.hiim()), "need",
                    Wording.ceus(t.hiimShare())));
        }
        if (t.ahimaNeeded().signum() > 0) {
            parts.add(Words.say("maintenance.shares.ahima", "have", Wording.ceus(t.ahima()), "need",
                    Wording.ceus(t.ahimaShare())));
        }
        return parts.isEmpty() ? "" : Words.say("maintenance.shares", "parts", String.join(", ", parts));
    }

    private static boolean declaredInactive(MaintenanceQuestion maintenance) {
        return maintenance.kept().stream().anyMatch(k -> k.status() == CredentialStatus.INACTIVE);
    }

    private static List<Maintenance.Credential> lapsedList(MaintenanceQuestion maintenance, Cycle running, LocalDate asOf, LocalDate inactiveOn,
                                                   LocalDate revokedOn) {
        CredentialStatus s = asOf.isBefore(revokedOn) ? CredentialStatus.INACTIVE : CredentialStatus.REVOKED;
        return listed(maintenance, running, asOf, inactiveOn, revokedOn).stream()
                .map(c -> new Maintenance.Credential(c.code(), s, inactiveOn, revokedOn, c.counted())).toList();
    }

    /** Each held credential, as given, with the dates it would go inactive and be revoked. */
    private static List<Maintenance.Credential> listed(MaintenanceQuestion maintenance, Cycle running, LocalDate asOf, LocalDate inactiveOn,
                                               LocalDate revokedOn) {
        Set<CredentialCode> counted = running == null ? null : counted(maintenance, running);
        List<Maintenance.Credential> list = new ArrayList<>();
        for (MaintainedCredential k : maintenance.kept()) {
            boolean isCounted = counted == null ? !maintenance.replaced().containsKey(k.code()) : counted.contains(k.code());
            list.add(new Maintenance.Credential(k.code(), k.status(), inactiveOn, revokedOn, isCounted));
        }
        return list;
    }

    /**
     * The credentials that count toward a cycle: those held by its last day (a later one joins it, M-11), without
     * one replaced by another held by then (M-6).
     */
    private static Set<CredentialCode> counted(MaintenanceQuestion maintenance, Cycle cycle) {
        Set<CredentialCode> held = EnumSet.noneOf(CredentialCode.class);
        for (MaintainedCredential k : maintenance.kept()) {
            if (!k.earnedOn().isAfter(cycle.getEnd())
                    && (cycle.passedDuringCount() || !cycle.passedDuring().containsKey(k.code()))) {
                held.add(k.code()); // M-15: one passed during the cycle counts in full, or from the next cycle
            }
        }
        maintenance.replaced().forEach((replaced, by) -> {
            if (held.contains(by)) {
                held.remove(replaced);
            }
        });
        return held;
    }

    /** M-3 and M-4: min(cap, the largest single requirement + each more x (credentials - 1)). */
    private static BigDecimal required(MaintenanceQuestion maintenance, Cycle cycle) {
        Set<CredentialCode> counted = counted(maintenance, cycle);
        int base = 0;
        for (CredentialCode c : counted) {
            Integer ceus = cycle.perCredential().get(c);
            if (ceus == null) {
                throw new IllegalStateException("rule M-3 gave no CEUs for " + c);
            }
            base = Math.max(base, ceus);
        }
        int required = base;
        if (counted.size() > 1) {
            if (cycle.eachMore() == null || cycle.cap() == null) {
                throw new IllegalStateException("rule M-4 did not fire for several credentials");
            }
            required = Math.min(cycle.cap(), base + cycle.eachMore() * (counted.size() - 1));
        }
        return BigDecimal.valueOf(required);
    }

    /** The CEUs of a cycle, dated from {@code from} to {@code to}, against its shares (rounded up, M-13). */
    private static Tally tally(BigDecimal required, Cycle cycle, List<CeuRecord> ceus, LocalDate from, LocalDate to) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal hiim = BigDecimal.ZERO;
        BigDecimal ahima = BigDecimal.ZERO;
        for (CeuRecord r : ceus) {
            if (!r.date().isBefore(from) && !r.date().isAfter(to)) {
                earned = earned.add(r.units());
                if (r.hiimDomain()) {
                    hiim = hiim.add(r.units());
                }
                if (r.ahimaSource()) {
                    ahima = ahima.add(r.units());
                }
            }
        }
        return new Tally(required, earned, hiim, ahima, share(required, cycle.hiimPercent()),
                share(required, cycle.ahimaPercent()));
    }

    private static BigDecimal share(BigDecimal required, int percent) {
        return required.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 0, RoundingMode.CEILING);
    }

    /** The last day CEUs count toward the cycle: its last day, plus any grace (M-1-old). */
    private static LocalDate closes(Cycle cycle) {
        return cycle.getEnd().plusMonths(cycle.graceMonths());
    }

    private static LocalDate revoked(Cycle cycle, LocalDate inactiveOn) {
        return cycle.revokeAfterDays() == null ? null : inactiveOn.plusDays(cycle.revokeAfterDays());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The requirement ids in the domain reference's order (M-1, M-1-old, M-2, ..., M-12). */
    private static Cited requirements(List<Finding> findings) {
        Set<String> ids = new TreeSet<>(BY_REFERENCE);
        findings.forEach(f -> ids.add(f.requirement()));
        // each row once, in the order of the requirements that read it (M-3's row for the cycle, M-2's 80 %, ...)
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(BY_REQUIREMENT);
        java.util.LinkedHashSet<Parameter> rows = new java.util.LinkedHashSet<>();
        ordered.forEach(f -> {
            if (f.row() != null) {
                rows.add(f.row());
            }
        });
        return new Cited(List.copyOf(ids), List.copyOf(rows));
    }

    /** The requirement ids that decided, and the parameter rows they read. */
    private record Cited(List<String> ids, List<Parameter> parameters) {
    }

    /**
     * The rules' sources, each named once: a rule's {@code @source} lists sources with "; ", and a source cited
     * again ("[S13]" after "[S13] AHIMA recertification page") is left out.
     */
    private static String sources(List<Finding> findings) {
        java.util.Map<String, String> byKey = new java.util.LinkedHashMap<>();
        List<Finding> ordered = new java.util.ArrayList<>(findings);
        ordered.sort(BY_REQUIREMENT); // a stable sort, as the stream's was
        for (Finding f : ordered) {
            List<String[]> parts = SOURCE_PARTS.get(f.source());
            if (parts == null) {
                parts = parts(f.source());
                if (SOURCE_PARTS.size() < 4096) { // bounded, whatever rule bases a process loads
                    SOURCE_PARTS.putIfAbsent(f.source(), parts);
                }
            }
            for (String[] part : parts) {
                byKey.putIfAbsent(part[0], part[1]);
            }
        }
        return String.join("; ", byKey.values());
    }

    private static final Comparator<Finding> BY_REQUIREMENT = Comparator.comparing(Finding::requirement,
            BY_REFERENCE);

    /**
     * A source text's parts ("[S2] ...; [S7] ..."), each with its key (the reference, or the whole part). Sources are
     * the rules' and parameters' own texts, a few dozen in all: each is split once.
     */
    private static final java.util.Map<String, List<String[]>> SOURCE_PARTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String[]> parts(String source) {
        List<String[]> parts = new java.util.ArrayList<>();
        for (String part : source.split(";\\s*")) {
            String key = part.startsWith("[") && part.contains("]") ? part.substring(0, part.indexOf(']') + 1) : part;
            parts.add(new String[] {key, part});
        }
        return List.copyOf(parts);
    }
}
