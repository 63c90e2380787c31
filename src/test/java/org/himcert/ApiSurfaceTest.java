package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API surface: the module exports the API packages only, and no public or protected signature of them names a
 * Drools or KIE type, or a type of himcert's internal packages; the root package holds the API alone.
 */
class ApiSurfaceTest {

    static final Set<String> API = Set.of("org.himcert", "org.himcert.model", "org.himcert.json",
            "org.himcert.report");
    private static final List<String> FORBIDDEN = List.of("org.drools.", "org.kie.", "org.himcert.engine.",
            "org.himcert.advice.", "org.himcert.assess.", "org.himcert.cases.", "org.himcert.batch.",
            "org.himcert.http.", "org.himcert.text.", "org.himcert.cli.", "org.himcert.rules.");

    @Test
    void theModuleExportsTheApiPackagesOnly() throws IOException {
        ModuleDescriptor module;
        try (var in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> exported = new TreeSet<>();
        module.exports().forEach(e -> {
            assertThat(e.isQualified()).as("export of %s", e.source()).isFalse();
            exported.add(e.source());
        });
        assertThat(exported).isEqualTo(new TreeSet<>(API));
    }

    @Test
    void theRootPackageHoldsTheFacadeItsResultsOptionsAndExceptionsOnly() throws Exception {
        List<String> notApi = new ArrayList<>();
        for (Class<?> c : apiClasses()) {
            if (c.getPackageName().equals("org.himcert") && !c.isMemberClass() && !c.isAnonymousClass()
                    && !c.getSimpleName().equals("package-info") && !Modifier.isPublic(c.getModifiers())) {
                notApi.add(c.getName());
            }
        }
        assertThat(notApi).as("package-private machinery in the API package").isEmpty();
    }

    @Test
    void noPublicSignatureOfTheApiNamesADroolsOrAnInternalType() throws Exception {
        List<String> offences = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : apiClasses()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            checked++;
            check(offences, c.getName() + " extends", c.getGenericSuperclass());
            for (Type t : c.getGenericInterfaces()) {
                check(offences, c.getName() + " implements", t);
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(offences, m.toGenericString(), m.getGenericReturnType());
                    executable(offences, m);
                }
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    executable(offences, k);
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(offences, c.getName() + "." + f.getName(), f.getGenericType());
                }
            }
        }
        assertThat(checked).as("public API classes checked").isGreaterThan(30);
        assertThat(offences).as("public signatures naming Drools, KIE or internal types").isEmpty();
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void executable(List<String> offences, Executable e) {
        for (Type t : e.getGenericParameterTypes()) {
            check(offences, e.toGenericString(), t);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            check(offences, e.toGenericString(), t);
        }
    }

    private static void check(List<String> offences, String where, Type type) {
        if (type == null) {
            return;
        }
        String name = type.getTypeName();
        for (String f : FORBIDDEN) {
            if (name.contains(f)) {
                offences.add(where + ": " + name);
            }
        }
    }

    /** Every class of the API packages, by the compiled files. */
    private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        Path root = Path.of("target/classes");
        for (String p : API) {
            Path dir = root.resolve(p.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".class")).sorted().toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    if (!simple.equals("package-info")) {
                        classes.add(Class.forName(p + "." + simple, false, ApiSurfaceTest.class.getClassLoader()));
                    }
                }
            }
        }
        return classes;
    }
}
