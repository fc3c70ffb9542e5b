package fr.caprse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(AppDirs.dataDir(null, "Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data/ana")))
                .isEqualTo(Path.of("/data/ana/cap-rse"));
    }

    @Test
    void linuxDefaultsToLocalShare() {
        assertThat(AppDirs.dataDir(null, "Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana/.local/share/cap-rse"));
    }

    @Test
    void relativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(AppDirs.dataDir(null, "Linux", "/home/ana", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/ana/.local/share/cap-rse"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppDirs.dataDir(null, "Windows 11", "/home/ana", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/Cap RSE"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppDirs.dataDir(null, "Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Cap RSE"));
    }

    @Test
    void systemPropertyOverridesEverything() {
        assertThat(AppDirs.dataDir("/tmp/x", "Windows 11", "/home/ana", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/tmp/x"));
    }
}
