package fr.caprse.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region drawn on a canvas that follows its size: laid out, the canvas takes the region's size, is
 * cleared and painted again. The charts that draw themselves (the results' radar, the workshop's
 * groups radar) only say how to paint.
 */
public abstract class CanvasRegion extends Region {

    private final Canvas canvas = new Canvas();

    protected CanvasRegion() {
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Clears the canvas and paints it again at its present size. */
    protected final void draw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        paint(g, width, height);
    }

    /** Paints on the cleared canvas, {@code width} × {@code height}. */
    protected abstract void paint(GraphicsContext g, double width, double height);
}
