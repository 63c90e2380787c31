package org.himcert.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.himcert.Assessment;
import org.himcert.Detail;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code himcert assess}. */
@Command(name = "assess",
        usageHelpWidth = 110)
final class AssessCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;
    @Spec
    private CommandSpec spec;
    @Mixin
    private InputOptions input;
    @Option(names = "--brief",
            descriptionKey = "assess.brief")
    private boolean brief;

    @Override
    public Integer call() {
        ContractWriter writer = new ContractWriter();
        Detail detail = brief ? Detail.BRIEF : Detail.FULL;
        return main.run(input, spec, advisor -> (records, asOf) -> {
            List<Assessment> assessments = advisor.assessAll(
                    records.stream().map(InputRecord::candidate).toList(), asOf, detail);
            return assessments.stream().map(writer::assessmentUtf8).toList();
        });
    }
}
