package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.menus.IMenuService;

/**
 * The model editor's tool bars, filled from {@code plugin.xml}'s menu contributions (navigation,
 * display, modes), in a wrapping row: GTK tool bars do not wrap and hide what does not fit behind a
 * chevron.
 */
final class EditorToolBar {

	static final String[] LOCATIONS = {"toolbar:org.bidbench.ui.bim.editor.navigation", "toolbar:org.bidbench.ui.bim.editor.display",
			"toolbar:org.bidbench.ui.bim.editor.modes"};

	private final IMenuService menus;
	private final List<ToolBarManager> bars = new ArrayList<>();

	EditorToolBar(Composite parent, IMenuService menus) {
		this.menus = menus;
		Composite row = new Composite(parent, SWT.NONE);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.marginTop = layout.marginBottom = layout.marginLeft = layout.marginRight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (String location : LOCATIONS) {
			ToolBarManager bar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
			menus.populateContributionManager(bar, location);
			bar.createControl(row);
			bars.add(bar);
		}
	}

	/**
	 * The tool bar button of a command, or {@code null} (tests). Found by the contribution's id
	 * ({@code org.bidbench.ui.bim.toolbar.} and the command's last name): the workbench may render
	 * a contribution as an item class of its own, which names its command differently.
	 */
	ToolItem item(String commandId) {
		String id = "org.bidbench.ui.bim.toolbar." + commandId.substring(commandId.lastIndexOf('.') + 1);
		for (ToolBarManager bar : bars) {
			IContributionItem contribution = bar.find(id);
			if (contribution == null) {
				continue;
			}
			for (ToolItem item : bar.getControl().getItems()) {
				if (item.getData() == contribution) {
					return item;
				}
			}
		}
		return null;
	}

	void dispose() {
		for (ToolBarManager bar : bars) {
			menus.releaseContributions(bar);
			bar.dispose();
		}
	}
}
