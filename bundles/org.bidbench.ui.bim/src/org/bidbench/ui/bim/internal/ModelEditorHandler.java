package org.bidbench.ui.bim.internal;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;

/**
 * A command that acts on the active model editor ({@code plugin.xml} activates the handler only
 * while one is the page's active editor). A handler whose command is a toggle or a radio choice
 * overrides {@link #checked} so the button and the menu show the state of that editor.
 */
abstract class ModelEditorHandler extends AbstractHandler implements IElementUpdater {

	@Override
	public final Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ModelEditor editor) {
			run(editor, event);
		}
		return null;
	}

	abstract void run(ModelEditor editor, ExecutionEvent event);

	/** Whether the item of this command with these parameters shows checked; {@code null}: not a toggle. */
	Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
		return null;
	}

	@Override
	public final void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
		if (window == null) {
			window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		}
		IEditorPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		if (part instanceof ModelEditor editor && editor.viewer() != null) {
			Boolean on = checked(editor, parameters);
			if (on != null) {
				element.setChecked(on);
			}
		}
	}

	/** A numeric parameter, or {@code fallback} when absent. */
	static double number(ExecutionEvent event, String parameter, double fallback) {
		String value = event.getParameter(parameter);
		return value == null ? fallback : Double.parseDouble(value);
	}
}
