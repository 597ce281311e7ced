package org.bidbench.ui.sales.internal.views;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The comment of an approval or a rejection; a rejection (a return) needs one. */
public class VerdictDialog extends TitleAreaDialog {

	private final ApprovalInbox.Request request;
	private final boolean approve;
	private Text text;
	private String comment;

	public VerdictDialog(Shell parent, ApprovalInbox.Request request, boolean approve) {
		super(parent);
		this.request = request;
		this.approve = approve;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(approve ? Messages.Verdict_approveTitle : Messages.Verdict_rejectTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		String what = request.isQuote()
				? NLS.bind(Messages.Inbox_quoteItem, request.quote().getId(), request.quote().getRevision())
				: NLS.bind(Messages.Inbox_deliverableItem, SalesWording.gate(request.gate()), request.deliverable().getId());
		setTitle(NLS.bind(approve ? Messages.Verdict_approveHeading : Messages.Verdict_rejectHeading, what));
		setMessage(approve ? Messages.Verdict_approveMessage : Messages.Verdict_rejectMessage);
		text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 80;
		data.widthHint = 420;
		data.horizontalIndent = 10;
		text.setLayoutData(data);
		text.addModifyListener(event -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		update();
	}

	private void update() {
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(approve || !text.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		comment = text.getText().strip();
		super.okPressed();
	}

	public String comment() {
		return comment;
	}
}
