package org.bidbench.ui.internal.preferences;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.ui.internal.Messages;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;

/**
 * The default rule pack, the geometry engine and its time budget. The choices are read from the
 * extension registry, so contributed packs and engines appear without this bundle knowing them.
 */
public class TakeoffPreferencePage extends FieldPage {

	public TakeoffPreferencePage() {
		super(Messages.Preferences_takeoffDescription);
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(BidBenchPreferences.RULE_PACK, Messages.Preferences_rulePack, rulePacks(),
				getFieldEditorParent()));
		addField(new ComboFieldEditor(BidBenchPreferences.GEOMETRY_ENGINE, Messages.Preferences_geometryEngine, engines(),
				getFieldEditorParent()));
		IntegerFieldEditor budget = new IntegerFieldEditor(BidBenchPreferences.GEOMETRY_TIME_BUDGET,
				Messages.Preferences_timeBudget, getFieldEditorParent());
		budget.setValidRange(5, 3600);
		addField(budget);
	}

	/** Each contributed pack by the name of its file (the pack id), e.g. {@code general-building}. */
	static String[][] rulePacks() {
		List<String[]> packs = new ArrayList<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.bidbench.qto.rulepacks")) {
			String file = e.getAttribute("file");
			if (file == null) {
				continue;
			}
			String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.qto\\.ya?ml$", "");
			packs.add(new String[]{name, name});
		}
		if (packs.isEmpty()) {
			packs.add(new String[]{"general-building", "general-building"});
		}
		return packs.toArray(String[][]::new);
	}

	/** The automatic choice (highest priority) first, then each contributed engine by its name. */
	static String[][] engines() {
		List<String[]> engines = new ArrayList<>();
		engines.add(new String[]{Messages.Preferences_engineAutomatic, ""});
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.bidbench.geometry.engines")) {
			if (e.getAttribute("id") != null) {
				engines.add(new String[]{e.getAttribute("name"), e.getAttribute("id")});
			}
		}
		return engines.toArray(String[][]::new);
	}
}
