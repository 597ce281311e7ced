package org.bidbench.ui.bim.internal;

import java.nio.file.Path;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;

/** Model files dropped on the 3D view open in editors of their own. */
final class ModelFileDrop extends DropTargetAdapter {

	private final IWorkbenchPage page;

	private ModelFileDrop(IWorkbenchPage page) {
		this.page = page;
	}

	static void install(Control control, IWorkbenchPage page) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[]{FileTransfer.getInstance()});
		target.addDropListener(new ModelFileDrop(page));
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = DND.DROP_COPY;
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (event.data instanceof String[] files) {
			for (String f : files) {
				OpenModelHandler.open(page, Path.of(f));
			}
		}
	}
}
