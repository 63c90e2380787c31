package org.himcert.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himcert.model.Candidate;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.ProgramStatus;

/**
 * Legal records shaped to make an assessment work hard, as JSON lines of the contract: the shapes an attacker tried
 * (the bounded-work issue) and what stays bounded must hold for.
 */
public final class HostileRecords {

    /** The largest record the contract reads, in UTF-8 bytes. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;

    private static final String[] LEVELS = {"ASSOCIATE", "BACHELOR", "POST_BACCALAUREATE_CERTIFICATE", "MASTER"};
    private static final String[] STATUSES = {"ENROLLED", "FINAL_TERM"};
    /** Fields, one of them not given (unknown). */
    private static final String[] FIELDS = {"HIM", "OTHER", null};
    private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);

    private HostileRecords() {
    }

    /**
     * A record whose education entries cycle through levels, statuses ({@code ENROLLED}, {@code FINAL_TERM}),
     * fields (HIM, other, not given) and accreditation (CAHIIM or not given) and through {@code dates} different {@code expectedOn} dates a
     * month apart, with coding work going on.
     */
    public static String distinctDates(String id, int entries, int dates) {
        StringBuilder s = new StringBuilder(entries * 90);
        s.append("{\"id\":\"").append(id).append("\",\"education\":[");
        for (int i = 0; i < entries; i++) {
            s.append(i == 0 ? "" : ",").append("{\"level\":\"").append(LEVELS[i % 4]).append('"');
            if (FIELDS[i / 4 % 3] != null) {
                s.append(",\"field\":\"").append(FIELDS[i / 4 % 3]).append('"');
            }
            if (i / 12 % 2 == 0) {
                s.append(",\"accreditation\":\"CAHIIM\"");
            }
            s.append(",\"status\":\"").append(STATUSES[i / 24 % 2]).append("\",\"expectedOn\":\"")
                    .append(FIRST.plusMonths(i % dates)).append("\"}");
        }
        return s.append("],\"experience\":[{\"kind\":\"CODING\",\"from\":\"2024-01-01\"}]}").toString();
    }

    /**
     * A record of every kind at once, just under {@link #MAX_RECORD_BYTES}: 300 education entries over 50 dates,
     * an RHIT and a CCA held, 2,000 failed exam attempts one a day from 2024 on (later days of the eligibleOn search
     * keep finding new ones), 3,000 CEU records, and as many one-off experience ranges as fit.
     */
    public static String mixed(String id) {
        StringBuilder s = new StringBuilder(MAX_RECORD_BYTES);
        String programs = distinctDates(id, 300, 50);
        s.append(programs, 0, programs.indexOf("],\"experience\"") + 1);
        s.append(",\"credentials\":[{\"code\":\"RHIT\",\"status\":\"ACTIVE\",\"earnedOn\":\"2021-03-01\"},")
                .append("{\"code\":\"CCA\",\"status\":\"ACTIVE\",\"earnedOn\":\"2020-03-01\"}]");
        String[] codes = {"RHIT", "RHIA", "CCA", "CCS", "CCS-P", "CHPS"};
        s.append(",\"examAttempts\":[");
        for (int i = 0; i < 2000; i++) {
            s.append(i == 0 ? "" : ",").append("{\"credential\":\"").append(codes[i % 6]).append("\",\"date\":\"")
                    .append(LocalDate.of(2024, 1, 1).plusDays(i)).append("\",\"result\":\"FAILED\"}");
        }
        s.append("],\"ceus\":[");
        for (int i = 0; i < 3000; i++) {
            s.append(i == 0 ? "" : ",").append("{\"date\":\"").append(LocalDate.of(2019, 1, 1).plusDays(i / 2))
                    .append("\",\"units\":1.5,\"hiimDomain\":").append(i % 2 == 0).append(",\"ahimaSource\":")
                    .append(i % 3 == 0).append('}');
        }
        s.append("],\"experience\":[");
        String end = "]}";
        LocalDate from = LocalDate.of(1200, 1, 1);
        for (int i = 0; ; i++) {
            String range = (i == 0 ? "" : ",") + "{\"kind\":\"" + (i % 2 == 0 ? "CODING" : "PRIVACY_SECURITY_MANAGEMENT")
                    + "\",\"from\":\"" + from.plusDays(31L * i) + "\",\"to\":\"" + from.plusDays(31L * i + 20) + "\"}";
            if (s.length() + range.length() + end.length() >= MAX_RECORD_BYTES - 64) {
                break;
            }
            s.append(range);
        }
        return s.append(end).toString();
    }

    /** JSON Lines of {@code n} distinct-dates records ({@link #distinctDates}), ids {@code prefix-0} on. */
    public static String distinctDatesLines(String prefix, int n, int entries, int dates) {
        String record = distinctDates(prefix, entries, dates);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append(record.replace("\"" + prefix + "\"", "\"" + prefix + "-" + i + "\"")).append('\n');
        }
        return lines.toString();
    }

    /** A short, ordinary record: a diploma and some coding months. */
    public static String good(String id, int i) {
        return "{\"id\":\"" + id + "\",\"education\":[{\"level\":\"HIGH_SCHOOL\"}],\"experience\":[{\"kind\":"
                + "\"CODING\",\"months\":" + i % 40 + "}]}";
    }

    /**
     * A candidate in {@code entries} CAHIIM HIM programs under way, associate and bachelor's in turn, expected on the
     * first of 50 months from {@code first} in turn: two kinds of program over 50 dates.
     */
    public static Candidate twoKindsOverFiftyMonths(int entries, LocalDate first) {
        List<Education> education = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            education.add(Education.cahiimHim(i % 2 == 0 ? EducationLevel.ASSOCIATE : EducationLevel.BACHELOR)
                    .withStatus(ProgramStatus.ENROLLED).withExpectedOn(first.plusMonths(i % 50)));
        }
        return Candidate.builder("two-kinds").build().withEducation(education);
    }
}
