package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.himcert.json.ContractReader;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputRecord;
import org.himcert.model.Accreditation;
import org.himcert.model.Candidate;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialCode;
import org.himcert.model.CredentialStatus;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.ExamAttempt;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.Field;
import org.himcert.model.HeldCredential;
import org.himcert.model.ProgramStatus;
import org.himcert.testing.RandomCandidates;
import org.junit.jupiter.api.Test;

/**
 * Properties over thousands of seeded random candidates: more education, experience or credentials never take
 * an ELIGIBLE answer away; knowing what was unknown never turns ELIGIBLE into NEEDS_INFO; the same question gives
 * the same bytes; and a candidate written as contract JSON reads back as the same candidate.
 *
 * <p>Every assertion names its seed and candidate. {@code -Dhimcert.long=true} checks ten times as many.
 */
class PropertiesTest {

    private static final int SCALE = Boolean.getBoolean("himcert.long") ? 10 : 1;
    private static final EligibilityAdvisor ADVISOR = EligibilityAdvisor.withBundledRules();
    private static final ContractWriter WRITER = new ContractWriter();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Every how many candidates (c) also plans. */
    private static final int PLAN_EVERY = 4;

    // ---- (a) more never takes ELIGIBLE away

    /** What is added to a candidate, and the credential it makes held (if any). */
    private record Addition(String what, Candidate candidate, CredentialCode held) {
    }

    @Test
    void addingEducationExperienceOrAnActiveCredentialNeverTakesAnEligibleAnswerAway() {
        long seed = 101;
        RandomCandidates random = new RandomCandidates(seed);
        Random r = new Random(seed);
        int candidates = 1500 * SCALE;
        Map<String, Integer> checked = new TreeMap<>();
        int held = 0;
        int toHeld = 0;
        for (int i = 0; i < candidates; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("a" + i, asOf);
            List<Decision> before = brief(c, asOf);
            if (before.stream().noneMatch(d -> d.status() == Status.ELIGIBLE || d.status() == Status.ALREADY_HELD)) {
                continue; // nothing to keep
            }
            for (Addition add : additions(c, asOf, r)) {
                List<Decision> after = brief(add.candidate(), asOf);
                for (int k = 0; k < before.size(); k++) {
                    Decision was = before.get(k);
                    Decision now = after.get(k);
                    String what = "seed " + seed + ", candidate " + i + " on " + asOf + ", " + was.credential()
                            + " after adding " + add.what() + "\n  before: " + c + "\n  after:  " + add.candidate();
                    if (was.status() == Status.ELIGIBLE) {
                        checked.merge(add.what().substring(0, add.what().indexOf(' ')), 1, Integer::sum);
                        if (was.credential() == add.held()) {
                            // the one change allowed: the credential just added is held now
                            assertThat(now.status()).as(what).isIn(Status.ELIGIBLE, Status.ALREADY_HELD);
                            toHeld += now.status() == Status.ALREADY_HELD ? 1 : 0;
                        } else {
                            assertThat(now.status()).as(what).isEqualTo(Status.ELIGIBLE);
                        }
                    } else if (was.status() == Status.ALREADY_HELD) {
                        held++;
                        assertThat(now.status()).as("%s: still held", what).isEqualTo(Status.ALREADY_HELD);
                    }
                }
            }
        }
        assertThat(checked.values().stream().mapToInt(Integer::intValue).sum()).as("seed %d: ELIGIBLE answers checked",
                seed).isGreaterThan(1000 * SCALE);
        System.out.printf("PropertiesTest (a): %d candidates, ELIGIBLE answers checked after adding %s (%d became"
                + " ALREADY_HELD for the credential added, every other one stayed ELIGIBLE); ALREADY_HELD kept %d times%n",
                candidates, checked, toHeld, held);
    }

