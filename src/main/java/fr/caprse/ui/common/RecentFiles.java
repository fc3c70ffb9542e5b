package fr.caprse.ui.common;

import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files a user opened or saved lately, newest first, kept in a small text file in the data folder. */
public final class RecentFiles {

    private static final int KEEP = 8;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public List<Path> list() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            return Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(Path::of).limit(KEEP).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public List<Path> add(Path file) throws IOException {
        List<Path> files = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        List<Path> kept = files.subList(0, Math.min(KEEP, files.size()));
        Files.createDirectories(store.toAbsolutePath().getParent());
        AtomicFiles.write(store, String.join("\n", kept.stream().map(Path::toString).toList())
                .getBytes(StandardCharsets.UTF_8));
        return List.copyOf(kept);
    }
}
