package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small form dialog for one sales action: labelled fields, a check that names what is missing
 * (shown in the title area, OK disabled until it passes), and the values read when OK is pressed.
 */
public abstract class SalesDialog extends TitleAreaDialog {

	private final String title;
	private final String message;
	private final List<Supplier<String>> checks = new ArrayList<>();

	protected SalesDialog(Shell parent, String title, String message) {
		super(parent);
		this.title = title;
		this.message = message;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		createFields(fields);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	/** Adds the fields with {@link #text}, {@link #combo}, {@link #require}. */
	protected abstract void createFields(Composite fields);

	/** Reads the values; called on OK while the widgets still exist. */
	protected abstract void read();

	protected Text text(Composite fields, String label, String initial, boolean multiLine) {
		Label l = new Label(fields, SWT.NONE);
		l.setText(label);
		l.setLayoutData(new GridData(SWT.LEFT, multiLine ? SWT.TOP : SWT.CENTER, false, false));
		Text text = new Text(fields, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, multiLine ? SWT.FILL : SWT.CENTER, true, multiLine);
		data.widthHint = 360;
		if (multiLine) {
			data.heightHint = 80;
		}
		text.setLayoutData(data);
		text.setText(initial == null ? "" : initial); //$NON-NLS-1$
		text.addModifyListener(e -> validate());
		return text;
	}

	/** A read-only choice among {@code items} shown through {@code label}; {@code none} adds an empty first entry. */
	protected <T> Choice<T> combo(Composite fields, String label, List<T> items, Function<T, String> labels, T initial, String none) {
		Label l = new Label(fields, SWT.NONE);
		l.setText(label);
		Combo combo = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Choice<T> choice = new Choice<>(combo, items, none != null);
		if (none != null) {
			combo.add(none);
		}
		items.forEach(item -> combo.add(labels.apply(item)));
		combo.select(Math.max(0, items.indexOf(initial) + (none != null ? 1 : 0)));
		if (initial == null && none == null && !items.isEmpty()) {
			combo.select(0);
		}
		combo.addListener(SWT.Selection, e -> validate());
		return choice;
	}

	/** A check run on every change: returns what is missing or wrong, or null. */
	protected void require(Supplier<String> check) {
		checks.add(check);
	}

	protected void validate() {
		String problem = null;
		for (Supplier<String> check : checks) {
			problem = check.get();
			if (problem != null) {
				break;
			}
		}
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		read();
		super.okPressed();
	}

	/** A combo over domain objects. */
	public static final class Choice<T> {
		private final Combo combo;
		private final List<T> items;
		private final boolean hasNone;

		Choice(Combo combo, List<T> items, boolean hasNone) {
			this.combo = combo;
			this.items = List.copyOf(items);
			this.hasNone = hasNone;
		}

		/** The chosen item; null for the empty entry. */
		public T selected() {
			int index = combo.getSelectionIndex() - (hasNone ? 1 : 0);
			return index < 0 || index >= items.size() ? null : items.get(index);
		}

		public Combo combo() {
			return combo;
		}
	}
}
