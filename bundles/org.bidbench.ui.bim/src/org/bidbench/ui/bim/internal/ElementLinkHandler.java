package org.bidbench.ui.bim.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Command "Follow Element Link": follows a {@code bidbench://select/<GlobalId>} link given as parameter. */
public final class ElementLinkHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.bidbench.ui.bim.commands.selectElement";
	public static final String URI_PARAMETER = "org.bidbench.ui.bim.commands.selectElement.uri";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		String uri = event.getParameter(URI_PARAMETER);
		if (uri == null) {
			throw new ExecutionException("the command " + COMMAND_ID + " needs the parameter " + URI_PARAMETER
					+ " (a " + ElementLinks.PREFIX + "<GlobalId> link)");
		}
		String problem;
		try {
			problem = ElementLinks.follow(window.getActivePage(), uri);
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		if (problem != null) {
			MessageDialog.openInformation(window.getShell(), ViewMessages.linkShowElementTitle, problem);
		}
		return problem == null;
	}
}
