package org.bidbench.ui.internal.preferences;

import org.bidbench.ui.internal.Messages;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;

/** The 3D viewer's settings, kept under {@code viewer.*} for the viewer to read. */
public class ViewerPreferencePage extends FieldPage {

	public ViewerPreferencePage() {
		super(Messages.Preferences_viewerDescription);
	}

	@Override
	protected void createFieldEditors() {
		addField(new ColorFieldEditor(BidBenchPreferences.VIEWER_BACKGROUND, Messages.Preferences_background, getFieldEditorParent()));
		addField(new BooleanFieldEditor(BidBenchPreferences.VIEWER_ANTIALIASING, Messages.Preferences_antialiasing,
				getFieldEditorParent()));
		addField(new DecimalFieldEditor(BidBenchPreferences.VIEWER_LOD_TOLERANCE, Messages.Preferences_lodTolerance, 0, 20));
		addField(new DecimalFieldEditor(BidBenchPreferences.VIEWER_WALK_SPEED, Messages.Preferences_walkSpeed, 0.1, 20));
	}

	/** A decimal number within a range, kept as text with a dot. */
	private final class DecimalFieldEditor extends StringFieldEditor {

		private final double min;
		private final double max;

		DecimalFieldEditor(String key, String label, double min, double max) {
			super(key, label, getFieldEditorParent());
			this.min = min;
			this.max = max;
			setErrorMessage(org.eclipse.osgi.util.NLS.bind(Messages.Preferences_decimalRange, new Object[]{label, min, max}));
		}

		@Override
		protected boolean doCheckState() {
			try {
				double value = Double.parseDouble(getStringValue().strip());
				return value >= min && value <= max;
			} catch (NumberFormatException e) {
				return false;
			}
		}
	}
}
