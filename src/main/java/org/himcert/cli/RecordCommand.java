package org.himcert.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that reads records (assess, plan, report, compare): the root command that runs the batch, the command's
 * own spec for its usage errors, and the input options every such command takes.
 */
abstract class RecordCommand implements Callable<Integer> {
    @ParentCommand
    Main main;
    @Spec
    CommandSpec spec;
    @Mixin
    InputOptions input;
}
