package org.himcert.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads rule files: the bundled set from the classpath, or every {@code *.drl} of a directory. */
public final class RuleFiles {

    /** The bundled rule files, in the order they are loaded; a build test checks this is all of {@code rules/}. */
    public static final List<String> BUNDLED =
            List.of("common.drl", "rhit.drl", "rhia.drl", "cca.drl", "ccs.drl", "ccs-p.drl", "chps.drl",
                    "maintenance.drl");

    private static final String CLASSPATH_DIR = "/org/himcert/rules/";

    private RuleFiles() {
    }

    /** The rule files shipped inside the jar, then their parameters file. */
    public static List<RuleFile> bundled() {
        List<RuleFile> files = new ArrayList<>();
        for (String name : BUNDLED) {
            files.add(resource(name));
        }
        files.add(bundledParameters());
        return files;
    }

    /** The parameters file shipped inside the jar. */
    static RuleFile bundledParameters() {
        return resource(ParameterFile.FILE_NAME);
    }

    private static RuleFile resource(String name) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(CLASSPATH_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file rules/" + name + " is missing from the jar");
            }
            return new RuleFile("rules/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled rule file rules/" + name, e);
        }
    }

    /**
     * Every {@code *.drl} file directly in the directory, sorted by name, then its {@code parameters.yaml}.
     *
     * @throws RuleLoadException if the directory cannot be read, holds no rule file or no parameters file
     */
    public static List<RuleFile> fromDirectory(Path dir) throws RuleLoadException {
        if (!Files.isDirectory(dir)) {
            throw new RuleLoadException(dir.toString(), 0, "not a directory of rule files");
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            Path home = dir.toRealPath();
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                if (!p.toRealPath().getParent().equals(home)) {
                    // rules are code that runs in the advisor: only files kept in the directory itself are loaded
                    throw new RuleLoadException(p.toString(), 0, "is a link to a file outside the rules directory;"
                            + " copy the file into it");
                }
                files.add(new RuleFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new RuleLoadException(dir.toString(), 0, "cannot read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new RuleLoadException(dir.toString(), 0, "holds no rule file (*.drl)");
        }
        Path parameters = dir.resolve(ParameterFile.FILE_NAME);
        if (!Files.isRegularFile(parameters)) {
            throw new RuleLoadException(dir.toString(), 0, "holds no " + ParameterFile.FILE_NAME + " (the requirement"
                    + " parameters: copy it from rules/ with the rule files)");
        }
        try {
            files.add(new RuleFile(parameters.toString(), Files.readString(parameters, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new RuleLoadException(parameters.toString(), 0, "cannot read: " + e.getMessage());
        }
        return files;
    }
}
