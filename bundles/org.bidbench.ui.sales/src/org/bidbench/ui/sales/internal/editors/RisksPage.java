package org.bidbench.ui.sales.internal.editors;

import java.util.List;

import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.bidbench.ui.sales.internal.risks.RiskFlagTable;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

/** The risks the team wrote down, and the ones the workspace's data raises by itself. */
public class RisksPage extends SalesFormPage {

	public static final String ID = "risks"; //$NON-NLS-1$

	private final OpportunityEditor editor;
	private TableViewer risks;
	private RiskFlagTable flags;

	public RisksPage(OpportunityEditor editor) {
		super(editor, ID, Messages.RisksPage_title);
		this.editor = editor;
	}

	@Override
	protected void fill(Composite body) {
		Composite noted = section(body, Messages.RisksPage_section, Messages.RisksPage_description, 1);
		risks = table(noted, 1, 140, new Column<String>(Messages.RisksPage_risk, 600, r -> r));
		Composite buttons = buttons(noted, 1);
		button(buttons, Messages.RisksPage_add, () -> {
			String risk = SalesActions.askText(shell(), Messages.RisksPage_add, Messages.RisksPage_addMessage, Messages.RisksPage_risk,
					Messages.RisksPage_riskMissing);
			if (risk != null) {
				SalesActions.run(shell(), NLS.bind(Messages.RisksPage_addCommand, risk.strip()), () -> SalesActions.ops().addRisk(editor.opportunity(), risk));
			}
		});
		button(buttons, Messages.RisksPage_remove, () -> {
			String risk = selected(risks);
			if (risk != null) {
				SalesActions.run(shell(), NLS.bind(Messages.RisksPage_removeCommand, risk), () -> SalesActions.ops().removeRisk(editor.opportunity(), risk));
			}
		});
		Composite raised = section(body, Messages.RisksPage_flags, Messages.RisksPage_flagsDescription, 1);
		flags = new RiskFlagTable(raised, false, 120);
		flags.control().setLayoutData(new org.eclipse.swt.layout.GridData(org.eclipse.swt.SWT.FILL, org.eclipse.swt.SWT.FILL, true, true));
	}

	/** The flags the data raises, for tests. */
	public RiskFlagTable flags() {
		return flags;
	}

	@Override
	protected void refresh() {
		Opportunity o = editor.opportunity();
		if (o == null) {
			return;
		}
		risks.setInput(List.copyOf(o.getRisks()));
		flags.setFlags(RiskFlags.of(o, SalesSession.get().clock().instant()));
	}
}
