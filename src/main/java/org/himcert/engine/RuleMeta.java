package org.himcert.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.himcert.model.CredentialCode;
import org.himcert.model.Parameter;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rule's metadata as the {@link Cond} and {@link MaintenanceRows} helpers read it ({@code @credential}, {@code @requirement},
 * {@code @pathway}, {@code @kind}, {@code @source}), read once per rule base instead of at every firing. A value
 * the rule does not give is null here; the helper that needs it says which rule lacks it.
 *
 * @param name        the rule's name
 * @param credential  its {@code @credential}, or null (the maintenance rules have none)
 * @param requirement its {@code @requirement}
 * @param pathway     its {@code @pathway}, by default its requirement
 * @param kind        its {@code @kind}, by default STANDARD
 * @param source      its {@code @source}
 * @param rows        the parameter rows that decide whether and how the rule applies beyond the ones it names in
 *                    its consequence: its regime's ({@code @regime}; not for a recommendation, which decides no
 *                    eligibility), and those it names in {@code @parameters} (comma-separated keys, e.g.
 *                    {@code reciprocity}); every condition it records cites them
 */
record RuleMeta(String name, CredentialCode credential, String requirement, String pathway, PathwayKind kind,
                String source, List<Parameter> rows) {

    /** The metadata of every rule of the rule base, by rule name (names are unique in the one package). */
    static Map<String, RuleMeta> of(KieBase kieBase, ParameterIndex parameters) {
        Map<String, RuleMeta> byName = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                byName.put(r.getName(), of(r, parameters));
            }
        }
        return Map.copyOf(byName);
    }

    /** The keys of a rule's {@code @parameters}, in order (none when it names none). */
    static List<String> namedParameters(Object value) {
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.toString().split(",")).map(String::trim).toList();
    }

    private static RuleMeta of(Rule rule, ParameterIndex parameters) {
        Map<String, Object> meta = rule.getMetaData();
        String requirement = text(meta.get("requirement"));
        String credential = text(meta.get("credential"));
        String kind = text(meta.get("kind"));
        String pathway = text(meta.get("pathway"));
        String regime = text(meta.get("regime"));
        boolean recommendation = "RECOMMENDATION".equals(kind);
        List<Parameter> rows = new ArrayList<>(regime == null || recommendation ? List.of()
                : parameters.regimeRows(regime));
        namedParameters(meta.get("parameters")).forEach(key -> rows.add(parameters.namedRow(key)));
        return new RuleMeta(rule.getName(), credential == null ? null : CredentialCode.fromCode(credential),
                requirement, pathway != null ? pathway : requirement,
                kind == null ? PathwayKind.STANDARD : PathwayKind.valueOf(kind), text(meta.get("source")),
                List.copyOf(rows));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The value, or an error naming the rule and the metadata key it lacks. */
    static <T> T required(T value, String rule, String key) {
        if (value == null) {
            throw new IllegalStateException("rule '" + rule + "' has no @" + key);
        }
        return value;
    }
}
