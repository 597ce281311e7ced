package org.bidbench.ui.management.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.risk.RiskAcknowledgements;
import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.ListTable;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.risks.Messages;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The risk flags of the open pipeline and the contracts, new ones first, each with its owner and
 * the next step; a person acknowledges a flag with a comment (an undoable command of the sales
 * session, kept in the workspace) and it stops counting as new.
 */
public class RiskFlagsView extends CockpitView {

	private Button showAcknowledged;
	private Button acknowledge;
	private TableViewer viewer;
	private List<RiskFlag> flags = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText(Cockpit.loadState());
		showAcknowledged = new Button(parent, SWT.CHECK);
		showAcknowledged.setText(Messages.Flags_showAcknowledged);
		showAcknowledged.addListener(SWT.Selection, e -> refresh());
		acknowledge = new Button(parent, SWT.PUSH);
		acknowledge.setText(Messages.Flags_acknowledge);
		acknowledge.addListener(SWT.Selection, e -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first instanceof RiskFlag flag && flag.isNew()) {
				InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Flags_acknowledgeTitle,
						NLS.bind(Messages.Flags_acknowledgeComment, Cockpit.riskText(flag)), "",
						text -> text == null || text.isBlank() ? Messages.Flags_acknowledgeComment.split("\n")[0] : null);
				if (dialog.open() == Window.OK) {
					try {
						acknowledge(flag, dialog.getValue());
					} catch (RefusedException ex) {
						MessageDialog.openWarning(getSite().getShell(), Messages.Flags_acknowledgeTitle, NLS.bind(Messages.Flags_refused, ex.getMessage()));
					}
				}
			}
		});
		viewer = ListTable.create(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		column(Messages.Flags_status, 70, f -> f.isNew()
				? Messages.Flags_new
				: NLS.bind(Messages.Flags_acknowledged, new Object[]{f.acknowledgement().getAcknowledgedBy() == null
						? ""
						: f.acknowledgement().getAcknowledgedBy().getName(),
						f.acknowledgement().getAt() == null ? "" : LocalDate.ofInstant(f.acknowledgement().getAt(), ZoneOffset.UTC),
						f.acknowledgement().getComment()}));
		column(Messages.Flags_kind, 150, Cockpit::riskKind);
		column(Messages.Flags_opportunity, 230, f -> f.opportunity().getId() + "  " + f.opportunity().getName());
		column(Messages.Flags_message, 330, Cockpit::riskText);
		column(Messages.Flags_owner, 100, f -> f.owner() == null ? Messages.Flags_nobody : f.owner().getName());
		column(Messages.Flags_nextStep, 380, Cockpit::riskNextStep);
		viewer.addSelectionChangedListener(e -> acknowledge.setEnabled(
				((IStructuredSelection) e.getSelection()).getFirstElement() instanceof RiskFlag f && f.isNew()));
		viewer.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof RiskFlag f) {
				OpportunityEditors.open(getSite().getPage(), f.opportunity());
			}
		});
		acknowledge.setEnabled(false);
		getSite().setSelectionProvider(viewer);
		followSession();
		refresh();
	}

	private void column(String text, int width, java.util.function.Function<RiskFlag, String> label) {
		ListTable.column(viewer, text, width, label);
	}

	@Override
	protected void show(SalesWorkspace workspace) {
		List<RiskFlag> all = RiskFlags.of(workspace, now());
		long fresh = all.stream().filter(RiskFlag::isNew).count();
		flags = all.stream().filter(f -> showAcknowledged.getSelection() || f.isNew())
				.sorted(Comparator.comparing((RiskFlag f) -> !f.isNew()).thenComparing(f -> f.kind().ordinal())).toList();
		viewer.setInput(flags);
		summary.setText(NLS.bind(Messages.Flags_summary, all.size(), fresh));
		summary.getParent().layout(true, true);
	}

	/** Acknowledges a flag as the workbench's current user: one undoable command. */
	public void acknowledge(RiskFlag flag, String comment) {
		Instant at = Instant.now(SalesSession.get().clock());
		SalesSession.get().run(NLS.bind(Messages.Flags_acknowledgeUndo, flag.key(), flag.opportunity().getId()),
				() -> RiskAcknowledgements.acknowledge(flag, SalesSession.get().currentUser(), comment, at));
	}

	/** The flags on show. */
	public List<RiskFlag> flags() {
		return flags;
	}

	/** Shows acknowledged flags too (they are hidden by default: they no longer notify). */
	public void setShowAcknowledged(boolean show) {
		showAcknowledged.setSelection(show);
		refresh();
	}

	private static Instant now() {
		return WeightedPipeline.endOf(Cockpit.today());
	}

	/** The heading and every cell as shown. */
	java.util.List<String> shownTexts() {
		return Cockpit.shownTexts(summary, viewer);
	}

	@Override
	protected Control focusControl() {
		return viewer.getControl();
	}
}
