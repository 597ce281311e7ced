package org.bidbench.ui.bim.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.geometry.Colour;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * "Colour model" of the take-off view: each element in the colour of the first line it contributes
 * to, and a swatch of that colour beside the line in the table.
 */
final class LineColours {

	private final Map<TakeoffLine, Colour> colours = new HashMap<>();
	private final Map<TakeoffLine, Image> swatches = new HashMap<>();

	/**
	 * Paints every element of the result's model in the colour of its first line (elements in no
	 * line keep their material colour), or gives the model its own colours back. Returns what the
	 * summary says, or {@code null} when there is nothing to say.
	 */
	String apply(ModelEditor editor, TakeoffResult result, boolean on, String legendTitle) {
		dispose();
		colours.clear();
		if (editor == null || editor.scene() == null || result == null) {
			return null;
		}
		if (!on) {
			editor.scene().clearColours();
			editor.colours().endTakeoffColours();
			return null;
		}
		Map<String, Integer> lineOf = new HashMap<>();
		List<TakeoffLine> lines = result.lines();
		for (int i = 0; i < lines.size(); i++) {
			for (String id : lines.get(i).globalIds()) {
				lineOf.putIfAbsent(id, i);
			}
		}
		Map<Object, Colour> legend = editor.scene().colourBy(e -> e.globalId() == null ? null : lineOf.get(e.globalId()));
		legend.forEach((index, colour) -> colours.put(lines.get((Integer) index), colour));
		// The editor's legend names the lines now painted on the model, not the "Colour by" mode they painted over.
		Map<Object, Colour> named = new LinkedHashMap<>();
		legend.forEach((index, colour) -> {
			int i = (Integer) index;
			String name = lines.get(i).description();
			if (name == null || name.isBlank()) {
				name = lines.get(i).itemCode();
			}
			named.put(named.containsKey(name) ? name + " (" + (i + 1) + ")" : name, colour);
		});
		editor.colours().showTakeoffColours(legendTitle, named);
		return NLS.bind(Messages.Takeoff_linesColoured, new Object[]{colours.size(), lines.size(), editor.getPartName()});
	}

	/** The colour of a line's elements while the model is coloured by line, or {@code null}. */
	Colour colour(TakeoffLine line) {
		return colours.get(line);
	}

	/** A 12 px square of the line's colour for the table, or {@code null} when it has none. */
	Image swatch(TakeoffLine line, Display display) {
		Colour c = colours.get(line);
		if (c == null) {
			return null;
		}
		return swatches.computeIfAbsent(line, l -> {
			Image image = new Image(display, 12, 12);
			GC gc = new GC(image);
			Color fill = new Color(Math.round(c.red() * 255), Math.round(c.green() * 255), Math.round(c.blue() * 255));
			gc.setBackground(fill);
			gc.fillRectangle(0, 0, 12, 12);
			gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawRectangle(0, 0, 11, 11);
			gc.dispose();
			fill.dispose();
			return image;
		});
	}

	void dispose() {
		swatches.values().forEach(Image::dispose);
		swatches.clear();
	}
}
