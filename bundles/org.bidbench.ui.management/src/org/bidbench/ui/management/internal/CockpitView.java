package org.bidbench.ui.management.internal;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.ui.sales.SalesSession;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the management cockpit: it shows the sales session's data and shows it again whenever
 * the session changes (an edit, an undo, another client's change through the team store).
 */
abstract class CockpitView extends ViewPart {

	private final Runnable sessionListener = this::refresh;

	/** Shows the session's data again. */
	public abstract void refresh();

	/** The control that takes the focus when the view is activated. */
	abstract Control focusControl();

	/** Starts following the session; the view's part control is complete. */
	final void followSession() {
		SalesSession.get().addListener(sessionListener);
	}

	/** A heading and every cell of a table as shown, for tests that read the view as a user does. */
	static List<String> shownTexts(Label summary, Table table) {
		List<String> texts = new ArrayList<>();
		texts.add(summary.getText());
		texts.addAll(Cockpit.cellTexts(table));
		return texts;
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
