package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapRseCliTest {

    @Test
    void versionPrintsTheNameAndVersion() {
        CliTestSupport result = CliTestSupport.run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Cap RSE ").doesNotContain("${");
    }

    @Test
    void helpListsTheUsage() {
        CliTestSupport result = CliTestSupport.run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: cap-rse");
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliTestSupport result = CliTestSupport.run("frobnicate");
        assertThat(result.exitCode()).isEqualTo(CapRseCli.USAGE);
        assertThat(result.err()).contains("frobnicate");
    }

    @Test
    void everyCommandIsListedUnderTheNameItDeclares() {
        for (String name : Commands.names()) {
            assertThat(Commands.named(name).orElseThrow().spec().name()).isEqualTo(name);
        }
        assertThat(CapRseCli.commandLine().getSubcommands().keySet()).containsAll(Commands.names());
    }

    @Test
    void aCommandRunsWithItselfAloneAndTheHelpStillListsEveryCommand() {
        assertThat(CapRseCli.commandLine(new String[] {"score", "x.rse.json"}).getSubcommands().keySet())
                .containsExactly("score");
        CliTestSupport help = CliTestSupport.run("help");
        assertThat(help.exitCode()).isZero();
        for (String name : Commands.names()) {
            assertThat(help.out()).contains("  " + name + " ");
        }
        CliTestSupport scoreHelp = CliTestSupport.run("score", "--help");
        assertThat(scoreHelp.exitCode()).isZero();
        assertThat(scoreHelp.out()).contains("Usage: cap-rse score");
    }

    @Test
    void aMisspeltCommandIsNamedWithTheClosestOne() {
        CliTestSupport result = CliTestSupport.run("scor", "x.rse.json");
        assertThat(result.exitCode()).isEqualTo(CapRseCli.USAGE);
        assertThat(result.err()).contains("scor").contains("score");
    }
}
