package org.bidbench.ui.sales.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.internal.navigator.SalesNavigator;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The navigator (customers, opportunities, leads) on the left, the pipeline above the editors, gates below. */
public class SalesPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout navigation = layout.createFolder("org.bidbench.ui.sales.navigation", IPageLayout.LEFT, 0.3f, editorArea);
		navigation.addView(SalesNavigator.ID);
		navigation.addPlaceholder("org.bidbench.ui.sales.views.*");
		IFolderLayout main = layout.createFolder("org.bidbench.ui.sales.main", IPageLayout.TOP, 0.4f, editorArea);
		main.addView(PipelineView.ID);
		main.addView(BidBenchPerspectives.WELCOME_VIEW);
		IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder("org.bidbench.ui.sales.bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
		bottom.addPlaceholder("org.bidbench.ui.sales.gates.*");
	}
}
