package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.ui.sales.SalesSession;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Save (Ctrl+S) in the sales views and editors: saves the session's changed files. */
public class SaveSalesDataHandler extends AbstractHandler {

	private final Runnable listener = () -> setBaseEnabled(SalesSession.get().isDirty());

	public SaveSalesDataHandler() {
		SalesSession.get().addListener(listener);
		setBaseEnabled(SalesSession.get().isDirty());
	}

	@Override
	public void dispose() {
		SalesSession.get().removeListener(listener);
		super.dispose();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		SalesSave.save(HandlerUtil.getActiveShell(event));
		return null;
	}
}
