package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Quote;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.editors.TakeoffQuoting;
import org.bidbench.ui.sales.internal.editors.QuotesPage;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Price into Quote of Opportunity..." of the Presales take-off view: the take-off it shows
 * becomes the next quote revision of the opportunity chosen, which then opens on its Quotes page.
 */
public class PriceTakeoffHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var shell = HandlerUtil.getActiveShellChecked(event);
		var takeoff = TakeoffQuoting.takeoffOf(HandlerUtil.getActivePart(event));
		Quote quote = TakeoffQuoting.price(shell, takeoff, null);
		if (quote != null && SalesSession.get().isLoaded()) {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
			IEditorPart editor = SalesEditors.open(page, quote.eContainer());
			if (editor instanceof FormEditor form) {
				form.setActivePage(QuotesPage.ID);
			}
		}
		return null;
	}
}
