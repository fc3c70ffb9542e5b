package fr.caprse.yaml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files built to hurt a YAML reader; shared by the hostile-input tests and the benchmark. */
final class HostileInput {

    /** Bytes written to {@code file}: a valid-looking questionnaire padded to {@code megabytes}. */
    static Path hugeFile(Path file, int megabytes) throws IOException {
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[1024 * 1024];
        for (int i = 0; i < block.length; i++) {
            block[i] = line[i % line.length];
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("id: huge\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
        }
        return file;
    }

    /** The "billion laughs": nine levels of nine aliases, 10^9 strings once expanded. */
    static byte[] billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'i'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Few aliases (two per level, under the alias limit) that still double the content at each level. */
    static byte[] doublingAliases(int levels) {
        StringBuilder yaml = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= levels; level++) {
            yaml.append('l').append(level).append(": &l").append(level)
                    .append(" [*l").append(level - 1).append(", *l").append(level - 1).append("]\n");
        }
        return yaml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code depth} nested flow lists: [[[[ ... ]]]]. */
    static byte[] deepNesting(int depth) {
        return ("id: deep\nthemes: " + "[".repeat(depth) + "]".repeat(depth) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The classic SnakeYAML gadget: a tag naming a class that would run remote code if instantiated. */
    static byte[] javaTag(String tagClass) {
        return ("id: gadget\nversion: 1.0.0\ntitle: !!javax.script.ScriptEngineManager "
                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]\n"
                + "themes: !!" + tagClass + " {}\n").getBytes(StandardCharsets.UTF_8);
    }

    private HostileInput() {
    }
}
