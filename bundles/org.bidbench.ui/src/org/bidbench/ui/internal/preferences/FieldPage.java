package org.bidbench.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** A page of field editors over the workbench's preference store. */
abstract class FieldPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	FieldPage(String description) {
		super(GRID);
		setDescription(description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(BidBenchPreferences.store());
	}
}
