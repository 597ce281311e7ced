package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.bidbench.ui.TitledBodyDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small form dialog for one sales action: labelled fields, a check that names what is missing
 * (shown in the title area, OK disabled until it passes), and the values read when OK is pressed.
 */
public abstract class SalesDialog extends TitledBodyDialog {

	private final String title;
	private final String message;
	private final List<Supplier<String>> checks = new ArrayList<>();
	/** The fields by their label, for {@link Answer}s. */
	private final java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();

	/** Fills a dialog in place of the user (tests, scripted demos); returns true for OK, false for Cancel. */
	public interface Answer {
		boolean fill(SalesDialog dialog);
	}

	private static Answer answer;

	/** From now on every sales dialog is answered by {@code answer} without waiting for the user; null for the user again. */
	public static void answerWith(Answer answer) {
		SalesDialog.answer = answer;
	}

	@Override
	public int open() {
		if (answer == null) {
			return super.open();
		}
		setBlockOnOpen(false);
		super.open();
		if (answer.fill(this) && getButton(IDialogConstants.OK_ID).isEnabled()) {
			okPressed();
		} else {
			cancelPressed();
		}
		return getReturnCode();
	}

	/**
	 * Opens the dialog and, when the user confirms it (its fields read), returns what
	 * {@code action} gives; null when the user cancels.
	 */
	public <T> T ifConfirmed(Supplier<T> action) {
		return open() == Window.OK ? action.get() : null;
	}

	/** Types {@code value} into the text field labelled {@code label}. */
	public void type(String label, String value) {
		if (!(fields.get(label) instanceof Text text)) {
			throw new IllegalArgumentException("no text field '" + label + "' in " + fields.keySet()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text.setText(value);
	}

	/** Chooses the entry shown as {@code item} in the choice labelled {@code label}. */
	public void choose(String label, String item) {
		if (!(fields.get(label) instanceof Combo combo) || combo.indexOf(item) < 0) {
			throw new IllegalArgumentException("no choice '" + label + "' with '" + item + "' in " + fields.keySet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		combo.select(combo.indexOf(item));
		validate();
	}

	/** What the dialog says is missing or wrong (OK stays disabled), or null. */
	public String problem() {
		return getErrorMessage();
	}

	protected SalesDialog(Shell parent, String title, String message) {
		super(parent, title, 2);
		this.title = title;
		this.message = message;
	}

	@Override
	protected final void createBody(Composite fields) {
		setTitle(title);
		setMessage(message);
		createFields(fields);
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
		this.fields.put(label, text);
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
		this.fields.put(label, combo);
		return choice;
	}

	/** A file name typed or chosen with a Browse... button that opens the system's file dialog. */
	protected Text file(Composite fields, String label, String dialogTitle) {
		Text text = text(fields, label, "", false); //$NON-NLS-1$
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText(Messages.SalesDialog_browse);
		browse.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(dialogTitle);
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
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