    /** One addition of each kind: education, experience, an ACTIVE credential. */
    private static List<Addition> additions(Candidate c, LocalDate asOf, Random r) {
        List<Addition> out = new ArrayList<>();
        Education e = switch (r.nextInt(6)) {
            case 0, 1 -> Education.cahiimHim(EducationLevel.BACHELOR);
            case 2 -> Education.cahiimHim(EducationLevel.values()[r.nextInt(EducationLevel.values().length)]);
            case 3 -> Education.completed(EducationLevel.values()[r.nextInt(EducationLevel.values().length)]);
            case 4 -> Education.foreignHim(EducationLevel.values()[2 + r.nextInt(5)], pick(r, "CHIMA", "kmra", "XYZ"));
            default -> new Education(EducationLevel.values()[r.nextInt(EducationLevel.values().length)],
                    r.nextBoolean() ? null : Field.HIM, r.nextBoolean() ? null : Accreditation.CAHIIM, null,
                    ProgramStatus.values()[r.nextInt(ProgramStatus.values().length)], null,
                    r.nextBoolean() ? null : asOf.plusDays(r.nextInt(400)));
        };
        out.add(new Addition("education " + e, withEducation(c, append(c.education(), e)), null));

        ExperienceKind kind = ExperienceKind.values()[r.nextInt(ExperienceKind.values().length)];
        Experience x = switch (r.nextInt(4)) {
            case 0, 1 -> Experience.months(kind, 1 + r.nextInt(80));
            case 2 -> Experience.since(kind, asOf.minusDays(r.nextInt(2500) - 100));
            default -> {
                LocalDate from = asOf.minusDays(r.nextInt(2500) - 100);
                yield Experience.between(kind, from, from.plusDays(r.nextInt(1500)));
            }
        };
        if (kind == ExperienceKind.CODING && r.nextInt(3) == 0) {
            x = x.asMultiSpecialty();
        }
        out.add(new Addition("experience " + x, withExperience(c, append(c.experience(), x)), null));

        CredentialCode code = CredentialCode.values()[r.nextInt(CredentialCode.values().length)];
        List<HeldCredential> credentials = new ArrayList<>(c.credentials());
        credentials.add(HeldCredential.active(code));
        out.add(new Addition("credential " + code + " ACTIVE", new Candidate(c.id(), c.education(), credentials,
                c.experience(), c.coursework(), c.examAttempts()), code));
        return out;
    }

    // ---- (b) knowing what was unknown never turns ELIGIBLE into NEEDS_INFO

    @Test
    void makingUnknownEducationOrExperienceKnownNeverTurnsEligibleIntoNeedsInfo() {
        long seed = 202;
        RandomCandidates random = new RandomCandidates(seed);
        Random r = new Random(seed);
        int candidates = 4000 * SCALE;
        Map<String, Integer> checked = new TreeMap<>();
        for (int i = 0; i < candidates; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("b" + i, asOf);
            if (r.nextBoolean()) {
                c = withoutEducationNeeds(c, r);
            }
            // what the candidate would know: its own lists, or another random candidate's (maybe [])
            Candidate donor = random.candidate("donor", asOf);
            List<Education> education = c.education().or(donor::education).orElse(List.of());
            List<Experience> experience = c.experience().or(donor::experience).orElse(List.of());
            Candidate unknown;
            Candidate known;
            String which;
            switch (r.nextInt(3)) {
                case 0 -> {
                    which = "education";
                    unknown = withEducation(c, Optional.empty());
                    known = withEducation(c, Optional.of(education));
                }
                case 1 -> {
                    which = "experience";
                    unknown = withExperience(c, Optional.empty());
                    known = withExperience(c, Optional.of(experience));
                }
                default -> {
                    which = "both";
                    unknown = withExperience(withEducation(c, Optional.empty()), Optional.empty());
                    known = withExperience(withEducation(c, Optional.of(education)), Optional.of(experience));
                }
            }
            List<Decision> before = brief(unknown, asOf);
            List<Decision> after = brief(known, asOf);
            for (int k = 0; k < before.size(); k++) {
                if (before.get(k).status() != Status.ELIGIBLE) {
                    continue;
                }
                checked.merge(which, 1, Integer::sum);
                String what = "seed " + seed + ", candidate " + i + " on " + asOf + ", " + before.get(k).credential()
                        + " when " + which + " becomes known\n  unknown: " + unknown + "\n  known:   " + known;
                assertThat(after.get(k).status()).as(what).isNotEqualTo(Status.NEEDS_INFO);
                // and more: an answer that did not need the input cannot lose its pathway when the input is known
                assertThat(after.get(k).status()).as(what).isEqualTo(Status.ELIGIBLE);
            }
        }
        assertThat(checked.values().stream().mapToInt(Integer::intValue).sum())
                .as("seed %d: ELIGIBLE answers checked", seed).isGreaterThan(300 * SCALE);
        System.out.printf("PropertiesTest (b): %d candidates, ELIGIBLE answers with unknown input checked once it is"
                + " known: %s%n", candidates, checked);
    }

