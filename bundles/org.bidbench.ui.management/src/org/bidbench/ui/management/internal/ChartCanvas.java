package org.bidbench.ui.management.internal;

import java.io.ByteArrayInputStream;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Shows a chart that JFreeChart draws to PNG (the same images the KPI report embeds), redrawn at
 * the canvas's size when it changes size or the data changes.
 */
final class ChartCanvas extends Canvas {

	private BiFunction<Integer, Integer, byte[]> chart;
	private Image image;
	private Point drawnAt;

	ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addPaintListener(e -> {
			Point size = getSize();
			if (chart == null || size.x < 50 || size.y < 50) {
				return;
			}
			if (image == null || !size.equals(drawnAt)) {
				disposeImage();
				image = new Image(getDisplay(), new ImageData(new ByteArrayInputStream(chart.apply(size.x, size.y))));
				drawnAt = size;
			}
			e.gc.drawImage(image, 0, 0);
		});
		addListener(SWT.Resize, e -> redraw());
		addDisposeListener(e -> disposeImage());
	}

	/** The chart as a function of width and height in pixels; null to show nothing. */
	void setChart(BiFunction<Integer, Integer, byte[]> chart) {
		this.chart = chart;
		disposeImage();
		redraw();
	}

	boolean hasChart() {
		return chart != null;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
