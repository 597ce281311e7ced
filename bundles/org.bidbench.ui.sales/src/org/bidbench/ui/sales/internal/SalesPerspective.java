package org.bidbench.ui.sales.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Customers and opportunities on the left, the selected deal in the editor area, gates below. */
public class SalesPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		// No sales editors yet: the pipeline gets the room; opening an editor shows the area again.
		layout.setEditorAreaVisible(false);
		IPlaceholderFolderLayout navigation = layout.createPlaceholderFolder("org.bidbench.ui.sales.navigation", IPageLayout.LEFT, 0.25f, editorArea);
		navigation.addPlaceholder("org.bidbench.ui.sales.views.*");
		IFolderLayout main = layout.createFolder("org.bidbench.ui.sales.main", IPageLayout.TOP, 0.7f, editorArea);
		main.addView(PipelineView.ID);
		main.addView(BidBenchPerspectives.WELCOME_VIEW);
		IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder("org.bidbench.ui.sales.bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
		bottom.addPlaceholder("org.bidbench.ui.sales.gates.*");
	}
}