    /**
     * The candidate with what the pathways that need no education ask for (CHPS-3 and CHPS-5: a credential and
     * privacy or security management experience; the old CCS regime: credentials, coursework, coding experience),
     * so that ELIGIBLE answers with education unknown are common enough to check.
     */
    private static Candidate withoutEducationNeeds(Candidate c, Random r) {
        List<HeldCredential> credentials = new ArrayList<>(c.credentials());
        credentials.add(HeldCredential.active(pick(r, CredentialCode.CCA, CredentialCode.CCS, CredentialCode.CCS_P,
                CredentialCode.RHIT, CredentialCode.RHIA, CredentialCode.OTHER_CODING)));
        List<Experience> experience = new ArrayList<>(c.experience().orElse(List.of()));
        experience.add(Experience.months(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, 20 + r.nextInt(60)));
        experience.add(Experience.months(ExperienceKind.CODING, 6 + r.nextInt(30)));
        Set<CourseArea> coursework = r.nextInt(3) == 0 ? EnumSet.allOf(CourseArea.class)
                : c.coursework();
        return new Candidate(c.id(), c.education(), credentials, Optional.of(experience), coursework,
                c.examAttempts());
    }

    // ---- (c) the same question gives the same bytes

    @Test
    void theSameQuestionGivesTheSameBytesTwiceAndOnFreshAdvisors() throws Exception {
        long seed = 303;
        RandomCandidates random = new RandomCandidates(seed);
        Random r = new Random(seed);
        int candidates = 200 * SCALE;
        // another advisor on the same compiled rules, and one whose rules are compiled again from rules/
        EligibilityAdvisor second = EligibilityAdvisor.withBundledRules(AdvisorOptions.defaults());
        EligibilityAdvisor recompiled = EligibilityAdvisor.fromRulesDirectory(Path.of("rules"));
        assertThat(recompiled.rulesVersion()).as("the rules/ directory is the bundled rules")
                .isEqualTo(ADVISOR.rulesVersion());
        List<Candidate> list = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<CredentialCode> targets = new ArrayList<>();
        List<String> assessed = new ArrayList<>();
        List<String> planned = new ArrayList<>();
        int plans = 0;
        for (int i = 0; i < candidates; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = random.candidate("c" + i, asOf);
            CredentialCode target = CredentialCode.ASSESSED.get(r.nextInt(CredentialCode.ASSESSED.size()));
            list.add(c);
            dates.add(asOf);
            targets.add(target);
            String what = "seed " + seed + ", candidate " + i + " on " + asOf + ": " + c;
            String a = WRITER.assessment(ADVISOR.assess(c, asOf));
            assertThat(WRITER.assessment(ADVISOR.assess(c, asOf))).as("%s, assessed twice", what).isEqualTo(a);
            assertThat(WRITER.assessment(second.assess(c, asOf))).as("%s, on a second advisor", what).isEqualTo(a);
            assertThat(WRITER.assessment(recompiled.assess(c, asOf))).as("%s, on recompiled rules", what)
                    .isEqualTo(a);
            String p = null;
            if (i % PLAN_EVERY == 0) { // plans ask the rules about many hypothetical candidates: fewer of them
                p = WRITER.plan(ADVISOR.plan(c, target, asOf));
                assertThat(WRITER.plan(ADVISOR.plan(c, target, asOf))).as("%s, planned to %s twice", what, target)
                        .isEqualTo(p);
                assertThat(WRITER.plan(recompiled.plan(c, target, asOf)))
                        .as("%s, planned to %s on recompiled rules", what, target).isEqualTo(p);
                plans++;
            }
            String b = WRITER.assessment(ADVISOR.assess(c, asOf, Detail.BRIEF));
            assertThat(WRITER.assessment(second.assess(c, asOf, Detail.BRIEF))).as("%s, brief", what).isEqualTo(b);
            assessed.add(a);
            planned.add(p);
        }
        // in the other order, and in one batch: what came before does not change an answer
        for (int i = candidates - 1; i >= 0; i--) {
            String what = "seed " + seed + ", candidate " + i + " (reverse order): " + list.get(i);
            assertThat(WRITER.assessment(second.assess(list.get(i), dates.get(i)))).as(what)
                    .isEqualTo(assessed.get(i));
            if (planned.get(i) != null) {
                assertThat(WRITER.plan(second.plan(list.get(i), targets.get(i), dates.get(i)))).as(what)
                        .isEqualTo(planned.get(i));
            }
        }
        List<Assessment> batch = recompiled.assessAll(list, dates, Detail.FULL);
        for (int i = 0; i < candidates; i++) {
            assertThat(WRITER.assessment(batch.get(i))).as("seed %d, candidate %d in one batch: %s", seed, i,
                    list.get(i)).isEqualTo(assessed.get(i));
        }
        System.out.printf("PropertiesTest (c): %d candidates, each assessed (full and brief) on three advisors, twice,"
                + " in both orders and in a batch, and %d of them planned four times: same bytes%n", candidates, plans);
    }

