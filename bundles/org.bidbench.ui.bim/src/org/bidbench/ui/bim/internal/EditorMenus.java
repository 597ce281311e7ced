package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.viewer.Viewpoint;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * The menus whose items depend on the model: its storeys, its saved viewpoints, and the walker's
 * settings. Each item runs a command with a parameter, so a key binding or a test runs the same.
 */
public final class EditorMenus {

	private EditorMenus() {
	}

	private static ModelEditor activeEditor() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		return part instanceof ModelEditor editor ? editor : null;
	}

	static CommandContributionItem item(String command, String label, int style, Map<String, String> parameters) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		CommandContributionItemParameter p = new CommandContributionItemParameter(window, null, command, style);
		p.label = label;
		p.parameters = parameters;
		return new CommandContributionItem(p);
	}

	/** Storeys: all, then each storey from the ground up with the count the model tree shows. */
	public static final class Storeys extends CompoundContributionItem {
		@Override
		protected IContributionItem[] getContributionItems() {
			ModelEditor editor = activeEditor();
			List<IContributionItem> items = new ArrayList<>();
			items.add(item(BimCommands.SHOW_STOREY, EditorMessages.toolAllStoreys, CommandContributionItem.STYLE_RADIO, Map.of()));
			if (editor != null && editor.model() != null) {
				for (IfcEntity s : editor.storeys().bottomUp()) {
					String name = s.name() == null || s.name().isBlank() ? "#" + s.id() : s.name();
					String label = NLS.bind(EditorMessages.storeyItem, name, ModelStoreys.containedCount(editor.model().spatialTree(), s));
					items.add(item(BimCommands.SHOW_STOREY, label, CommandContributionItem.STYLE_RADIO,
							Map.of(BimCommands.STOREY, Integer.toString(s.id()))));
				}
			}
			return items.toArray(IContributionItem[]::new);
		}
	}

	/** Viewpoints: each saved one (restores it), then Rename and Delete sub-menus. */
	public static final class Viewpoints extends CompoundContributionItem {
		@Override
		protected IContributionItem[] getContributionItems() {
			ModelEditor editor = activeEditor();
			List<Viewpoint> saved = editor == null ? List.of() : editor.viewpoints().list();
			List<IContributionItem> items = new ArrayList<>();
			if (saved.isEmpty()) {
				return new IContributionItem[0];
			}
			items.add(new Separator());
			MenuManager rename = new MenuManager(EditorMessages.viewpointRenameMenu);
			MenuManager delete = new MenuManager(EditorMessages.viewpointDeleteMenu);
			for (int i = 0; i < saved.size(); i++) {
				Map<String, String> index = Map.of(BimCommands.INDEX, Integer.toString(i));
				String name = saved.get(i).name();
				items.add(item(BimCommands.RESTORE_VIEWPOINT, name, CommandContributionItem.STYLE_PUSH, index));
				rename.add(item(BimCommands.RENAME_VIEWPOINT, name, CommandContributionItem.STYLE_PUSH, index));
				delete.add(item(BimCommands.DELETE_VIEWPOINT, name, CommandContributionItem.STYLE_PUSH, index));
			}
			items.add(rename);
			items.add(delete);
			return items.toArray(IContributionItem[]::new);
		}
	}

	/** Walk settings: the eye heights, then the steps, each a radio item. */
	public static final class WalkSettings extends CompoundContributionItem {
		@Override
		protected IContributionItem[] getContributionItems() {
			List<IContributionItem> items = new ArrayList<>();
			for (double h : WalkMode.EYE_HEIGHTS) {
				items.add(item(BimCommands.EYE_HEIGHT, WalkMode.eyeHeightLabel(h), CommandContributionItem.STYLE_RADIO,
						Map.of(BimCommands.HEIGHT, Double.toString(h))));
			}
			items.add(new Separator());
			for (double v : WalkMode.STEPS) {
				items.add(item(BimCommands.WALK_STEP, WalkMode.stepLabel(v), CommandContributionItem.STYLE_RADIO,
						Map.of(BimCommands.STEP, Double.toString(v))));
			}
			return items.toArray(IContributionItem[]::new);
		}
	}
}
