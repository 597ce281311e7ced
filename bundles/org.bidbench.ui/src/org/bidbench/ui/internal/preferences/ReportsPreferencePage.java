package org.bidbench.ui.internal.preferences;

import org.bidbench.ui.internal.Messages;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;

/** The font reports are set in, the company's name and its letterhead (an image or PDF at the top of each first page). */
public class ReportsPreferencePage extends FieldPage {

	public ReportsPreferencePage() {
		super(Messages.Preferences_reportsDescription);
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(BidBenchPreferences.REPORT_FONT, Messages.Preferences_reportFont, getFieldEditorParent()));
		addField(new StringFieldEditor(BidBenchPreferences.COMPANY_NAME, Messages.Preferences_companyName, getFieldEditorParent()));
		FileFieldEditor letterhead = new FileFieldEditor(BidBenchPreferences.LETTERHEAD, Messages.Preferences_letterhead, true,
				getFieldEditorParent());
		letterhead.setFileExtensions(new String[]{"*.png;*.jpg;*.svg;*.pdf", "*.*"});
		letterhead.setEmptyStringAllowed(true);
		addField(letterhead);
	}
}
