package org.bidbench.ui.management.internal;

import org.bidbench.ui.management.ManagementViews;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The cockpit: dashboard, forecast and collections above (two thirds: their charts need the height), risk flags and the figure's opportunities below. */
public class ManagementPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		IFolderLayout main = layout.createFolder("org.bidbench.ui.management.main", IPageLayout.TOP, 0.68f, layout.getEditorArea());
		main.addView(ManagementViews.DASHBOARD);
		main.addView(ManagementViews.FORECAST);
		main.addView(ManagementViews.COLLECTIONS);
		IFolderLayout below = layout.createFolder("org.bidbench.ui.management.below", IPageLayout.BOTTOM, 0.68f,
				"org.bidbench.ui.management.main");
		below.addView(ManagementViews.FLAGS);
		below.addView(ManagementViews.DRILL_DOWN);
		layout.getViewLayout(ManagementViews.DASHBOARD).setCloseable(false);
	}
}
