package fr.caprse.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The batch commands by name, in the order {@code --help} lists them. Add a command here (its name is
 * the one of its {@link CliCommand#spec()}; a test checks they agree).
 */
final class Commands {

    private static final Map<String, Supplier<CliCommand>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("questionnaires", QuestionnairesCommand::new);
        BY_NAME.put("validate", ValidateCommand::new);
        BY_NAME.put("score", ScoreCommand::new);
        BY_NAME.put("export", ExportCommand::new);
        BY_NAME.put("import", ImportCommand::new);
        BY_NAME.put("form", FormCommand::new);
        BY_NAME.put("aggregate", AggregateCommand::new);
        BY_NAME.put("init", InitCommand::new);
        BY_NAME.put("preview", PreviewCommand::new);
    }

    private Commands() {
    }

    /** A new instance of every command, in order. */
    static List<CliCommand> all() {
        return BY_NAME.values().stream().map(Supplier::get).toList();
    }

    /** The names, in order. */
    static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** A new instance of the command called {@code name}, if there is one. */
    static Optional<CliCommand> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name)).map(Supplier::get);
    }
}
