package fr.caprse.cli;

import fr.caprse.platform.AppInfo;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The command line: the same jar runs a batch command when given one, without starting JavaFX.
 * Exit codes: 0 success, 1 bad input (the message names the file and the place), 2 wrong usage.
 * Every command is declared with picocli's programmatic API ({@link CliSpec}).
 */
public final class CapRseCli implements Runnable {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    static {
        // picocli looks for Groovy (closures in annotations) and for Jansi (coloured help on Windows)
        // by name; neither is there, and a class not found is looked for in every jar of the class
        // path: 23 jars opened and their directories read, 10 ms of a cold command. Its documented
        // switches turn both looks off.
        setIfAbsent("picocli.disable.closures", "true");
        setIfAbsent("org.fusesource.jansi.Ansi.disable", "true");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final CommandLine.Model.CommandSpec spec = CliSpec.command(this, "cap-rse",
            "Cap RSE: offline CSR (RSE/RSO) self-assessment. Without a command, opens the desktop app.").spec();

    private CapRseCli() {
        spec.versionProvider(new Version());
    }

    /** Runs {@code args} on the console (UTF-8 stdout and stderr) and returns the exit code. */
    public static int runOnConsole(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return run(args, out, err);
    }

    /** Runs {@code args} and returns the exit code; stdout and stderr are the given writers. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The command line with every command, {@code help} first. */
    public static CommandLine commandLine() {
        CommandLine commandLine = root();
        // picocli's own help command, declared with annotations: read only when every command is listed
        commandLine.addSubcommand(new CommandLine.HelpCommand());
        return withCommands(commandLine, Commands.all());
    }

    /**
     * The command line for {@code args}: when they start with a command's name, with that command only
     * (reading the other commands' options and help at each start would be wasted); otherwise (help,
     * the version, a misspelt command) with every command, so the help lists them and picocli suggests
     * the closest name.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            var named = Commands.named(args[0]);
            if (named.isPresent()) {
                return withCommands(root(), List.of(named.get()));
            }
        }
        return commandLine();
    }

    /** The root's options only. */
    private static CommandLine root() {
        return new CommandLine(new CapRseCli().spec);
    }

    /** {@code commandLine} with {@code commands} added, and how a command's failure is said. */
    private static CommandLine withCommands(CommandLine commandLine, List<CliCommand> commands) {
        for (CliCommand command : commands) {
            commandLine.addSubcommand(command.spec().name(), command.spec());
        }
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            PrintWriter err = cl.getErr();
            if (exception instanceof CliException cliException) {
                err.println("cap-rse: " + cliException.getMessage());
                return cliException.exitCode();
            }
            err.println("cap-rse: unexpected error: " + exception);
            return BAD_INPUT;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the version for {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppInfo.name() + " " + AppInfo.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
