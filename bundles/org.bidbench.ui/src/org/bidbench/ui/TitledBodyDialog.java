package org.bidbench.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog with a title area and one body of {@code columns} grid columns that fills the
 * dialog: the frame every BidBench form and report dialog shares, so that each one only fills its body.
 */
public abstract class TitledBodyDialog extends TitleAreaDialog {

	private final String windowTitle;
	private final int columns;

	/** {@code windowTitle} is the shell's text; the title area's heading is set in {@link #createBody}. */
	protected TitledBodyDialog(Shell parent, String windowTitle, int columns) {
		super(parent);
		this.windowTitle = windowTitle;
		this.columns = columns;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(windowTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(columns, false));
		createBody(body);
		return area;
	}

	/** Sets the heading and message of the title area and fills {@code body}. */
	protected abstract void createBody(Composite body);
}
