package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Show Element by Link...: asks for a {@code bidbench://select/} link (offering the one on the
 * clipboard, e.g. copied from a quote PDF) and shows its element.
 */
public final class ShowElementByLinkHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.bidbench.ui.bim.commands.showElementByLink";
	static final String TITLE = ViewMessages.linkDialogTitle;
	static final String PROMPT = NLS.bind(ViewMessages.linkPrompt, ElementLink.PREFIX);

	/** Says what is wrong with the text, or nothing when it is a link. */
	static final IInputValidator VALIDATOR = text -> {
		if (text == null || text.isBlank()) {
			return NLS.bind(ViewMessages.linkEmpty, ElementLink.PREFIX);
		}
		try {
			ElementLink.parse(text);
			return null;
		} catch (IllegalArgumentException e) {
			return NLS.bind(ViewMessages.linkInvalid, e.getMessage());
		}
	};

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		InputDialog dialog = new InputDialog(window.getShell(), TITLE, PROMPT, linkOnClipboard(window.getShell().getDisplay()),
				VALIDATOR);
		if (dialog.open() != Window.OK) {
			return null;
		}
		String problem;
		try {
			problem = ElementLinks.follow(window.getActivePage(), dialog.getValue());
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		if (problem != null) {
			MessageDialog.openInformation(window.getShell(), TITLE, problem);
		}
		return problem == null;
	}

	/** The clipboard's text when it is an element link, else the empty text. */
	static String linkOnClipboard(Display display) {
		Clipboard clipboard = new Clipboard(display);
		try {
			if (clipboard.getContents(TextTransfer.getInstance()) instanceof String text && VALIDATOR.isValid(text) == null) {
				return text.strip();
			}
			return "";
		} finally {
			clipboard.dispose();
		}
	}
}
