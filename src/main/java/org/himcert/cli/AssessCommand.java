package org.himcert.cli;

import java.util.List;
import org.himcert.Assessment;
import org.himcert.Detail;
import org.himcert.json.ContractWriter;
import org.himcert.json.InputRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code himcert assess}. */
@Command(name = "assess",
        usageHelpWidth = 110)
final class AssessCommand extends RecordCommand {
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
