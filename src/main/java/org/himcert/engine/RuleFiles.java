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
            List.of("common.drl", "rhit.drl", "rhia.drl", "cca.drl", "ccs.drl", "ccs-p.drl", "chps.drl");

    private static final String CLASSPATH_DIR = "/org/himcert/rules/";

    private RuleFiles() {
    }

    /** The rule files shipped inside the jar. */
    public static List<RuleFile> bundled() {
        List<RuleFile> files = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = RuleFiles.class.getResourceAsStream(CLASSPATH_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled rule file rules/" + name + " is missing from the jar");
                }
                files.add(new RuleFile("rules/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled rule file rules/" + name, e);
            }
        }
        return files;
    }

    /**
     * Every {@code *.drl} file directly in the directory, sorted by name.
     *
     * @throws RuleLoadException if the directory cannot be read or holds no rule file
     */
    public static List<RuleFile> fromDirectory(Path dir) throws RuleLoadException {
        if (!Files.isDirectory(dir)) {
            throw new RuleLoadException(dir.toString(), 0, "not a directory of rule files");
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                files.add(new RuleFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new RuleLoadException(dir.toString(), 0, "cannot read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new RuleLoadException(dir.toString(), 0, "holds no rule file (*.drl)");
        }
        return files;
    }
}
