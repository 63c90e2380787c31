package org.himcert.engine;

import java.time.LocalDate;
import java.util.List;
import org.himcert.model.Parameter;

/**
 * The dates a regime of rules is in force: from {@code from} inclusive to {@code to} exclusive.
 *
 * @param regime the regime's name used by the rules, e.g. {@code CCS-O}
 * @param from   first day in force ({@link LocalDate#MIN} when unbounded)
 * @param to     first day no longer in force ({@link LocalDate#MAX} when unbounded)
 * @param source where the dates come from, or the assumption they encode
 * @param rows   the parameter rows its days come from, as an answer cites them (empty for the engine's own M-12)
 */
public record Window(String regime, LocalDate from, LocalDate to, String source, List<Parameter> rows) {
}
