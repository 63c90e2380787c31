package org.himcert.assess;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.himcert.Parameter;
import org.himcert.engine.ParameterRow;

/**
 * The facade's {@link Parameter} of each parameter row the rules read: one object per row, shared by every answer
 * that cites it (a rule base has only so many rows; the cache is bounded all the same).
 */
final class Parameters {

    private static final Map<ParameterRow, Parameter> PUBLISHED = new ConcurrentHashMap<>();
    private static final int MAX = 4096;

    private Parameters() {
    }

    /** The rows as the facade cites them, in the same order. */
    static List<Parameter> of(List<ParameterRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (rows.size() == 1) {
            return List.of(of(rows.get(0)));
        }
        Parameter[] out = new Parameter[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(rows.get(i));
        }
        return List.of(out);
    }

    static Parameter of(ParameterRow row) {
        Parameter p = PUBLISHED.get(row);
        if (p == null) {
            p = new Parameter(row.key(), row.value(), row.unit(), row.from(), row.source());
            if (PUBLISHED.size() < MAX) {
                PUBLISHED.putIfAbsent(row, p);
            }
        }
        return p;
    }
}
