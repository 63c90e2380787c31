package org.himcert.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.himcert.model.Accreditation;
import org.himcert.model.Candidate;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.ExamAttempt;
import org.himcert.model.ExamResult;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.Field;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;

/** A seeded generator of varied, valid candidates for property tests and benchmarks. */
public final class RandomCandidates {

    private final Random random;

    /** A generator; the same seed gives the same candidates. */
    public RandomCandidates(long seed) {
        this.random = new Random(seed);
    }

    /** A random as-of date between 2019 and 2027. */
    public LocalDate asOf() {
        return LocalDate.of(2019, 1, 1).plusDays(random.nextInt(9 * 365));
    }

    /** A random candidate around the given date. */
    public Candidate candidate(String id, LocalDate around) {
        Candidate.Builder b = Candidate.builder(id);
        if (random.nextInt(10) > 0) {
            b.noEducation();
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                b.education(education(around));
            }
        }
        if (random.nextInt(10) > 0) {
            b.noExperience();
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                b.experience(experience(around));
            }
        }
        int credentials = random.nextInt(3);
        for (int i = 0; i < credentials; i++) {
            LocalDate earned = random.nextInt(4) == 0 ? around.plusDays(random.nextInt(900) - 300) : null;
            b.credentials(new HeldCredential(pick(CredentialCode.values()), pick(CredentialStatus.values()), earned,
                    null));
        }
        int areas = random.nextInt(8);
        for (int i = 0; i < areas; i++) {
            b.coursework(pick(CourseArea.values()));
        }
        int attempts = random.nextInt(3);
        for (int i = 0; i < attempts; i++) {
            b.examAttempts(new ExamAttempt(pick(CredentialCode.values()), around.minusDays(random.nextInt(200) - 20),
                    random.nextInt(4) == 0 ? ExamResult.PASSED : ExamResult.FAILED));
        }
        return b.build();
    }

    private Education education(LocalDate around) {
        EducationLevel level = pick(EducationLevel.values());
        Field field = random.nextBoolean() ? Field.HIM : pick(Field.values());
        Accreditation accreditation = pick(Accreditation.values());
        String association = accreditation == Accreditation.FOREIGN ? pick(new String[] {"CHIMA", "KMRA", "HIMAA", "XYZ"})
                : null;
        ProgramStatus status = random.nextBoolean() ? ProgramStatus.COMPLETED : pick(ProgramStatus.values());
        LocalDate completedOn = status == ProgramStatus.COMPLETED && random.nextInt(4) == 0
                ? around.plusDays(random.nextInt(900) - 300) : null;
        LocalDate expectedOn = status != ProgramStatus.COMPLETED && random.nextInt(2) == 0
                ? around.plusDays(random.nextInt(900) - 200) : null;
        return new Education(level, field, accreditation, association, status, completedOn, expectedOn);
    }

    private Experience experience(LocalDate around) {
        ExperienceKind kind = random.nextInt(3) == 0 ? pick(ExperienceKind.values())
                : random.nextBoolean() ? ExperienceKind.CODING : ExperienceKind.PRIVACY_SECURITY_MANAGEMENT;
        Experience e;
        int shape = random.nextInt(3);
        LocalDate from = around.minusDays(random.nextInt(2500) - 200);
        if (shape == 0) {
            e = Experience.months(kind, random.nextInt(80));
        } else if (shape == 1) {
            e = Experience.since(kind, from);
        } else {
            e = Experience.between(kind, from, from.plusDays(random.nextInt(1500)));
        }
        if (random.nextInt(4) == 0) {
            e = e.asMultiSpecialty();
        }
        if (random.nextInt(12) == 0) {
            e = e.outsideHealthcare();
        }
        return e;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * A random candidate around the date with a crowded record: its programs repeated with other dates (and other
     * foreign associations), a dozen experience entries, several exam attempts and CEU records.
     */
    public Candidate crowded(String id, LocalDate around) {
        Candidate c = candidate(id, around);
        if (c.education().isPresent()) {
            List<Education> more = new ArrayList<>(c.education().get());
            int extra = random.nextInt(8);
            for (int i = 0; i < extra; i++) {
                Education e = random.nextInt(3) == 0 || more.isEmpty() ? education(around)
                        : more.get(random.nextInt(more.size()));
                if (e.accreditation() == Accreditation.FOREIGN && random.nextBoolean()) {
                    e = new Education(e.level(), e.field(), e.accreditation(), "ZQX" + random.nextInt(5), e.status(),
                            e.completedOn(), e.expectedOn());
                }
                LocalDate shifted = around.plusDays(random.nextInt(900) - 300);
                more.add(e.completedOn() != null ? e.withCompletedOn(shifted)
                        : e.isCompleted() ? e : e.withExpectedOn(shifted));
            }
            c = c.withEducation(more);
        }
        if (c.experience().isPresent()) {
            List<Experience> more = new ArrayList<>(c.experience().get());
            for (int i = random.nextInt(12); i > 0; i--) {
                more.add(experience(around));
            }
            c = c.withExperience(more);
        }
        List<ExamAttempt> attempts = new ArrayList<>(c.examAttempts());
        for (int i = random.nextInt(6); i > 0; i--) {
            attempts.add(new ExamAttempt(pick(CredentialCode.values()), around.minusDays(random.nextInt(400) - 100),
                    random.nextInt(4) == 0 ? ExamResult.PASSED : ExamResult.FAILED));
        }
        return new Candidate(c.id(), c.education(), c.credentials(), c.experience(), c.coursework(), attempts,
                c.ceus());
    }

    /** Many candidates, each with its own as-of date. */
    public List<Candidate> candidates(int n) {
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(candidate("c" + i, asOf()));
        }
        return list;
    }

    private static final String[] PROGRAM_LEVELS = {"ASSOCIATE", "BACHELOR", "POST_BACCALAUREATE_CERTIFICATE",
        "MASTER", "DOCTORATE"};
    /** Field and accreditation: six ways the rules tell apart (HIM or not; CAHIIM, none, or a foreign association). */
    private static final String[] PROGRAM_KINDS = {
        "\"field\":\"HIM\",\"accreditation\":\"CAHIIM\"", "\"field\":\"HIM\",\"accreditation\":\"NONE\"",
        "\"field\":\"OTHER\",\"accreditation\":\"CAHIIM\"", "\"field\":\"OTHER\",\"accreditation\":\"NONE\"",
        "\"field\":\"HIM\",\"accreditation\":\"FOREIGN\",\"association\":\"CHIMA\"",
        "\"field\":\"OTHER\",\"accreditation\":\"FOREIGN\",\"association\":\"ZQX\""};

    /**
     * The i-th of 30 completed programs, as a JSON education entry, that the rules all tell apart (level, field and
     * accreditation differ): entries the rules cannot tell apart are one fact, so a test that needs many facts
     * needs these.
     */
    public static String distinctProgram(int i) {
        if (i < 0 || i >= 30) {
            throw new IllegalArgumentException("there are 30 distinct programs; asked for the one at " + i);
        }
        return "{\"level\":\"" + PROGRAM_LEVELS[i % 5] + "\"," + PROGRAM_KINDS[i / 5]
                + ",\"completedOn\":\"2019-05-15\"}";
    }
}