    // ---- (d) the contract round trip

    @Test
    void aCandidateWrittenAsContractJsonReadsBackEqualAndAssessesToTheSameBytes() throws Exception {
        long seed = 404;
        RandomCandidates random = new RandomCandidates(seed);
        Random r = new Random(seed);
        ContractReader reader = new ContractReader();
        int candidates = 2000 * SCALE;
        int full = 0;
        for (int i = 0; i < candidates; i++) {
            LocalDate asOf = random.asOf();
            Candidate c = vary(random.candidate(id(r, i), asOf), r);
            boolean withAsOf = r.nextBoolean();
            String json = ContractJson.write(c, withAsOf ? asOf : null, r);
            String what = "seed " + seed + ", candidate " + i + " on " + asOf + ": " + c + "\n  as JSON: " + json;

            InputRecord read = reader.read(json, 1);

            assertThat(read.candidate()).as(what).isEqualTo(c);
            assertThat(read.asOf()).as(what).isEqualTo(withAsOf ? Optional.of(asOf) : Optional.empty());
            Detail detail = i % 8 == 0 ? Detail.FULL : Detail.BRIEF;
            full += detail == Detail.FULL ? 1 : 0;
            assertThat(WRITER.assessment(ADVISOR.assess(read.candidate(), asOf, detail))).as(what)
                    .isEqualTo(WRITER.assessment(ADVISOR.assess(c, asOf, detail)));
        }
        System.out.printf("PropertiesTest (d): %d candidates written as contract JSON and read back equal (%d also"
                + " compared in full)%n", candidates, full);
    }

    /** Ids of every allowed character, up to the 64 allowed. */
    private static String id(Random r, int i) {
        String chars = "ABCXYZabcxyz0189._:-";
        StringBuilder id = new StringBuilder("d" + i);
        int more = r.nextInt(4) == 0 ? 64 - id.length() : r.nextInt(6);
        for (int k = 0; k < more; k++) {
            id.append(chars.charAt(r.nextInt(chars.length())));
        }
        return id.toString();
    }

