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
}
