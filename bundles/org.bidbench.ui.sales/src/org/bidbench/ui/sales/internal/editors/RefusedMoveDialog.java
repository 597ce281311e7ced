package org.bidbench.ui.sales.internal.editors;

import java.util.List;

import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.internal.Messages;
import org.bidbench.ui.sales.internal.views.MoveRefusal;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.bidbench.ui.TitledBodyDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Why a stage move was refused, for the editors, the navigator and the board alike: for each gate
 * that blocks it, the gate, who is responsible (role and person) and what meets it, in the user's
 * language; the service's own sentence below (selectable, to paste into a message to the colleague).
 */
public class RefusedMoveDialog extends TitledBodyDialog {

	private final MoveRefusal refusal;

	public RefusedMoveDialog(Shell shell, MoveRefusal refusal) {
		super(shell, Messages.RefusedMoveDialog_title, 2);
		this.refusal = refusal;
	}

	/** The gate's responsible person and role, or the role alone when nobody holds it. */
	static String responsible(Opportunity opportunity, Gate gate) {
		Employee person = GateDeadlines.responsible(opportunity.getTeam(), gate.getResponsibleRole());
		String role = SalesLabels.literal(gate.getResponsibleRole());
		return person == null ? NLS.bind(Messages.RefusedMoveDialog_nobody, role) : NLS.bind(Messages.RefusedMoveDialog_person, person.getName(), role);
	}

	@Override
	protected void createBody(Composite body) {
		setTitle(NLS.bind(Messages.RefusedMoveDialog_heading, SalesLabels.stage(refusal.target())));
		List<MoveRefusal.BlockingGate> blockers = refusal.blocking();
		setErrorMessage(blockers.isEmpty()
				? Messages.RefusedMoveDialog_otherReason
				: NLS.bind(Messages.RefusedMoveDialog_blockedBy, blockers.size()));
		for (MoveRefusal.BlockingGate blocker : blockers) {
			Label gate = new Label(body, SWT.NONE);
			gate.setText(NLS.bind(Messages.RefusedMoveDialog_gate, SalesLabels.gate(blocker.gate()), SalesLabels.stage(blocker.stage())));
			gate.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			gate.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			row(body, Messages.RefusedMoveDialog_responsible, blocker.responsible());
			row(body, Messages.RefusedMoveDialog_whatToDo, blocker.toDo());
		}
		Label detail = new Label(body, SWT.NONE);
		detail.setText(Messages.RefusedMoveDialog_serviceSays);
		detail.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Text text = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.widthHint = 520;
		data.heightHint = 90;
		text.setLayoutData(data);
		text.setText(refusal.detail() == null ? "" : refusal.detail()); //$NON-NLS-1$
	}

	private static void row(Composite body, String label, String value) {
		Label l = new Label(body, SWT.NONE);
		l.setText(label);
		l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label v = new Label(body, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 420;
		v.setLayoutData(data);
		v.setText(value);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
