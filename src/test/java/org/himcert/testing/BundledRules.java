package org.himcert.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.himcert.engine.RuleFiles;

/** A copy of the bundled rules ({@code rules/}: every rule file and parameters.yaml), for tests that amend one. */
public final class BundledRules {

    private BundledRules() {
    }

    /**
     * Copies the bundled rules into a new directory.
     *
     * @param dir the directory to create
     * @return the directory
     * @throws IOException if a file cannot be copied
     */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : RuleFiles.BUNDLED) {
            Files.copy(Path.of("rules", f), dir.resolve(f));
        }
        Files.copy(Path.of("rules", "parameters.yaml"), dir.resolve("parameters.yaml"));
        return dir;
    }
}
