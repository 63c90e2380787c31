package org.himcert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himcert.EligibilityAdvisor;
import org.himcert.RulesException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options of the commands that read records (assess, plan, report, compare): the input, the date, the rules, help. */
final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            descriptionKey = "input.file")
    private String file;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
            descriptionKey = "input.as-of")
    LocalDate asOf;

    @Option(names = "--rules", paramLabel = "DIR",
            descriptionKey = "input.rules")
    private Path rules;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    /** Opens the input, before the slower rule compilation, so that a wrong name fails at once. */
    InputStream open(InputStream stdin) {
        if ("-".equals(file)) {
            return stdin;
        }
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            throw new ParameterException(spec.commandLine(), "FILE not found: " + file);
        }
        if (Files.isDirectory(path)) {
            throw new ParameterException(spec.commandLine(), "FILE is a directory: " + file);
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "FILE cannot be read: " + file);
        }
    }

    /** Whether {@code --rules DIR} was given. */
    boolean hasRules() {
        return rules != null;
    }

    EligibilityAdvisor advisor() {
        if (rules == null) {
            return EligibilityAdvisor.withBundledRules();
        }
        try {
            return EligibilityAdvisor.fromRulesDirectory(rules);
        } catch (RulesException e) {
            throw new ParameterException(spec.commandLine(), "--rules: " + e.getMessage());
        }
    }
}
