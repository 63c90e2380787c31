package org.himcert.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.himcert.model.CredentialCode;
import org.himcert.model.Parameter;

/**
 * Every number, date and list the rules use, as loaded from the rules' parameters file ({@link ParameterFile}) with
 * the advisor's overrides applied: thresholds and course sets in dated rows (read by each rule through its own
 * requirement id, the row in force on the as-of date), the regime windows, the reciprocity associations and the
 * retest waits. One place holds each value; the explanation reports the number the rule compared with.
 *
 * @param file                     the parameters file as loaded
 * @param ccsRegimeSwitch          first day of the current CCS and CCS-P regime (C-2)
 * @param reciprocity              foreign associations and the levels they qualify (RHIT-2, RHIA-4; C-11)
 * @param inactiveCredentialsCount whether INACTIVE credentials count for pathways (C-12)
 * @param postBaccEarlyTesting     whether post-baccalaureate certificate students may test early for RHIA (RHIA-5)
 * @param rhiaProvisoEnd           first day the RHIA proviso (RHIA-6) is no longer reviewed
 * @param retestWaitDays           the retest wait for every exam but the newer CCA/CCS one (G-3, C-5)
 * @param codingRetestWaitDays     the CCA and CCS retest wait for attempts on or after {@code codingRetestFrom}
 * @param codingRetestFrom         when the shorter CCA and CCS wait took effect (G-3)
 * @param expectedCompletionCounts whether change dates include programs' expectedOn (eligibleOn assumes they
 *                                 complete)
 * @param ahimaShareFrom           the first cycle day the AHIMA-source share (M-10) applies from, or null: the
 *                                 parameters file's rows as they are
 * @param ahimaShareByCycleEnd     whether that share applies by the cycle's last day instead of its first (M-13)
 * @param enrolmentImpliesDiploma  whether an entry at associate level or above, whatever its status, implies a
 *                                 high-school diploma or equivalent (C-17)
 */
