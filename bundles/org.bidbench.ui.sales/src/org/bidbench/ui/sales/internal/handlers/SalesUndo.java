package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit > Undo and Redo for every sales view and editor: each part hands these two actions to the
 * workbench as its handlers of {@code org.eclipse.ui.edit.undo} / {@code redo} (so Ctrl+Z and the
 * menu reach the session's command stack while the part is active), and their labels say what
 * they undo ("Undo Move to Solution").
 */
public final class SalesUndo {

	private static Action undo;
	private static Action redo;

	private SalesUndo() {
	}

	/** Makes the session's undo and redo the part's. */
	public static void hook(IActionBars bars) {
		create();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	private static synchronized void create() {
		if (undo != null) {
			return;
		}
		SalesSession session = SalesSession.get();
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo = new Action() {
			@Override
			public void run() {
				if (session.commandStack().canUndo()) {
					session.commandStack().undo();
				}
			}
		};
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo = new Action() {
			@Override
			public void run() {
				if (session.commandStack().canRedo()) {
					session.commandStack().redo();
				}
			}
		};
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		session.addListener(SalesUndo::update);
		update();
	}

	/** Enables the two actions and names the commands they would undo and redo. */
	static void update() {
		SalesSession session = SalesSession.get();
		Command next = session.commandStack().getUndoCommand();
		undo.setEnabled(next != null);
		undo.setText(next == null ? Messages.SalesUndo_undo : NLS.bind(Messages.SalesUndo_undoCommand, next.getLabel()));
		Command again = session.commandStack().getRedoCommand();
		redo.setEnabled(again != null);
		redo.setText(again == null ? Messages.SalesUndo_redo : NLS.bind(Messages.SalesUndo_redoCommand, again.getLabel()));
	}
}
