package fr.caprse.cli;

import java.util.List;

/** The batch commands, in the order {@code --help} lists them. Add a command here. */
final class Commands {

    private Commands() {
    }

    static List<Object> all() {
        return List.of(new QuestionnairesCommand(), new ValidateCommand(), new ScoreCommand(), new ExportCommand(),
                new ImportCommand(), new AggregateCommand(), new InitCommand(), new PreviewCommand());
    }
}