public record RequirementParameters(ParameterFile file, LocalDate ccsRegimeSwitch, List<Reciprocity> reciprocity,
                                    boolean inactiveCredentialsCount, boolean postBaccEarlyTesting,
                                    LocalDate rhiaProvisoEnd, int retestWaitDays, int codingRetestWaitDays,
                                    LocalDate codingRetestFrom, boolean expectedCompletionCounts,
                                    LocalDate ahimaShareFrom, boolean ahimaShareByCycleEnd,
                                    boolean enrolmentImpliesDiploma) {

    public RequirementParameters {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ccsRegimeSwitch, "ccsRegimeSwitch");
        reciprocity = List.copyOf(reciprocity);
        Objects.requireNonNull(rhiaProvisoEnd, "rhiaProvisoEnd");
        Objects.requireNonNull(codingRetestFrom, "codingRetestFrom");
        if (retestWaitDays < 0 || codingRetestWaitDays < 0) {
            throw new IllegalArgumentException("retest waits must be >= 0 days");
        }
    }

    /**
     * The parameters of a file, each configurable value overridden where an override is given (null: as the file
     * says).
     */
    public static RequirementParameters of(ParameterFile file, LocalDate ccsRegimeSwitch, List<Reciprocity> reciprocity,
                                           boolean inactiveCredentialsCount, boolean postBaccEarlyTesting,
                                           LocalDate rhiaProvisoEnd, Integer retestWaitDays,
                                           Integer codingRetestWaitDays, LocalDate codingRetestFrom,
                                           boolean expectedCompletionCounts, LocalDate ahimaShareFrom,
                                           boolean ahimaShareByCycleEnd, boolean enrolmentImpliesDiploma) {
        return new RequirementParameters(file,
                ccsRegimeSwitch != null ? ccsRegimeSwitch : file.dates().get("ccsRegimeSwitch"),
                reciprocity != null ? reciprocity : file.reciprocity(), inactiveCredentialsCount, postBaccEarlyTesting,
                rhiaProvisoEnd != null ? rhiaProvisoEnd : file.dates().get("rhiaProvisoEnd"),
                retestWaitDays != null ? retestWaitDays : file.days().get("retestWait"),
                codingRetestWaitDays != null ? codingRetestWaitDays : file.days().get("codingRetestWait"),
                codingRetestFrom != null ? codingRetestFrom : file.dates().get("codingRetestFrom"),
                expectedCompletionCounts, ahimaShareFrom, ahimaShareByCycleEnd, enrolmentImpliesDiploma);
    }

    /** The file's parameters as they are, no override. */
    static RequirementParameters of(ParameterFile file) {
        return of(file, null, null, false, false, null, null, null, null, true, null, false, true);
    }

    /** The parameters' ids and names (thresholds, course sets, regimes): what rule files are checked against. */
    ParameterIndex index() {
        return new ParameterIndex(this);
    }

    /** The threshold rows, per requirement id. */
    Map<String, List<ParameterFile.Row<Threshold>>> thresholds() {
        return file.thresholds();
    }

    /** The course-set rows, per requirement id. */
    /** The typical lengths that order pathways and rank plan routes (C-18). */
    public TypicalMonths typicalMonths() {
        return file.typical();
    }

    Map<String, List<ParameterFile.Row<CourseSet>>> courseSets() {
        return file.courseSets();
    }

    /**
     * The maintenance rows, per requirement id, with the AHIMA-source share's date overridden when the options say:
     * M-10's newest value then holds from that date, and no share before it.
     */
    Map<String, List<ParameterFile.Row<MaintenanceParameter>>> maintenance() {
        Map<String, List<ParameterFile.Row<MaintenanceParameter>>> rows = new java.util.TreeMap<>(file.maintenance());
        List<ParameterFile.Row<MaintenanceParameter>> share = rows.get("M-10");
        if (ahimaShareFrom != null && share != null) {
            MaintenanceParameter newest = share.get(share.size() - 1).value();
            String source = newest.source() + "; from " + ahimaShareFrom + " by the advisor's option";
            String none = "the advisor's option ahimaShareFrom: no share before " + ahimaShareFrom;
            rows.put("M-10", List.of(
                    new ParameterFile.Row<>(LocalDate.of(0, 1, 1), new MaintenanceParameter("M-10", 0, newest.unit(),
                            none, new Parameter("maintenance.M-10", 0, newest.unit(), null, none))),
                    new ParameterFile.Row<>(ahimaShareFrom, new MaintenanceParameter("M-10", newest.value(), newest.unit(),
                            source, new Parameter("maintenance.M-10", newest.value(), newest.unit(), ahimaShareFrom,
                            source)))));
        }
        return rows;
    }

    /**
     * The cycles whose numbers stand as an estimate (M-12): those beginning from the first M-9 row that says the
     * sources do not give them, for as long as no later row says they do.
     */
    private Window estimateWindow() {
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MAX;
        String source = "no M-9 row says the numbers are unknown";
        for (ParameterFile.Row<MaintenanceParameter> row : file.maintenance().getOrDefault("M-9", List.of())) {
            boolean verified = Boolean.TRUE.equals(row.value().value());
            if (!verified && from.equals(LocalDate.MAX)) {
                from = row.from();
                source = row.value().source();
            } else if (verified && !from.equals(LocalDate.MAX) && to.equals(LocalDate.MAX)) {
                to = row.from();
            }
        }
        return new Window("M-12", from, to, source, List.of());
    }

    /**
     * The newest row of a date or day-count parameter or of the reciprocity agreements, as an answer cites it: the
     * file's, or the advisor's option where it sets another value.
     */
    Parameter row(String key) {
        Parameter row = file.newest().get(key);
        if (row == null) {
            throw new IllegalArgumentException("no parameter " + key);
        }
        Object value = switch (key) {
            case "dates.ccsRegimeSwitch" -> ccsRegimeSwitch;
            case "dates.rhiaProvisoEnd" -> rhiaProvisoEnd;
            case "dates.codingRetestFrom" -> codingRetestFrom;
            case "days.retestWait" -> retestWaitDays;
            case "days.codingRetestWait" -> codingRetestWaitDays;
            case "reciprocity" -> ParameterFile.agreements(reciprocity);
            default -> row.value();
        };
        String option = switch (key) {
            case "dates.ccsRegimeSwitch" -> "ccsRegimeSwitch";
            case "dates.rhiaProvisoEnd" -> "rhiaProvisoEnd";
            case "dates.codingRetestFrom" -> "codingRetestFrom";
            case "days.retestWait" -> "retestWaitDays";
            case "days.codingRetestWait" -> "codingRetestWaitDays";
            default -> "reciprocity";
        };
        return value.equals(row.value()) ? row : new Parameter(row.key(), value, row.unit(), null,
                "the advisor's option " + option + " (the rules file says " + row.value() + ": " + row.source() + ")");
    }

    /**
     * The rows a regime's days come from: each end that names a {@code dates} parameter, that row; an end written as
     * a date, a row of the regime itself ({@code regimes.NAME.from}).
     */
    private List<Parameter> rows(ParameterFile.Regime r) {
        List<Parameter> rows = new ArrayList<>(2);
        for (String[] end : new String[][] {{"from", r.from()}, {"to", r.to()}}) {
            if (end[1] == null) {
                continue;
            }
            rows.add(ParameterFile.DATES.contains(end[1]) ? row("dates." + end[1])
                    : new Parameter("regimes." + r.name() + "." + end[0], LocalDate.parse(end[1]), "date", null,
                    r.source()));
        }
        return List.copyOf(rows);
    }

    /** A regime's end: a date, or a {@code dates} parameter with the options' overrides, or unbounded. */
    private LocalDate end(String written, LocalDate unbounded) {
        if (written == null) {
            return unbounded;
        }
        return switch (written) {
            case "ccsRegimeSwitch" -> ccsRegimeSwitch;
            case "rhiaProvisoEnd" -> rhiaProvisoEnd;
            case "codingRetestFrom" -> codingRetestFrom;
            default -> file.dates().containsKey(written) ? file.dates().get(written) : LocalDate.parse(written);
        };
    }

    /**
     * The facts the session holds for every question: the regime windows, the reciprocity agreements, the options
     * switched on and the retest waits; and, for callers that list every parameter, each threshold and course set
     * in its newest row (the rules read those through the scenario instead).
     */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        file.thresholds().values().forEach(rows -> facts.add(rows.get(rows.size() - 1).value()));
        file.courseSets().values().forEach(rows -> facts.add(rows.get(rows.size() - 1).value()));
        for (ParameterFile.Regime r : file.regimes().values()) {
            facts.add(new Window(r.name(), end(r.from(), LocalDate.MIN), end(r.to(), LocalDate.MAX), r.source(),
                    rows(r)));
        }
        facts.add(estimateWindow());
        facts.addAll(reciprocity);
        if (postBaccEarlyTesting) {
            facts.add(new Option(Option.POST_BACC_EARLY_TESTING));
        }
        String s17 = "[S17] AHIMA certification FAQ mirror (after Sept 2023)";
        Parameter wait = row("days.retestWait");
        Parameter codingWait = row("days.codingRetestWait");
        Parameter codingFrom = row("dates.codingRetestFrom");
        for (CredentialCode c : CredentialCode.ASSESSED) {
            if (c == CredentialCode.CCA || c == CredentialCode.CCS) {
                facts.add(new RetestWait(c, retestWaitDays, LocalDate.MIN, codingRetestFrom,
                        s17 + ": 90 days as of 13 July 2020, inferred for earlier attempts", List.of(wait, codingFrom)));
                facts.add(new RetestWait(c, codingRetestWaitDays, codingRetestFrom, LocalDate.MAX,
                        s17 + ": 30 days for CCA and CCS from 11 Sept 2023", List.of(codingWait, codingFrom)));
            } else {
                facts.add(new RetestWait(c, retestWaitDays, LocalDate.MIN, LocalDate.MAX,
                        s17 + ": 90 days as of 13 July 2020", List.of(wait)));
            }
        }
        return facts;
    }
}
