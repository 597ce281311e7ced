package org.bidbench.ui.sales;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;

/**
 * A view that shows the state of the {@link SalesSession} and follows every change to it: the views
 * of the Sales and Management perspectives. It stops listening when it is closed.
 */
public abstract class SalesSessionView extends ViewPart {

	private final Runnable sessionListener = this::refresh;

	/** Shows the session's state again; called on every change of the session once {@link #followSession()} ran. */
	public abstract void refresh();

	/** The control that takes the focus when the view is activated. */
	protected abstract Control focusControl();

	/** From now on {@link #refresh()} follows every change of the session; call it last in {@code createPartControl}. */
	protected final void followSession() {
		SalesSession.get().addListener(sessionListener);
	}

	@Override
	public void setFocus() {
		focusControl().setFocus();
	}

	@Override
	public void dispose() {
		SalesSession.get().removeListener(sessionListener);
		super.dispose();
	}
}
