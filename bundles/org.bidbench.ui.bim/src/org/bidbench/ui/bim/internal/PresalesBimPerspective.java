package org.bidbench.ui.bim.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Model tree left, the model viewer in the editor area, properties right, take-off below. */
public class PresalesBimPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout tree = layout.createFolder("org.bidbench.ui.bim.tree", IPageLayout.LEFT, 0.22f, editorArea);
		tree.addView(ModelTreeView.ID);
		IFolderLayout welcome = layout.createFolder("org.bidbench.ui.bim.welcome", IPageLayout.BOTTOM, 0.7f, "org.bidbench.ui.bim.tree");
		welcome.addView(BidBenchPerspectives.WELCOME_VIEW);
		IFolderLayout properties = layout.createFolder("org.bidbench.ui.bim.properties", IPageLayout.RIGHT, 0.74f, editorArea);
		properties.addView(PropertiesView.ID);
		IFolderLayout takeoff = layout.createFolder("org.bidbench.ui.bim.takeoff", IPageLayout.BOTTOM, 0.7f, editorArea);
		takeoff.addView(TakeoffView.ID);
		layout.addShowViewShortcut(ModelTreeView.ID);
		layout.addShowViewShortcut(PropertiesView.ID);
		layout.addShowViewShortcut(TakeoffView.ID);
	}
}
