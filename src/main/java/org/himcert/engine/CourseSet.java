package org.himcert.engine;

import java.util.Set;
import org.himcert.model.CourseArea;
import org.himcert.model.Parameter;

/**
 * The coursework areas a requirement asks for, all of them.
 *
 * @param requirement the requirement id, e.g. {@code CCS-O2}
 * @param areas       the areas
 * @param source      where the list comes from
 * @param row         the row it is, as an answer cites it
 */
public record CourseSet(String requirement, Set<CourseArea> areas, String source, Parameter row) {
    public CourseSet {
        areas = Set.copyOf(areas);
    }
}
