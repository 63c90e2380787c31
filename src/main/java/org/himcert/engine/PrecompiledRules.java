package org.himcert.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The bundled rules as compiled at build time (the executable model that {@code PrecompileRules} generates from
 * {@code rules/}): the rule base is built from its classes, with no DRL parsed or compiled at run time. Used only
 * when the index's digest is that of the bundled rule files, so a jar whose rules changed after they were
 * precompiled falls back to compiling them.
 */
final class PrecompiledRules {

    /** The index the build writes: the model classes and the digest of the rule files they were made from. */
    static final String INDEX = "/org/himcert/rules/precompiled.properties";

    private PrecompiledRules() {
    }

    /** The precompiled rule base of the files with this digest, or empty when the jar carries none for them. */
    static Optional<KieBase> load(String digest) {
        Properties index = new Properties();
        try (InputStream in = PrecompiledRules.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!digest.equals(index.getProperty("digest"))) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        try {
            for (String name : index.getProperty("models", "").split(",")) {
                models.add((Model) Class.forName(name, true, PrecompiledRules.class.getClassLoader())
                        .getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the precompiled rules in the jar cannot be loaded", e);
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models, RuleBase.SEQUENTIAL));
    }
}
