package org.himcert.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.himcert.model.Parameter;

/**
 * The requirement parameters a rule reads by their keys (thresholds and course sets, in dated
 * rows: the row in force on the question's as-of date), and the names of the regimes of rules ({@link Window}s),
 * indexed once per engine.
 */
final class ParameterIndex {

    private final Map<String, List<ParameterFile.Row<Threshold>>> thresholds;
    private final Map<String, List<ParameterFile.Row<CourseSet>>> courseSets;
    private final Map<String, List<ParameterFile.Row<MaintenanceParameter>>> maintenance;
    private final boolean ahimaShareByCycleEnd;
    private final TypicalMonths typical;
    private final Set<String> regimes = new TreeSet<>();
    /** Per regime, the rows its days come from. */
    private final Map<String, List<Parameter>> regimeRows = new HashMap<>();
    /** The newest row of each date and day-count parameter and of the reciprocity agreements, options applied. */
    private final Map<String, Parameter> newest = new HashMap<>();

    ParameterIndex(RequirementParameters parameters) {
        this.thresholds = new HashMap<>(parameters.thresholds());
        this.courseSets = new HashMap<>(parameters.courseSets());
        this.maintenance = new HashMap<>(parameters.maintenance());
        this.ahimaShareByCycleEnd = parameters.ahimaShareByCycleEnd();
        this.typical = parameters.typicalMonths();
        for (Object fact : parameters.facts()) {
            if (fact instanceof Window w) {
                regimes.add(w.regime());
                regimeRows.put(w.regime(), w.rows());
            }
        }
        for (String key : parameters.file().newest().keySet()) {
            newest.put(key, parameters.row(key));
        }
    }

    Threshold threshold(String requirement, LocalDate asOf) {
        List<ParameterFile.Row<Threshold>> rows = thresholds.get(requirement);
        if (rows == null) {
            throw new IllegalStateException("no threshold parameter for requirement " + requirement);
        }
        return ParameterFile.inForce(rows, asOf);
    }

    CourseSet courseSet(String requirement, LocalDate asOf) {
        List<ParameterFile.Row<CourseSet>> rows = courseSets.get(requirement);
        if (rows == null) {
            throw new IllegalStateException("no course-set parameter for requirement " + requirement);
        }
        return ParameterFile.inForce(rows, asOf);
    }

    /** The maintenance parameter of a requirement in force on a day (a cycle's first or last day). */
    MaintenanceParameter maintenance(String requirement, LocalDate day) {
        List<ParameterFile.Row<MaintenanceParameter>> rows = maintenance.get(requirement);
        if (rows == null) {
            throw new IllegalStateException("no maintenance parameter for requirement " + requirement);
        }
        return ParameterFile.inForce(rows, day);
    }

    /** Whether the AHIMA-source share (M-10) is chosen by a cycle's last day rather than its first (M-13). */
    boolean ahimaShareByCycleEnd() {
        return ahimaShareByCycleEnd;
    }

    TypicalMonths typical() {
        return typical;
    }

    Set<String> maintenanceIds() {
        return new TreeSet<>(maintenance.keySet());
    }

    Set<String> thresholdIds() {
        return new TreeSet<>(thresholds.keySet());
    }

    Set<String> courseSetIds() {
        return new TreeSet<>(courseSets.keySet());
    }

    Set<String> regimes() {
        return regimes;
    }

    /** The rows a regime's days come from (none for a regime of no row). */
    List<Parameter> regimeRows(String regime) {
        return regimeRows.getOrDefault(regime, List.of());
    }

    /** The keys a rule may name in {@code @parameters}: the date and day-count parameters and the reciprocity. */
    Set<String> namedRowKeys() {
        return new TreeSet<>(newest.keySet());
    }

    /** The newest row of a date or day-count parameter or of the reciprocity agreements, options applied. */
    Parameter namedRow(String key) {
        Parameter row = newest.get(key);
        if (row == null) {
            throw new IllegalStateException("no parameter " + key + " (accepted: " + namedRowKeys() + ")");
        }
        return row;
    }
}
