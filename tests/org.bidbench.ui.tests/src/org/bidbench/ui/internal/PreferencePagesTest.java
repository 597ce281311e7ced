package org.bidbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.ui.internal.preferences.BidBenchPreferences;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window > Preferences in the real workbench: BidBench's pages are there, open, and keep what is chosen. */
class PreferencePagesTest {

	private static final List<String> PAGES = List.of("org.bidbench.ui.preferences.general", "org.bidbench.ui.preferences.takeoff",
			"org.bidbench.ui.preferences.reports", "org.bidbench.ui.preferences.store", "org.bidbench.ui.preferences.viewer");

	private static PreferenceDialog open(String page) {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), page, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		drain();
		return dialog;
	}

	private static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the dialog lay out
		}
	}

	@Test
	void everyBidBenchPageIsInThePreferenceDialogAndOpens() {
		PreferenceDialog dialog = open(PAGES.get(0));
		try {
			IPreferenceNode general = dialog.getPreferenceManager().find(PAGES.get(0));
			assertNotNull(general, "the BidBench page");
			List<String> children = new ArrayList<>();
			for (IPreferenceNode child : general.getSubNodes()) {
				children.add(child.getId());
			}
			assertEquals(PAGES.subList(1, PAGES.size()),
					children.stream().filter(PAGES::contains).sorted((a, b) -> PAGES.indexOf(a) - PAGES.indexOf(b)).toList(),
					"the pages under BidBench: " + children);
		} finally {
			dialog.close();
		}
		// Each page, opened as Window > Preferences opens it on that page: created, titled, valid with the defaults.
		for (String id : PAGES) {
			PreferenceDialog onPage = open(id);
			try {
				PreferencePage page = (PreferencePage) onPage.getSelectedPage();
				assertNotNull(page, id + " is not shown");
				assertEquals(id, findAnywhere(onPage, id).getId());
				assertTrue(findAnywhere(onPage, id).getPage() == page, id + " is not the page shown");
				assertNotNull(page.getControl(), id + " was not created");
				assertFalse(page.getTitle() == null || page.getTitle().isBlank(), id + " has no title");
				assertTrue(page.isValid(), id + " is not valid with the defaults: " + page.getErrorMessage());
			} finally {
				onPage.close();
			}
		}
	}

	@Test
	void theLanguageChosenIsWrittenWhereTheLauncherReadsIt(@TempDir Path state) throws Exception {
		System.setProperty("bidbench.state", state.toString());
		try {
			PreferenceDialog dialog = open(PAGES.get(0));
			try {
				Combo language = findCombo(((PreferencePage) dialog.getSelectedPage()).getControl());
				assertNotNull(language, "the language choice");
				assertEquals(3, language.getItemCount(), "system, English, Chinese");
				language.select(2);
				language.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
				assertTrue(((PreferencePage) dialog.getSelectedPage()).performOk(), "the page accepts");
			} finally {
				dialog.close();
			}
			assertEquals("zh_CN", Files.readString(state.resolve("language")).strip(), "the launcher's $STATE/language");
			assertEquals("zh_CN", BidBenchPreferences.readLanguage());

			BidBenchPreferences.writeLanguage(BidBenchPreferences.SYSTEM_LANGUAGE);
			assertFalse(Files.exists(state.resolve("language")), "the OS locale: no file, so the launcher passes no -nl");
		} finally {
			System.clearProperty("bidbench.state");
		}
	}

	private static IPreferenceNode findAnywhere(PreferenceDialog dialog, String id) {
		for (Object element : dialog.getPreferenceManager().getElements(org.eclipse.jface.preference.PreferenceManager.PRE_ORDER)) {
			IPreferenceNode node = (IPreferenceNode) element;
			if (node.getId().equals(id)) {
				return node;
			}
		}
		return null;
	}

	private static Combo findCombo(Control control) {
		if (control instanceof Combo combo) {
			return combo;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Combo found = findCombo(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
