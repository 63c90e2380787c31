package org.himcert.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.himcert.engine.RuleFiles;

/** A copy of {@code rules/} with one dated row added, as an office amends it: CHPS-1's months from a date. */
public final class AmendedRules {

    /** CHPS-1's row as the bundled parameters file holds it. */
    public static final String CHPS_1_ROW = "      2021-01-01: {value: 72, source: \"[S5] AHIMA CHPS page (about 2021)\","
            + " note: \"earlier versions could not be read (C-3): taken as current for every date\"}";

    private AmendedRules() {
    }

    /**
     * Copies the rules into {@code dir} and adds a row to CHPS-1: {@code months} from {@code from}.
     *
     * @return the directory
     * @throws IOException if the copy fails
     * @throws IllegalStateException if the bundled row is no longer as expected
     */
    public static Path chps1(Path dir, int months, String from) throws IOException {
        Files.createDirectories(dir);
        for (String f : RuleFiles.BUNDLED) {
            Files.copy(Path.of("rules", f), dir.resolve(f));
        }
        String parameters = Files.readString(Path.of("rules", "parameters.yaml"));
        if (!parameters.contains(CHPS_1_ROW)) {
            throw new IllegalStateException("CHPS-1's row in rules/parameters.yaml changed: update AmendedRules");
        }
        Files.writeString(dir.resolve("parameters.yaml"), parameters.replace(CHPS_1_ROW, CHPS_1_ROW
                + "\n      " + from + ": {value: " + months + ", source: \"an office's amendment (test)\"}"));
        return dir;
    }
}
