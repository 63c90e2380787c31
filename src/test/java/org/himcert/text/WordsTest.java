package org.himcert.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.himcert.MaintenanceStatus;
import org.himcert.Status;
import org.himcert.StepAction;
import org.himcert.model.Accreditation;
import org.himcert.model.CourseArea;
import org.himcert.model.CredentialStatus;
import org.himcert.model.EducationLevel;
import org.himcert.model.ExamResult;
import org.himcert.model.ExperienceKind;
import org.himcert.model.Field;
import org.himcert.model.ProgramStatus;
import org.junit.jupiter.api.Test;

/**
 * The words' one home: every message key the code names is in {@code Words.properties}, and every message there is
 * named by the code (a key built from an enum's constants counts for each constant); a blank unfilled or filled
 * twice is refused.
 */
class WordsTest {

    /** The first parts of the bundle's keys, by which a string literal in the code is known to be a key. */
    private static final Set<String> SECTIONS = Set.of("level", "keeping", "standing", "gap", "input", "arrival",
            "headline", "next", "move", "program", "plan", "inputs", "maintenance", "keep", "report", "html", "page", "condition", "named", "hiim", "step");
    private static final Pattern SAID = Pattern.compile("Words\\.say\\(\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+)\"");

    @Test
    void everyKeyNamedExistsAndEveryKeyIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String dir : new String[] {"text", "advice", "assess", "report", "http", "cli"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/himcert", dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    // the command line's own literals are picocli's keys: only what it says through Words counts
                    Matcher m = (dir.equals("cli") ? SAID : LITERAL).matcher(Files.readString(f));
                    while (m.find()) {
                        boolean fileName = m.group(1).matches(".*\\.(json|yaml|properties|html)");
                        if (!fileName && SECTIONS.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                            named.add(m.group(1));
                        }
                    }
                }
            }
        }
        for (EducationLevel l : EducationLevel.values()) {
            named.add("level." + l.name()); // Wording.level
            named.add("move.completeAnyField." + l.name()); // Wording.completeAnyField
        }
        for (MaintenanceStatus s : MaintenanceStatus.values()) {
            named.add("keeping." + s.name()); // Wording.keeping
        }
        // Wording.named: the enumerations sentences name
        for (Class<? extends Enum<?>> type : List.of(StepAction.class, CredentialStatus.class, ProgramStatus.class,
                ExperienceKind.class, ExamResult.class, CourseArea.class, Status.class)) {
            for (Enum<?> v : type.getEnumConstants()) {
                named.add("named." + type.getSimpleName() + "." + v.name());
            }
        }
        for (StepAction a : StepAction.values()) {
            named.add("step." + a.name()); // Wording.step
        }
        for (String part : List.of("first", "also", "other")) {
            named.add("report.missing." + part); // TextReport.missingKey
            named.add("html.missing." + part);
        }
        // Wording.input: the names of the contract's fields, as sentences call them
        for (String name : List.of("education", "experience", "credentials", "coursework", "examAttempts", "ceus",
                "earnedOn", "accreditation", "field", "status", "level", "association", "completedOn", "expectedOn",
                "months", "from", "to", "kind")) {
            named.add("input.name." + name);
        }
        for (Field f : Field.values()) {
            named.add("inputs.field." + f.name());
        }
        for (Accreditation a : Accreditation.values()) {
            if (a != Accreditation.FOREIGN) { // "approved by" its association
                named.add("inputs.accreditation." + a.name());
            }
        }
        // AdvisorPage.words: the page's options, every value of the lists it offers but credential codes
        for (Class<? extends Enum<?>> type : List.of(EducationLevel.class, Field.class, Accreditation.class,
                ProgramStatus.class, ExperienceKind.class, CredentialStatus.class, ExamResult.class)) {
            for (Enum<?> v : type.getEnumConstants()) {
                named.add("page.option." + v.name());
            }
        }
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(Words.keys());
        Set<String> unused = new TreeSet<>(Words.keys());
        unused.removeAll(named);

        assertThat(named).as("keys the code names").hasSizeGreaterThan(100);
        assertThat(missing).as("keys named in the code but not in Words.properties").isEmpty();
        assertThat(unused).as("messages in Words.properties that no code names").isEmpty();
    }

    @Test
    void aBlankLeftUnfilledOrNotInTheMessageIsRefused() {
        assertThat(Words.say("move.passExam", "credential", "RHIA")).isEqualTo("Passing the RHIA exam");
        assertThatThrownBy(() -> Words.say("move.passExam")).hasMessageContaining("{credential} unfilled");
        assertThatThrownBy(() -> Words.say("move.passExam", "credential", "RHIA", "date", "x"))
                .hasMessageContaining("has no blank {date}");
        assertThatThrownBy(() -> Words.say("move.passExamm", "credential", "RHIA"))
                .hasMessageContaining("no message move.passExamm");
    }
}
