package org.himcert.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.himcert.engine.RuleFiles;

/**
 * A copy of {@code rules/} amended as an office amends it: a dated row for CHPS-1's months from a date, or the
 * acceptance set of issue 26 (a threshold, a regime's date, a reciprocity association and a rule file's words).
 */
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

    /** The CCS regime switch's row as the bundled file holds it. */
    static final String SWITCH_ROW = "      2020-07-01: {value: 2020-07-01, source: \"assumption (C-2): the CCS and CCS-P"
            + " regimes switch when the new exams launched, 2020-07-01 ([S3])\", note: \"configurable:"
            + " AdvisorOptions.ccsRegimeSwitch\"}";
    /** The last reciprocity agreement as the bundled file holds it. */
    static final String LAST_AGREEMENT = "        - {credential: RHIA, association: HIMAA, levels: [BACHELOR]}";
    /** The CCA diploma condition's words as the bundled rule file holds them. */
    static final String CCA_WORDS = "Cond.degree(\"a high-school diploma or equivalent (GED)\"";

    /**
     * The acceptance set of issue 26 on a copy of the rules: CHPS-1 at 60 months from 2026-01-01 (a threshold); the
     * CCS and CCS-P regimes switching on 2020-10-01 instead of 2020-07-01 (a regime's date, as a new dated row); the
     * association OTHERASSOC added for the RHIT (a reciprocity association); and the CCA diploma condition's words
     * edited in {@code cca.drl} (a rule file).
     *
     * @return the directory
     * @throws IOException if the copy fails
     */
    public static Path acceptanceSet(Path dir) throws IOException {
        chps1(dir, 60, "2026-01-01");
        Path parameters = dir.resolve("parameters.yaml");
        String text = Files.readString(parameters);
        if (!text.contains(SWITCH_ROW) || !text.contains(LAST_AGREEMENT)) {
            throw new IllegalStateException("the regime switch or reciprocity rows changed: update AmendedRules");
        }
        text = text.replace(SWITCH_ROW, SWITCH_ROW + "\n      2020-10-01: {value: 2020-10-01, source: \"an office's"
                + " amendment (test)\"}");
        // a new dated row of the agreements: those in force, and the new association
        int first = text.indexOf("        - {credential: RHIT, association: CHIMA");
        String agreements = text.substring(first, text.indexOf(LAST_AGREEMENT) + LAST_AGREEMENT.length());
        text = text.replace(LAST_AGREEMENT, LAST_AGREEMENT + "\n    2026-06-01:\n      source: \"an office's amendment"
                + " (test)\"\n      value:\n" + agreements + "\n        - {credential: RHIT, association: OTHERASSOC,"
                + " levels: [ASSOCIATE, BACHELOR]}");
        Files.writeString(parameters, text);
        Path cca = dir.resolve("cca.drl");
        String rule = Files.readString(cca);
        if (!rule.contains(CCA_WORDS)) {
            throw new IllegalStateException("the CCA diploma condition changed: update AmendedRules");
        }
        Files.writeString(cca, rule.replace(CCA_WORDS, "Cond.degree(\"a high-school diploma or an equivalent such as"
                + " the GED\""));
        return dir;
    }
}
