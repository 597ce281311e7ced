package org.bidbench.ui.internal.preferences;

import org.bidbench.ui.internal.Messages;
import org.eclipse.jface.preference.StringFieldEditor;

/**
 * The team store to open: its URL and the user. No password is kept here: the store asks for it
 * (or takes it from PGPASSWORD) when it connects.
 */
public class TeamStorePreferencePage extends FieldPage {

	public TeamStorePreferencePage() {
		super(Messages.Preferences_storeDescription);
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor url = new StringFieldEditor(BidBenchPreferences.STORE_URL, Messages.Preferences_storeUrl,
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().strip();
				return value.isEmpty() || value.startsWith("postgresql://");
			}
		};
		url.setErrorMessage(Messages.Preferences_storeUrlInvalid);
		addField(url);
		addField(new StringFieldEditor(BidBenchPreferences.STORE_USER, Messages.Preferences_storeUser, getFieldEditorParent()));
	}
}
