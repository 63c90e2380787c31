package org.himcert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.himcert.model.Candidate;
import org.himcert.model.CredentialCode;
import org.himcert.model.Education;
import org.himcert.model.EducationLevel;
import org.himcert.model.Experience;
import org.himcert.model.ExperienceKind;
import org.himcert.model.ProgramStatus;
import org.himcert.report.TextReport;
import org.junit.jupiter.api.Test;

/** The README's ten-line facade example says what the library does. */
class ReadmeExampleTest {

    @Test
    void theFacadeExampleHoldsWhatItsCommentsSay() {
        EligibilityAdvisor advisor = EligibilityAdvisor.withBundledRules();
        Candidate maria = Candidate.builder("maria")
                .education(Education.completed(EducationLevel.HIGH_SCHOOL),
                        Education.cahiimHim(EducationLevel.ASSOCIATE).withStatus(ProgramStatus.FINAL_TERM))
                .experience(Experience.since(ExperienceKind.PRIVACY_SECURITY_MANAGEMENT, LocalDate.of(2025, 6, 1)))
                .build();
        Assessment a = advisor.assess(maria, LocalDate.of(2026, 11, 25));
        Decision rhit = a.decision(CredentialCode.RHIT);
        assertThat(rhit.status()).isEqualTo(Status.ELIGIBLE);
        assertThat(rhit.earlyTesting()).isTrue();
        assertThat(rhit.pathway()).isEqualTo("RHIT-3");
        Gap closest = a.decision(CredentialCode.CHPS).unmet().get(0);
        assertThat(closest.pathway()).isEqualTo("CHPS-6");
        assertThat(closest.text()).isEqualTo("a master's degree or higher (e.g. JD, MD, PhD)");
        assertThat(a.decision(CredentialCode.CHPS).unmet().get(1).pathway()).isEqualTo("CHPS-1");
        assertThat(a.decision(CredentialCode.CHPS).unmet().get(1).have()).isEqualTo(17);
        String report = TextReport.render(a, List.of(advisor.plan(maria, CredentialCode.RHIA, a.asOf())));
        assertThat(report).contains("RHIT   Can sit now, as a student (early testing)", "Plan to the RHIA (expected by ");
    }

    @Test
    void theAdoptersProjectsCompileTheReadmeExampleAsPasted() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        int at = readme.indexOf("## The facade in ten lines");
        String block = readme.substring(readme.indexOf("```java\n", at) + 8, readme.indexOf("```", readme.indexOf(
                "```java\n", at) + 8));
        List<String> imports = block.lines().filter(l -> l.startsWith("import ")).toList();
        List<String> statements = block.lines().filter(l -> !l.startsWith("import ") && !l.isBlank()).toList();
        assertThat(imports).hasSizeGreaterThan(5);
        assertThat(statements).hasSizeBetween(8, 12);
        for (String kind : List.of("classpath", "modulepath")) {
            List<String> example = java.nio.file.Files.readAllLines(java.nio.file.Path.of("examples", "adopters", kind,
                    "src", "main", "java", "example", "Example.java"));
            assertThat(example).as(kind).containsAll(imports);
            List<String> pasted = example.subList(example.indexOf("        // README begin") + 1,
                    example.indexOf("        // README end")).stream().map(l -> l.substring(8)).toList();
            assertThat(pasted).as("the README's lines in examples/adopters/%s", kind).isEqualTo(statements);
        }
    }
}
