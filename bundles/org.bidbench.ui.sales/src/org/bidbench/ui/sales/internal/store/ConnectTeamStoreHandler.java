package org.bidbench.ui.sales.internal.store;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Connect to Team Store...: the session works on a shared PostgreSQL store from then on. */
public final class ConnectTeamStoreHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		TeamStoreConnection.askAndConnect(HandlerUtil.getActiveShell(event), null);
		return null;
	}
}
