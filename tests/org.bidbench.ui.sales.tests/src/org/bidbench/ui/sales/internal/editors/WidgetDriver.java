package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Drives the editors' and views' widgets as a user would: presses the button with a label,
 * selects a table row, picks a combo entry (each firing the event the real click fires), so the
 * tests go through the same listeners, dialogs and commands as the user. Dialogs are answered
 * with {@link SalesDialog#answerWith}.
 */
public final class WidgetDriver {

	private WidgetDriver() {
	}

	/** Opens the page of the opportunity editor (pages are built when first shown). */
	public static SalesFormPage page(OpportunityEditor editor, String id) {
		editor.setActivePage(id);
		dispatch();
		return (SalesFormPage) editor.findPage(id);
	}

	/** Presses the enabled button labelled {@code label} under {@code root}; fails when there is none. */
	public static void press(Control root, String label) {
		Button button = button(root, label);
		if (!button.isEnabled()) {
			throw new AssertionError("button '" + label + "' is disabled");
		}
		button.notifyListeners(SWT.Selection, new Event());
		dispatch();
	}

	public static Button button(Control root, String label) {
		return all(root, Button.class).stream().filter(b -> label.equals(b.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no button '" + label + "' in " + all(root, Button.class).stream().map(Button::getText).toList()));
	}

	/** Selects the first row of the {@code index}-th table under {@code root} whose element matches. */
	public static void selectRow(Control root, int index, Predicate<Object> row) {
		Table table = all(root, Table.class).get(index);
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length; i++) {
			if (row.test(items[i].getData())) {
				table.setSelection(i);
				Event event = new Event();
				event.item = items[i];
				table.notifyListeners(SWT.Selection, event);
				dispatch();
				return;
			}
		}
		throw new AssertionError("no such row among " + items.length + " in table " + index);
	}

	/** Picks the entry shown as {@code item} in the {@code index}-th combo under {@code root}. */
	public static void pick(Control root, int index, String item) {
		Combo combo = all(root, Combo.class).get(index);
		int at = combo.indexOf(item);
		if (at < 0) {
			throw new AssertionError("no '" + item + "' in " + List.of(combo.getItems()));
		}
		combo.select(at);
		combo.notifyListeners(SWT.Selection, new Event());
		dispatch();
	}

	/** The widgets of a type under {@code root}, in creation order. */
	public static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}

	public static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the pages refresh and paint
		}
	}
}
