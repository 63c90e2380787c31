package org.himcert.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes generated candidates as JSON Lines, for the throughput benchmark of the command line (not a test).
 *
 * <pre>
 * mvn -B -o -q test-compile
 * java -cp target/test-classes org.himcert.cli.GenerateCandidates 200000 /tmp/candidates.jsonl
 * /usr/bin/time -v java -Xmx256m -jar target/himcert-cli.jar assess --as-of 2026-11-25 /tmp/candidates.jsonl \
 *     &gt; /dev/null
 * </pre>
 *
 * The candidates are varied on purpose (every education level and status, ranges and month counts of every
 * experience kind, held credentials, coursework, failed attempts, unknown education or experience) so that every
 * credential's rules fire; a fixed seed makes runs comparable.
 */
public final class GenerateCandidates {

    private static final String[] LEVELS = {"HIGH_SCHOOL", "GED", "ASSOCIATE", "BACHELOR",
        "POST_BACCALAUREATE_CERTIFICATE", "MASTER", "DOCTORATE"};
    private static final String[] FIELDS = {"HIM", "HEALTH_INFORMATICS", "OTHER"};
    private static final String[] PROGRAM_STATUS = {"COMPLETED", "COMPLETED", "COMPLETED", "FINAL_TERM",
        "COURSEWORK_COMPLETE", "AWAITING_TRANSCRIPT", "ENROLLED"};
    private static final String[] CREDENTIALS = {"RHIT", "RHIA", "CCA", "CCS", "CCS-P", "CHPS", "CDIP", "CHDA",
        "OTHER_CODING"};
    private static final String[] HELD_STATUS = {"ACTIVE", "ACTIVE", "INACTIVE", "REVOKED"};
    private static final String[] KINDS = {"CODING", "PRIVACY_SECURITY_MANAGEMENT", "OTHER"};
    private static final String[] COURSES = {"ANATOMY_PHYSIOLOGY", "PATHOPHYSIOLOGY", "PHARMACOLOGY",
        "MEDICAL_TERMINOLOGY", "REIMBURSEMENT_METHODOLOGY", "ICD_DIAGNOSTIC_PROCEDURAL_CODING", "CPT_CODING"};
    private static final LocalDate BASE = LocalDate.of(2026, 11, 25);

    private GenerateCandidates() {
    }

    /**
     * Writes the candidates.
     *
     * @param args the number of candidates and the file to write
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateCandidates COUNT FILE");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8),
                1 << 16)) {
            write(count, 20261125L, out);
        }
    }

    /** Writes {@code count} candidates, one per line, from the seed. */
    public static void write(long count, long seed, Writer out) throws IOException {
        Random r = new Random(seed);
        StringBuilder line = new StringBuilder(1024);
        for (long i = 0; i < count; i++) {
            line.setLength(0);
            candidate(r, i, line);
            out.write(line.append('\n').toString());
        }
    }

    private static void candidate(Random r, long i, StringBuilder s) {
        s.append("{\"id\":\"gen-").append(i).append('"');
        if (r.nextInt(4) == 0) {
            s.append(",\"asOf\":\"").append(BASE.minusDays(r.nextInt(3000))).append('"');
        }
        if (r.nextInt(10) > 0) {
            s.append(",\"education\":[");
            int n = r.nextInt(3);
            for (int k = 0; k < n; k++) {
                s.append(k == 0 ? "" : ",").append("{\"level\":\"").append(pick(r, LEVELS)).append('"')
                        .append(",\"field\":\"").append(pick(r, FIELDS)).append('"');
                int accreditation = r.nextInt(6);
                if (accreditation < 4) {
                    s.append(",\"accreditation\":\"CAHIIM\"");
                } else if (accreditation == 4) {
                    s.append(",\"accreditation\":\"FOREIGN\",\"association\":\"")
                            .append(r.nextBoolean() ? "CHIMA" : "OTHERASSOC").append('"');
                }
                s.append(",\"status\":\"").append(pick(r, PROGRAM_STATUS)).append("\"}");
            }
            s.append(']');
        }
        if (r.nextBoolean()) {
            s.append(",\"credentials\":[{\"code\":\"").append(pick(r, CREDENTIALS)).append("\",\"status\":\"")
                    .append(pick(r, HELD_STATUS)).append("\"}]");
        }
        if (r.nextInt(10) > 0) {
            s.append(",\"experience\":[");
            int n = r.nextInt(4);
            for (int k = 0; k < n; k++) {
                s.append(k == 0 ? "" : ",").append("{\"kind\":\"").append(pick(r, KINDS)).append('"');
                if (r.nextInt(8) == 0) {
                    s.append(",\"healthcare\":false");
                }
                if (r.nextInt(5) == 0) {
                    s.append(",\"multiSpecialty\":true");
                }
                if (r.nextBoolean()) {
                    s.append(",\"months\":").append(r.nextInt(100));
                } else {
                    LocalDate from = BASE.minusDays(r.nextInt(4000));
                    s.append(",\"from\":\"").append(from).append('"');
                    if (r.nextBoolean()) {
                        s.append(",\"to\":\"").append(from.plusDays(r.nextInt(2000))).append('"');
                    }
                }
                s.append('}');
            }
            s.append(']');
        }
        if (r.nextBoolean()) {
            s.append(",\"coursework\":[");
            int n = 1 + r.nextInt(COURSES.length);
            for (int k = 0; k < n; k++) {
                s.append(k == 0 ? "" : ",").append('"').append(COURSES[k]).append('"');
            }
            s.append(']');
        }
        if (r.nextInt(4) == 0) {
            s.append(",\"examAttempts\":[{\"credential\":\"").append(pick(r, CREDENTIALS))
                    .append("\",\"date\":\"").append(BASE.minusDays(r.nextInt(200)))
                    .append("\",\"result\":\"").append(r.nextInt(3) == 0 ? "PASSED" : "FAILED").append("\"}]");
        }
        s.append('}');
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