    /** More than RandomCandidates gives: credential names, association spellings, years at the contract's ends. */
    private static Candidate vary(Candidate c, Random r) {
        List<HeldCredential> credentials = new ArrayList<>();
        for (HeldCredential h : c.credentials()) {
            String name = r.nextInt(3) > 0 ? null
                    : pick(r, "CPC", "COC", "", " ", "Ünïcödé \"quoted\" \\ back/slash", "line\nbreak\ttab", "😀",
                    "x".repeat(300));
            LocalDate earned = r.nextInt(20) == 0 ? pick(r, LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31))
                    : h.earnedOn();
            credentials.add(new HeldCredential(h.code(), h.status(), earned, name));
        }
        Optional<List<Education>> education = c.education().map(list -> list.stream().map(e -> {
            String association = e.association() == null ? null
                    : r.nextBoolean() ? e.association() : pick(r, "chima", "Kmra", "HIMAA ", "Ásociación \"X\"");
            LocalDate completed = e.completedOn() != null && r.nextInt(10) == 0 ? LocalDate.of(1, 2, 3)
                    : e.completedOn();
            return new Education(e.level(), e.field(), e.accreditation(), association, e.status(), completed,
                    e.expectedOn());
        }).toList());
        return new Candidate(c.id(), education, credentials, c.experience(), c.coursework(), c.examAttempts());
    }

    /**
     * Writes a candidate as the contract's input JSON (see ContractReader for the field names and values): in a
     * random member order, with defaults sometimes written out and empty lists sometimes left out where absent
     * means none, compact or pretty-printed.
     */
    static final class ContractJson {
        private ContractJson() {
        }

        static String write(Candidate c, LocalDate asOf, Random r) throws Exception {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("id", c.id());
            if (asOf != null) {
                o.put("asOf", asOf.toString());
            }
            c.education().ifPresent(list -> {
                ArrayNode a = o.putArray("education");
                list.forEach(e -> a.add(education(e, r)));
            });
            if (!c.credentials().isEmpty() || r.nextBoolean()) {
                ArrayNode a = o.putArray("credentials");
                c.credentials().forEach(h -> a.add(credential(h, r)));
            }
            c.experience().ifPresent(list -> {
                ArrayNode a = o.putArray("experience");
                list.forEach(x -> a.add(experience(x, r)));
            });
            if (!c.coursework().isEmpty() || r.nextBoolean()) {
                List<CourseArea> areas = new ArrayList<>(c.coursework());
                if (!areas.isEmpty() && r.nextInt(5) == 0) {
                    areas.add(areas.get(0)); // the same area twice is still one area
                }
                Collections.shuffle(areas, r);
                ArrayNode a = o.putArray("coursework");
                areas.forEach(area -> a.add(area.name()));
            }
            if (!c.examAttempts().isEmpty() || r.nextBoolean()) {
                ArrayNode a = o.putArray("examAttempts");
                for (ExamAttempt x : c.examAttempts()) {
                    ObjectNode n = MAPPER.createObjectNode();
                    n.put("credential", x.credential().code());
                    n.put("date", x.date().toString());
                    n.put("result", x.result().name());
                    a.add(shuffled(n, r));
                }
            }
            ObjectNode record = shuffled(o, r);
            return r.nextInt(4) == 0 ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record)
                    : MAPPER.writeValueAsString(record);
        }

        private static ObjectNode education(Education e, Random r) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("level", e.level().name());
            if (e.field() != null) {
                n.put("field", e.field().name()); // absent: unknown
            }
            if (e.accreditation() != null) {
                n.put("accreditation", e.accreditation().name()); // absent: unknown
            }
            if (e.association() != null) {
                n.put("association", e.association());
            }
            if (e.status() != ProgramStatus.COMPLETED || r.nextBoolean()) {
                n.put("status", e.status().name()); // absent: COMPLETED
            }
            date(n, "completedOn", e.completedOn());
            date(n, "expectedOn", e.expectedOn());
            return shuffled(n, r);
        }

        private static ObjectNode credential(HeldCredential h, Random r) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("code", h.code().code());
            if (h.status() != CredentialStatus.ACTIVE || r.nextBoolean()) {
                n.put("status", h.status().name()); // absent: ACTIVE
            }
            date(n, "earnedOn", h.earnedOn());
            if (h.name() != null) {
                n.put("name", h.name());
            }
            return shuffled(n, r);
        }

        private static ObjectNode experience(Experience x, Random r) {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("kind", x.kind().name());
            if (!x.healthcare() || r.nextBoolean()) {
                n.put("healthcare", x.healthcare()); // absent: true
            }
            if (x.multiSpecialty() || r.nextBoolean()) {
                n.put("multiSpecialty", x.multiSpecialty()); // absent: false
            }
            if (x.months() != null) {
                n.put("months", x.months().intValue());
            }
            date(n, "from", x.from());
            date(n, "to", x.to());
            return shuffled(n, r);
        }

        private static void date(ObjectNode n, String field, LocalDate date) {
            if (date != null) {
                n.put(field, String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth()));
            }
        }

        /** The same members in a random order. */
        private static ObjectNode shuffled(ObjectNode n, Random r) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, r);
            ObjectNode out = MAPPER.createObjectNode();
            names.forEach(name -> out.set(name, n.get(name)));
            return out;
        }
    }

    // ---- helpers

    private static List<Decision> brief(Candidate c, LocalDate asOf) {
        return ADVISOR.assess(c, asOf, Detail.BRIEF).decisions();
    }

    private static <T> Optional<List<T>> append(Optional<List<T>> list, T item) {
        List<T> out = new ArrayList<>(list.orElse(List.of()));
        out.add(item);
        return Optional.of(out);
    }

    private static Candidate withEducation(Candidate c, Optional<List<Education>> education) {
        return new Candidate(c.id(), education, c.credentials(), c.experience(), c.coursework(), c.examAttempts());
    }

    private static Candidate withExperience(Candidate c, Optional<List<Experience>> experience) {
        return new Candidate(c.id(), c.education(), c.credentials(), experience, c.coursework(), c.examAttempts());
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }
}
