package org.himcert.engine;

import java.util.Set;
import org.himcert.model.CourseArea;

/**
 * The coursework areas a requirement asks for, all of them.
 *
 * @param requirement the requirement id, e.g. {@code CCS-O2}
 * @param areas       the areas
 * @param source      where the list comes from
 */
public record CourseSet(String requirement, Set<CourseArea> areas, String source) {
    public CourseSet {
        areas = Set.copyOf(areas);
    }
}
