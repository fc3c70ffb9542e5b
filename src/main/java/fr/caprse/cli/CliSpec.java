package fr.caprse.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's name, description, options and parameters, declared with picocli's programmatic API
 * rather than its annotations; each command reads its values back from its {@link CommandSpec} when it
 * runs ({@link #value(CommandSpec, String)}, {@link #parameter(CommandSpec, int)}).
 *
 * <p>Why not the annotations: reading them makes the JDK build a proxy class for each kind of
 * annotation and picocli walk every field by reflection, 25 to 35 ms of a cold {@code cap-rse score}
 * (a third of it), where this builds the same model in a few milliseconds. The help printed is the
 * same, word for word ({@code CliHelpTest}).
 */
final class CliSpec {

    private final CommandSpec spec;

    private CliSpec(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * A command run by {@code command} (a {@code Callable<Integer>} or a {@code Runnable}), with the
     * standard {@code -h, --help} and {@code -V, --version} options and the description's paragraphs.
     */
    static CliSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().description(description);
        // as picocli's mixinStandardHelpOptions has them
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return new CliSpec(spec);
    }

    /** The parameter at {@code index} ("0", "1"…), of {@code type}: one value, required. */
    CliSpec parameter(String index, String label, Class<?> type, String description) {
        spec.addPositional(PositionalParamSpec.builder().index(index).arity("1").required(true).paramLabel(label)
                .type(type).description(description).build());
        return this;
    }

    /** One or more parameters, required: a list of {@code itemType}. */
    CliSpec parameters(String label, Class<?> itemType, String description) {
        spec.addPositional(PositionalParamSpec.builder().arity("1..*").required(true)
                .paramLabel(label).type(List.class)
                .auxiliaryTypes(itemType).description(description).build());
        return this;
    }

    /** An option with a value of {@code type}; none when not given. */
    CliSpec option(String name, String label, Class<?> type, String description) {
        return add(OptionSpec.builder(name).paramLabel(label).type(type).description(description));
    }

    /** An option with a value of {@code type}, {@code defaultValue} when not given ({@code ${DEFAULT-VALUE}} in the description). */
    CliSpec option(String name, String label, Class<?> type, String defaultValue, String description) {
        return add(OptionSpec.builder(name).paramLabel(label).type(type).defaultValue(defaultValue).description(description));
    }

    /** An option that must be given, under several names ({@code -o, --output}). */
    CliSpec required(String[] names, String label, Class<?> type, String description) {
        return add(OptionSpec.builder(names).paramLabel(label).type(type).required(true).description(description));
    }

    /** An option that may be given several times, each a value of {@code itemType}. */
    CliSpec repeatable(String name, String label, Class<?> itemType, String description) {
        return add(OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(itemType)
                .description(description));
    }

    /** An option without value: true when given. */
    CliSpec flag(String name, String description) {
        return add(OptionSpec.builder(name).type(boolean.class).description(description));
    }

    private CliSpec add(OptionSpec.Builder option) {
        spec.addOption(option.build());
        return this;
    }

    CommandSpec spec() {
        return spec;
    }

    /** The value of the option {@code name} once parsed: the one given, else its default, else null. */
    static <T> T value(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }

    /** The value of the option {@code name} once parsed, or {@code absent} when it has none. */
    static <T> T value(CommandSpec spec, String name, T absent) {
        T value = value(spec, name);
        return value == null ? absent : value;
    }

    /** The value of the {@code index}-th parameter declared, once parsed. */
    static <T> T parameter(CommandSpec spec, int index) {
        return spec.positionalParameters().get(index).getValue();
    }
}
