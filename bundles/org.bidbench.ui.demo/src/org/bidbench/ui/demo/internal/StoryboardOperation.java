package org.bidbench.ui.demo.internal;

import java.io.IOException;

import org.bidbench.demo.storyboard.Storyboard;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** One storyboard edit, undoable: the storyboard before and after (storyboards are immutable values). */
final class StoryboardOperation extends AbstractOperation {

	private final DemoSession session;
	private final Storyboard before;
	private final Storyboard after;

	StoryboardOperation(String label, DemoSession session, Storyboard after, IUndoContext context) {
		super(label);
		this.session = session;
		this.before = session.storyboard();
		this.after = after;
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return set(after);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return set(after);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return set(before);
	}

	private IStatus set(Storyboard board) throws ExecutionException {
		try {
			session.setStoryboard(board);
			return Status.OK_STATUS;
		} catch (IOException e) {
			throw new ExecutionException(org.eclipse.osgi.util.NLS.bind(Messages.saveFailed, session.file(), e.getMessage()), e);
		}
	}
}
