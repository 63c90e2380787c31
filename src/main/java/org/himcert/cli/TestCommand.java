package org.himcert.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.himcert.AdvisorOptions;
import org.himcert.RulesException;
import org.himcert.assess.Assessor;
import org.himcert.assess.CaseQuestions;
import org.himcert.cases.CaseFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code himcert test}: expert case files against the bundled or amended rules. */
@Command(name = "test",
        usageHelpWidth = 110)
final class TestCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;
    @Spec
    private CommandSpec spec;
    @Option(names = "--rules", paramLabel = "DIR",
            descriptionKey = "test.rules")
    private Path rules;
    @Parameters(paramLabel = "CASES", arity = "1..*", descriptionKey = "test.cases")
    private List<Path> files;
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    private boolean help;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Map<AdvisorOptions, CaseQuestions> advisors = new java.util.HashMap<>();
        java.util.function.Function<AdvisorOptions, CaseQuestions> advisorFor = options ->
                advisors.computeIfAbsent(options, o -> {
                    if (rules == null) {
                        return Assessor.bundled(o).caseQuestions();
                    }
                    try {
                        return Assessor.fromRulesDirectory(rules, o).caseQuestions();
                    } catch (RulesException e) {
                        throw new ParameterException(spec.commandLine(), "--rules: " + e.getMessage());
                    }
                });
        int passed = 0;
        int failed = 0;
        for (Path file : files) {
            List<CaseFiles.Outcome> outcomes;
            try {
                outcomes = CaseFiles.run(file, advisorFor);
            } catch (java.io.IOException e) {
                throw new ParameterException(spec.commandLine(), "CASES: cannot read " + file);
            } catch (CaseFiles.FormatException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            for (CaseFiles.Outcome o : outcomes) {
                if (o.passed()) {
                    passed++;
                    continue;
                }
                failed++;
                out.println("FAILED " + file + ": " + o.name());
                for (String f : o.failures()) {
                    out.println("    " + f);
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
