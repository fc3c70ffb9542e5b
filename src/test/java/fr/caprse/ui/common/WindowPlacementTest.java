package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    /** A 1366 × 768 laptop with a 40-pixel panel: what is left for windows. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D LARGE = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void aSmallScreenIsFilled() {
        WindowPlacement.Placement placement = WindowPlacement.choose(List.of(LAPTOP), Optional.empty());

        assertThat(placement).isEqualTo(new WindowPlacement.Placement(0, 0, 1366, 728, true));
    }

    @Test
    void aScreenJustAsLargeAsTheWindowIsFilledToo() {
        WindowPlacement.Placement placement = WindowPlacement.choose(List.of(new Rectangle2D(0, 0, 1280, 800)),
                Optional.empty());

        assertThat(placement.maximised()).isTrue();
        assertThat(placement.width()).isEqualTo(1280);
    }

    @Test
    void aLargeScreenGetsThePreferredSizeInItsMiddle() {
        WindowPlacement.Placement placement = WindowPlacement.choose(List.of(LARGE), Optional.empty());

        assertThat(placement).isEqualTo(new WindowPlacement.Placement(320, 120, 1280, 800, false));
    }

    @Test
    void theWindowComesBackAsItWasLeft() {
        WindowPlacement.Placement left = new WindowPlacement.Placement(100, 50, 900, 600, false);

        assertThat(WindowPlacement.choose(List.of(LAPTOP), Optional.of(left))).isEqualTo(left);
        WindowPlacement.Placement maximised = new WindowPlacement.Placement(100, 50, 900, 600, true);
        assertThat(WindowPlacement.choose(List.of(LARGE), Optional.of(maximised))).isEqualTo(maximised);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensOnTheMainScreen() {
        // left on a second screen, to the right of the laptop's, now unplugged
        WindowPlacement.Placement onProjector = new WindowPlacement.Placement(1500, 100, 1024, 700, false);

        assertThat(WindowPlacement.choose(List.of(LAPTOP), Optional.of(onProjector)))
                .isEqualTo(new WindowPlacement.Placement(0, 0, 1366, 728, true));
        // with the projector still there, it goes back on it
        Rectangle2D projector = new Rectangle2D(1366, 0, 1920, 1080);
        assertThat(WindowPlacement.choose(List.of(LAPTOP, projector), Optional.of(onProjector))).isEqualTo(onProjector);
    }

    @Test
    void aWindowWhoseTitleBarWouldBeOffTheScreenIsNotPutBackThere() {
        WindowPlacement.Placement aboveTheScreen = new WindowPlacement.Placement(100, -500, 900, 600, false);
        WindowPlacement.Placement belowTheScreen = new WindowPlacement.Placement(100, 1000, 900, 600, false);
        WindowPlacement.Placement leftOfTheScreen = new WindowPlacement.Placement(-850, 50, 900, 600, false);

        for (WindowPlacement.Placement lost : List.of(aboveTheScreen, belowTheScreen, leftOfTheScreen)) {
            assertThat(WindowPlacement.choose(List.of(LARGE), Optional.of(lost)))
                    .as("%s", lost).isEqualTo(new WindowPlacement.Placement(320, 120, 1280, 800, false));
        }
    }

    @Test
    void aWindowLargerThanTheScreenNowIsShrunkOntoIt() {
        // left at 1900 × 1000 on a large screen; the same place is on the laptop's screen, too large for it
        WindowPlacement.Placement large = new WindowPlacement.Placement(10, 10, 1900, 1000, false);

        WindowPlacement.Placement placement = WindowPlacement.choose(List.of(LAPTOP), Optional.of(large));

        assertThat(placement).isEqualTo(new WindowPlacement.Placement(0, 0, 1366, 728, false));
    }
}
