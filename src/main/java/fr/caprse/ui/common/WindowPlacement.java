package fr.caprse.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens and how big: as it was left last time when that still fits a screen,
 * else 1280 × 800 in the middle of the main screen — or the whole screen when the screen is not much
 * bigger than that (a 1366 × 768 laptop, many small offices have one): a window a little narrower than
 * its screen only wastes room. A place remembered on a screen that is gone (a projector unplugged, a
 * smaller screen) is never restored off-screen.
 */
public final class WindowPlacement {

    /** The size the window would like: every page is laid out for it at 100 % text. */
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 800;
    /** Below this much room around the preferred size, the window fills the screen. */
    private static final double ROOM = 1.1;
    /** How much of a remembered window must show on a screen for it to be put back there. */
    private static final double VISIBLE_WIDTH = 200;
    private static final double VISIBLE_HEIGHT = 100;

    /** The window's place: its bounds when not maximised, and whether it is maximised. */
    public record Placement(double x, double y, double width, double height, boolean maximised) {

        public Rectangle2D bounds() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    private WindowPlacement() {
    }

    /**
     * The place to open in, from the screens' visual bounds (the first is the main screen) and what was
     * remembered. A remembered place is kept when its top (title bar) shows on a screen, at most that
     * screen's size; a maximised window is maximised again on the screen it was on.
     */
    public static Placement choose(List<Rectangle2D> screens, Optional<Placement> remembered) {
        Rectangle2D main = screens.get(0);
        if (remembered.isPresent()) {
            Placement last = remembered.get();
            Optional<Rectangle2D> screen = screens.stream().filter(s -> showsTitleBar(s, last)).findFirst();
            if (screen.isPresent() && last.width() > 0 && last.height() > 0) {
                Rectangle2D on = screen.get();
                double width = Math.min(last.width(), on.getWidth());
                double height = Math.min(last.height(), on.getHeight());
                double x = Math.max(on.getMinX(), Math.min(last.x(), on.getMaxX() - width));
                double y = Math.max(on.getMinY(), Math.min(last.y(), on.getMaxY() - height));
                return new Placement(x, y, width, height, last.maximised());
            }
        }
        if (main.getWidth() < PREFERRED_WIDTH * ROOM || main.getHeight() < PREFERRED_HEIGHT * ROOM) {
            return new Placement(main.getMinX(), main.getMinY(), main.getWidth(), main.getHeight(), true);
        }
        return new Placement(main.getMinX() + (main.getWidth() - PREFERRED_WIDTH) / 2,
                main.getMinY() + (main.getHeight() - PREFERRED_HEIGHT) / 2, PREFERRED_WIDTH, PREFERRED_HEIGHT, false);
    }

    /** The window's top (its title bar) shows on {@code screen}, enough of it to drag the window back. */
    private static boolean showsTitleBar(Rectangle2D screen, Placement placement) {
        double left = Math.max(screen.getMinX(), placement.x());
        double right = Math.min(screen.getMaxX(), placement.x() + placement.width());
        return right - left >= Math.min(VISIBLE_WIDTH, placement.width())
                && placement.y() >= screen.getMinY() - 1 && placement.y() <= screen.getMaxY() - VISIBLE_HEIGHT;
    }

    /**
     * Places {@code stage} (before it is shown) as last time or to fit the screen. A maximised window is
     * also given its screen's bounds, so that it fills the screen even where no window manager maximises
     * it. Returns what keeps the window's place in {@code preferences} (call it as the app stops).
     */
    public static Runnable apply(Stage stage, Preferences preferences) {
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary())).map(Screen::getVisualBounds)
                .forEach(screens::add);
        Optional<Placement> remembered = preferences == null ? Optional.empty() : preferences.window();
        Placement placement = choose(screens, remembered);
        Rectangle2D normal = placement.bounds();
        Rectangle2D shown = normal;
        if (placement.maximised()) {
            Rectangle2D kept = normal;
            shown = screens.stream().filter(s -> s.intersects(kept)).findFirst().orElse(screens.get(0));
            if (remembered.isEmpty()) {
                // unmaximised later: the preferred size, in the middle of the screen
                double width = Math.min(PREFERRED_WIDTH, shown.getWidth());
                double height = Math.min(PREFERRED_HEIGHT, shown.getHeight());
                normal = new Rectangle2D(shown.getMinX() + (shown.getWidth() - width) / 2,
                        shown.getMinY() + (shown.getHeight() - height) / 2, width, height);
            }
        }
        stage.setX(shown.getMinX());
        stage.setY(shown.getMinY());
        stage.setWidth(shown.getWidth());
        stage.setHeight(shown.getHeight());
        stage.setMaximized(placement.maximised());
        // the place when not maximised, kept while the window is maximised, so that it comes back there unmaximised
        Rectangle2D[] unmaximised = {normal};
        javafx.beans.InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                unmaximised[0] = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        List<javafx.beans.Observable> moves = List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty());
        moves.forEach(p -> p.addListener(track));
        return () -> {
            moves.forEach(p -> p.removeListener(track));
            if (preferences != null) {
                Rectangle2D last = unmaximised[0];
                preferences.setWindow(new Placement(last.getMinX(), last.getMinY(), last.getWidth(), last.getHeight(),
                        stage.isMaximized()));
            }
        };
    }
}
