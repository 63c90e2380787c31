package org.himcert.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The requirement parameters a rule reads by its own {@code @requirement} id (thresholds and course sets), and the
 * names of the regimes of rules ({@link Window}s), indexed once per engine.
 */
final class ParameterIndex {

    private final Map<String, Threshold> thresholds = new HashMap<>();
    private final Map<String, CourseSet> courseSets = new HashMap<>();
    private final Set<String> regimes = new TreeSet<>();

    ParameterIndex(List<Object> facts) {
        for (Object fact : facts) {
            if (fact instanceof Threshold t) {
                thresholds.put(t.requirement(), t);
            } else if (fact instanceof CourseSet c) {
                courseSets.put(c.requirement(), c);
            } else if (fact instanceof Window w) {
                regimes.add(w.regime());
            }
        }
    }

    Threshold threshold(String requirement) {
        Threshold t = thresholds.get(requirement);
        if (t == null) {
            throw new IllegalStateException("no threshold parameter for requirement " + requirement);
        }
        return t;
    }

    CourseSet courseSet(String requirement) {
        CourseSet c = courseSets.get(requirement);
        if (c == null) {
            throw new IllegalStateException("no course-set parameter for requirement " + requirement);
        }
        return c;
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
}
