package fr.caprse.app;

import java.util.List;
import javafx.scene.image.Image;

/**
 * The window's icon (title bar, task bar, Alt+Tab), in the sizes the systems pick from: the same
 * picture as the installers' icon, made from {@code packaging/icons/cap-rse.svg} by
 * {@code packaging/icons/make-icons.sh}.
 */
final class AppIcons {

    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    /** Every size, smallest first. */
    static List<Image> images() {
        return SIZES.stream().map(size -> new Image(AppIcons.class.getResource("icons/cap-rse-" + size + ".png")
                .toExternalForm())).toList();
    }
}
