package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bidbench.geometry.Colour;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What each colour means while the model is coloured by class, storey or material: a wrapping row
 * of swatches and names under the tool bar, gone when the material colours are back.
 */
final class ColourLegend {

	private final Composite row;
	private final List<Color> colours = new ArrayList<>();
	private String mode;

	/** Made in a parent with a {@code GridLayout}; hidden until {@link #show} is called. */
	ColourLegend(Composite parent) {
		row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.spacing = 6;
		layout.marginTop = layout.marginBottom = 2;
		row.setLayout(layout);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.exclude = true;
		row.setLayoutData(data);
		row.setVisible(false);
		row.addDisposeListener(e -> disposeColours());
	}

	Control control() {
		return row;
	}

	/** The colouring shown ({@code null} when none): the label of the "Colour by" mode. */
	String mode() {
		return mode;
	}

	/** The names listed, in order. */
	List<String> names() {
		List<String> out = new ArrayList<>();
		Control[] children = row.getChildren();
		for (int i = 2; i < children.length; i += 2) { // title, then swatch and name pairs
			out.add(((Label) children[i]).getText());
		}
		return out;
	}

	/** Lists the groups of a colouring; {@code null} or an empty map hides the legend. */
	void show(String modeLabel, Map<Object, Colour> legend) {
		for (Control c : row.getChildren()) {
			c.dispose();
		}
		disposeColours();
		mode = legend == null || legend.isEmpty() ? null : modeLabel;
		boolean on = mode != null;
		if (on) {
			Label title = new Label(row, SWT.NONE);
			title.setText(NLS.bind(EditorMessages.legendTitle, modeLabel));
			for (var entry : legend.entrySet()) {
				Colour c = entry.getValue();
				Color swatchColour = new Color(Math.round(c.red() * 255), Math.round(c.green() * 255), Math.round(c.blue() * 255));
				colours.add(swatchColour);
				Label swatch = new Label(row, SWT.BORDER);
				swatch.setBackground(swatchColour);
				swatch.setLayoutData(new RowData(14, 14));
				Label name = new Label(row, SWT.NONE);
				name.setText(String.valueOf(entry.getKey()));
			}
		}
		((GridData) row.getLayoutData()).exclude = !on;
		row.setVisible(on);
		row.getParent().layout(true, true);
	}

	private void disposeColours() {
		colours.clear(); // SWT Colors made without a device hold no system resource
	}
}
