package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.GateKind;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The gate deliverables (the 48-hour requirements report, the technical solution...): deadline,
 * time left, state; submit with a file; accept or return with a comment by the role the gate names.
 */
public class DeliverablesPage extends RolePage {

	public static final String ID = "deliverables"; //$NON-NLS-1$

	/** One deliverable gate of the process and where the opportunity stands on it. */
	public record Row(Gate gate, GateDeadline deadline, Deliverable latest) {
	}

	private TableViewer rows;

	public DeliverablesPage(OpportunityEditor editor) {
		super(editor, ID, Messages.DeliverablesPage_title);
	}

	/** Every deliverable gate of the process, in process order, with the opportunity's latest deliverable for it. */
	public static List<Row> rows(Opportunity opportunity) {
		List<Row> result = new ArrayList<>();
		var workspace = SalesSession.get().workspace();
		if (workspace == null || workspace.getProcess() == null) {
			return result;
		}
		for (Stage stage : workspace.getProcess().getStages()) {
			for (Gate gate : stage.getGates()) {
				if (gate.getKind() == GateKind.DELIVERABLE) {
					result.add(new Row(gate, GateDeadlines.of(opportunity, gate), SalesOperations.latestDeliverable(opportunity, gate)));
				}
			}
		}
		return result;
	}

	@Override
	protected void fill(Composite body) {
		Composite section = section(body, Messages.DeliverablesPage_section, Messages.DeliverablesPage_description, 1);
		actingLabel(section);
		rows = table(section, 1, 200,
				new Column<Row>(Messages.DeliverablesPage_gate, 210, r -> SalesLabels.gate(r.gate())),
				new Column<Row>(Messages.DeliverablesPage_stage, 100, r -> SalesLabels.stage((Stage) r.gate().eContainer())),
				new Column<Row>(Messages.DeliverablesPage_deadline, 125, r -> SalesLabels.time(r.deadline().dueAt())),
				new Column<Row>(Messages.DeliverablesPage_timeLeft, 150, r -> OverviewPage.gateState(r.deadline(), SalesSession.get().clock().instant())),
				new Column<Row>(Messages.DeliverablesPage_state, 90,
						r -> r.latest() == null ? Messages.DeliverablesPage_missing : SalesLabels.literal(r.latest().getStatus())),
				new Column<Row>(Messages.DeliverablesPage_file, 200, r -> r.latest() == null ? "" : r.latest().getLocation()), //$NON-NLS-1$
				new Column<Row>(Messages.DeliverablesPage_responsible, 150, r -> RefusedMoveDialog.responsible(r.deadline().opportunity(), r.gate())),
				new Column<Row>(Messages.DeliverablesPage_reviewer, 150, r -> r.gate().isSetReviewerRole()
						? r.latest() != null && r.latest().getReviewer() != null
								? r.latest().getReviewer().getName()
								: SalesLabels.literal(r.gate().getReviewerRole())
						: Messages.DeliverablesPage_noReview),
				new Column<Row>(Messages.DeliverablesPage_comment, 200, r -> r.latest() == null ? "" : r.latest().getReviewComment())); //$NON-NLS-1$
		Composite buttons = buttons(section, 1);
		button(buttons, Messages.DeliverablesPage_submit, this::submit);
		button(buttons, Messages.DeliverablesPage_accept, () -> review(true));
		button(buttons, Messages.DeliverablesPage_return, () -> review(false));
	}

	private void submit() {
		Row row = selected(rows);
		if (row == null) {
			return;
		}
		String[] file = new String[1];
		String gate = SalesLabels.gate(row.gate());
		SalesDialog dialog = new SalesDialog(shell(), Messages.DeliverablesPage_submitTitle, NLS.bind(Messages.DeliverablesPage_submitMessage, gate)) {
			Text fileText;

			@Override
			protected void createFields(Composite fields) {
				fileText = file(fields, Messages.DeliverablesPage_fileField, NLS.bind(Messages.DeliverablesPage_chooseFile, gate));
				require(() -> fileText.getText().isBlank() ? Messages.DeliverablesPage_fileMissing : null);
			}

			@Override
			protected void read() {
				file[0] = fileText.getText().strip();
			}
		};
		if (dialog.open() == org.eclipse.jface.window.Window.OK) {
			SalesActions.run(shell(), NLS.bind(Messages.DeliverablesPage_submitCommand, gate),
					() -> SalesActions.ops().submitDeliverable(editor.opportunity(), row.gate(), file[0], null, SalesActions.me()));
		}
	}

	private void review(boolean accept) {
		Row row = selected(rows);
		if (row == null || row.latest() == null || row.latest().getStatus() != DeliverableStatus.SUBMITTED) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(shell(), Messages.DeliverablesPage_title, Messages.DeliverablesPage_nothingToReview);
			return;
		}
		String comment = accept
				? null
				: SalesActions.askText(shell(), Messages.DeliverablesPage_returnTitle,
						NLS.bind(Messages.DeliverablesPage_returnMessage, row.latest().getTitle()), Messages.DeliverablesPage_comment,
						Messages.DeliverablesPage_commentMissing);
		if (!accept && comment == null) {
			return;
		}
		SalesActions.run(shell(),
				NLS.bind(accept ? Messages.DeliverablesPage_acceptCommand : Messages.DeliverablesPage_returnCommand, SalesLabels.gate(row.gate())),
				() -> SalesActions.ops().reviewDeliverable(row.latest(), SalesActions.me(), accept, comment));
	}

	@Override
	protected void show(Opportunity o) {
		List<Row> current = rows(o);
		Row chosen = selected(rows);
		rows.setInput(current);
		if (chosen != null) {
			for (Row row : current) {
				if (row.gate() == chosen.gate()) {
					rows.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row));
				}
			}
		}
	}
}
