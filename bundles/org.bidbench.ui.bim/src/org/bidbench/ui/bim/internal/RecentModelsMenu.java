package org.bidbench.ui.bim.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File > Open Recent Model: the last models opened. */
public final class RecentModelsMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<Path> recent = RecentModels.list();
		IContributionItem[] items = new IContributionItem[recent.size()];
		for (int i = 0; i < recent.size(); i++) {
			Path file = recent.get(i);
			Action action = new Action((i + 1) + " " + file.getFileName()) {
				@Override
				public void run() {
					OpenModelHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
				}
			};
			action.setToolTipText(file.toString());
			items[i] = new ActionContributionItem(action);
		}
		return items;
	}
}
