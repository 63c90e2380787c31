package org.himcert.cli;

import java.util.ArrayList;
import java.util.List;
import org.himcert.json.ContractWriter;
import org.himcert.model.CredentialCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code himcert plan}. */
@Command(name = "plan",
        usageHelpWidth = 110)
final class PlanCommand extends RecordCommand {
    @Option(names = "--target", required = true, paramLabel = "CREDENTIAL", converter = Converters.TargetConverter.class,
            descriptionKey = "plan.target")
    private CredentialCode target;

    @Override
    public Integer call() {
        ContractWriter writer = new ContractWriter();
        return main.run(input, spec, advisor -> (records, asOf) -> {
            List<byte[]> plans = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                plans.add(writer.planUtf8(advisor.plan(records.get(i).candidate(), target, asOf.get(i))));
            }
            return plans;
        });
    }
}
