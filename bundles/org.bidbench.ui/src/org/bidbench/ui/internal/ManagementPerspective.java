package org.bidbench.ui.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Pipeline, KPIs and collections for sales managers. */
public class ManagementPerspective implements IPerspectiveFactory {

	/** Folder where the KPI and pipeline views of the management issue will open. */
	public static final String MAIN_FOLDER = "org.bidbench.ui.management.main";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		IFolderLayout main = layout.createFolder(MAIN_FOLDER, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
		main.addView(BidBenchPerspectives.WELCOME_VIEW);
		main.addPlaceholder("org.bidbench.ui.management.*");
	}
}
