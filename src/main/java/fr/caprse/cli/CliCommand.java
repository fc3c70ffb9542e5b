package fr.caprse.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** A batch command: its declaration for picocli ({@link CliSpec}), which runs {@link #call()} once parsed. */
interface CliCommand extends Callable<Integer> {

    /** The command's name, description, options and parameters, holding their values once parsed. */
    CommandSpec spec();
}
