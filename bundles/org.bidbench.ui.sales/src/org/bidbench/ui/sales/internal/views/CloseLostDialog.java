package org.bidbench.ui.sales.internal.views;

import org.bidbench.sales.model.Opportunity;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Closing a deal lost: why (required) and who won it (one of its competitors, or typed). */
public class CloseLostDialog extends TitleAreaDialog {

	/** The user's answer; the competitor is blank when unknown. */
	public record Answer(String reason, String winningCompetitor) {
	}

	private final Opportunity opportunity;
	private Text reason;
	private Combo competitor;
	private Answer answer;

	public CloseLostDialog(Shell parent, Opportunity opportunity) {
		super(parent);
		this.opportunity = opportunity;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.CloseLost_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.CloseLost_heading, opportunity.getName()));
		setMessage(Messages.CloseLost_message);
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fields.setLayout(new GridLayout(2, false));
		new Label(fields, SWT.NONE).setText(Messages.CloseLost_reason);
		reason = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData reasonData = new GridData(SWT.FILL, SWT.FILL, true, true);
		reasonData.heightHint = 60;
		reasonData.widthHint = 380;
		reason.setLayoutData(reasonData);
		new Label(fields, SWT.NONE).setText(Messages.CloseLost_competitor);
		competitor = new Combo(fields, SWT.DROP_DOWN);
		competitor.setItems(opportunity.getCompetitors().toArray(String[]::new));
		competitor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		reason.addModifyListener(event -> update());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.CloseLost_ok);
		update();
	}

	private void update() {
		boolean ready = reason != null && !reason.getText().isBlank();
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(ready);
		}
		setErrorMessage(ready || reason == null || reason.getText().isEmpty() ? null : Messages.CloseLost_reasonNeeded);
	}

	@Override
	protected void okPressed() {
		answer = new Answer(reason.getText().strip(), competitor.getText().strip());
		super.okPressed();
	}

	/** What was entered; null until OK. */
	public Answer answer() {
		return answer;
	}
}
