package org.bidbench.ui.internal.preferences;

import java.io.IOException;

import org.bidbench.ui.internal.Messages;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;

/**
 * Language, units and decimals. The language is not switched live: Eclipse reads it once at start
 * ({@code -nl}), so the page writes it where the launcher looks and says it applies at restart.
 */
public class GeneralPreferencePage extends FieldPage {

	public GeneralPreferencePage() {
		super(Messages.Preferences_generalDescription);
	}

	@Override
	public void init(org.eclipse.ui.IWorkbench workbench) {
		super.init(workbench);
		// The launcher's file is the truth (a user may also have edited it): show what it holds.
		getPreferenceStore().setValue(BidBenchPreferences.LANGUAGE, BidBenchPreferences.readLanguage());
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(BidBenchPreferences.LANGUAGE, Messages.Preferences_language,
				new String[][]{{Messages.Preferences_languageSystem, BidBenchPreferences.SYSTEM_LANGUAGE},
						{"English", "en"}, {"\u4e2d\u6587\uff08\u7b80\u4f53\uff09", "zh_CN"}},
				getFieldEditorParent()));
		addField(new ComboFieldEditor(BidBenchPreferences.LENGTH_UNIT, Messages.Preferences_lengthUnit,
				new String[][]{{Messages.Preferences_metres, "m"}, {Messages.Preferences_millimetres, "mm"}},
				getFieldEditorParent()));
		IntegerFieldEditor quantities = new IntegerFieldEditor(BidBenchPreferences.QUANTITY_DECIMALS,
				Messages.Preferences_quantityDecimals, getFieldEditorParent());
		quantities.setValidRange(0, 6);
		addField(quantities);
		IntegerFieldEditor money = new IntegerFieldEditor(BidBenchPreferences.MONEY_DECIMALS, Messages.Preferences_moneyDecimals,
				getFieldEditorParent());
		money.setValidRange(0, 4);
		addField(money);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		try {
			BidBenchPreferences.writeLanguage(getPreferenceStore().getString(BidBenchPreferences.LANGUAGE));
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_languageNotSaved, BidBenchPreferences.languageFile(), e.getMessage()));
			return false;
		}
		return ok;
	}
}
