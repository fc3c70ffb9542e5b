package fr.caprse.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
public record CliTestSupport(int exitCode, String out, String err) {

    public static CliTestSupport run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CapRseCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliTestSupport(code, out.toString(), err.toString());
    }
}
