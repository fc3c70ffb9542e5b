package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** LibreOffice run headless by the tests, as a person using Calc would open and save or export a workbook. */
final class LibreOfficeHeadless {

    private LibreOfficeHeadless() {
    }

    /** LibreOffice's program on the PATH ({@code soffice}, else {@code libreoffice}); empty when not installed. */
    static Optional<Path> find() {
        return LibreOfficeRoundTripTest.onPath("soffice").or(() -> LibreOfficeRoundTripTest.onPath("libreoffice"));
    }

    /**
     * Converts {@code files} to {@code to} ({@code pdf}, {@code ods}, {@code xlsx:Calc MS Excel 2007 XML}) into
     * {@code out}, with a profile of its own in {@code work}, and checks that each converted file is there.
     */
    static void convert(Path soffice, Path work, String to, Path out, List<Path> files) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", to, "--outdir", out.toString()));
        files.forEach(file -> command.add(file.toString()));
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + files);
        }
        String extension = to.contains(":") ? to.substring(0, to.indexOf(':')) : to;
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path converted = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
            assertThat(converted).as("LibreOffice output; log: " + Files.readString(log)).exists();
        }
    }
}
