package org.bidbench.ui.sales.internal.editors;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.bidbench.sales.core.forecast.WinFactor;
import org.bidbench.sales.core.forecast.WinForecast;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;

/** Stage, amount, expected close, competitors, the win probability with its factors, the gates. */
public class OverviewPage extends SalesFormPage {

	public static final String ID = "overview"; //$NON-NLS-1$

	private final OpportunityEditor editor;
	private Label customer;
	private Label stage;
	private Label status;
	private Text name;
	private Text amount;
	private Text expectedClose;
	private Text probability;
	private List competitors;
	private Label winProbability;
	private TableViewer factors;
	private TableViewer gates;
	private Button move;
	private Button lose;
	private WinProbabilityModel model;
	private Object modelFor;

	public OverviewPage(OpportunityEditor editor) {
		super(editor, ID, Messages.OverviewPage_title, 2);
		this.editor = editor;
	}

	@Override
	protected void fill(Composite body) {
		Composite general = section(body, Messages.OverviewPage_general, null, 2);
		customer = value(general, Messages.OverviewPage_customer);
		status = value(general, Messages.OverviewPage_status);
		stage = value(general, Messages.OverviewPage_stage);
		Composite stageButtons = buttons(general, 2);
		move = button(stageButtons, Messages.OverviewPage_moveStage, () -> SalesActions.moveStage(shell(), editor.opportunity()));
		lose = button(stageButtons, Messages.OverviewPage_closeLost, () -> SalesActions.closeLost(shell(), editor.opportunity()));
		name = field(general, Messages.OverviewPage_name, text -> edit(Messages.OverviewPage_editName, text, null, null, null));
		amount = field(general, NLS.bind(Messages.OverviewPage_amount, currency()), text -> {
			String problem = SalesActions.amountProblem(text);
			if (problem != null) {
				MessageDialog.openError(shell(), Messages.OverviewPage_editAmount, problem);
				return;
			}
			edit(Messages.OverviewPage_editAmount, null, SalesActions.parseAmount(text, currency()), null, null);
		});
		expectedClose = field(general, Messages.OverviewPage_expectedClose, text -> {
			try {
				edit(Messages.OverviewPage_editExpectedClose, null, null, text.isBlank() ? LocalDate.MIN : LocalDate.parse(text.strip()), null);
			} catch (DateTimeParseException e) {
				MessageDialog.openError(shell(), Messages.OverviewPage_editExpectedClose, NLS.bind(Messages.OverviewPage_badDate, text.strip()));
			}
		});
		probability = field(general, Messages.OverviewPage_probability, text -> {
			try {
				edit(Messages.OverviewPage_editProbability, null, null, null, Integer.parseInt(text.strip().replace("%", "").strip())); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (NumberFormatException e) {
				MessageDialog.openError(shell(), Messages.OverviewPage_editProbability, NLS.bind(Messages.OverviewPage_badPercent, text.strip()));
			}
		});
		label(general, Messages.OverviewPage_competitors).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		competitors = new List(general, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		toolkit.adapt(competitors, true, true);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false);
		listData.heightHint = 60;
		competitors.setLayoutData(listData);
		Composite competitorButtons = buttons(general, 2);
		button(competitorButtons, Messages.OverviewPage_addCompetitor, () -> {
			String competitor = SalesActions.askText(shell(), Messages.OverviewPage_addCompetitor, Messages.OverviewPage_addCompetitorMessage,
					Messages.OverviewPage_competitorName, Messages.OverviewPage_competitorMissing);
			if (competitor != null) {
				SalesActions.run(shell(), NLS.bind(Messages.OverviewPage_addCompetitorCommand, competitor.strip()),
						() -> SalesActions.ops().addCompetitor(editor.opportunity(), competitor));
			}
		});
		button(competitorButtons, Messages.OverviewPage_removeCompetitor, () -> {
			int index = competitors.getSelectionIndex();
			if (index >= 0) {
				String competitor = competitors.getItem(index);
				SalesActions.run(shell(), NLS.bind(Messages.OverviewPage_removeCompetitorCommand, competitor),
						() -> SalesActions.ops().removeCompetitor(editor.opportunity(), competitor));
			}
		});

		Composite win = section(body, Messages.OverviewPage_winSection, Messages.OverviewPage_winDescription, 1);
		winProbability = toolkit.createLabel(win, "", SWT.WRAP); //$NON-NLS-1$
		winProbability.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		winProbability.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		factors = table(win, 1, 140,
				new Column<WinFactor>(Messages.OverviewPage_factor, 200, f -> SalesLabels.factor(f).split(" = ")[0]), //$NON-NLS-1$
				new Column<WinFactor>(Messages.OverviewPage_factorValue, 70, f -> String.format("%.2f", f.value())), //$NON-NLS-1$
				new Column<WinFactor>(Messages.OverviewPage_factorEffect, 160, f -> NLS.bind(
						f.contribution() >= 0 ? Messages.OverviewPage_raises : Messages.OverviewPage_lowers, String.format("%+.2f", f.contribution())))); //$NON-NLS-1$

		Composite gateSection = section(body, Messages.OverviewPage_gatesSection, Messages.OverviewPage_gatesDescription, 1);
		((GridData) gateSection.getParent().getLayoutData()).horizontalSpan = 2;
		gates = table(gateSection, 1, 150,
				new Column<GateDeadline>(Messages.OverviewPage_gate, 220, g -> SalesLabels.gate(g.gate())),
				new Column<GateDeadline>(Messages.OverviewPage_gateStage, 110, g -> SalesLabels.stage((Stage) g.gate().eContainer())),
				new Column<GateDeadline>(Messages.OverviewPage_gateDue, 130, g -> SalesLabels.time(g.dueAt())),
				new Column<GateDeadline>(Messages.OverviewPage_gateState, 200, g -> gateState(g, SalesSession.get().clock().instant())),
				new Column<GateDeadline>(Messages.OverviewPage_gateResponsible, 200, g -> RefusedMoveDialog.responsible(g.opportunity(), g.gate())));
	}

	/** Met, overdue, or the time left, in words. */
	static String gateState(GateDeadline gate, Instant now) {
		if (gate.isMet()) {
			return NLS.bind(gate.isMetOnTime() ? Messages.OverviewPage_metOnTime : Messages.OverviewPage_metLate, SalesLabels.time(gate.metAt()));
		}
		if (gate.dueAt() == null) {
			return gate.anchorAt() == null && gate.gate().getDeadlineHours() > 0 ? Messages.OverviewPage_clockNotStarted : Messages.OverviewPage_open;
		}
		Duration left = Duration.between(now, gate.dueAt());
		if (left.isNegative()) {
			return NLS.bind(Messages.OverviewPage_overdueBy, hours(left.negated()));
		}
		return NLS.bind(Messages.OverviewPage_left, hours(left));
	}

	static String hours(Duration duration) {
		long hours = duration.toHours();
		return hours >= 48
				? NLS.bind(Messages.OverviewPage_days, hours / 24, hours % 24)
				: NLS.bind(Messages.OverviewPage_hours, hours, duration.toMinutesPart());
	}

	private String currency() {
		var workspace = SalesSession.get().workspace();
		return workspace == null || workspace.getCurrency() == null ? "CNY" : workspace.getCurrency(); //$NON-NLS-1$
	}

	/** Edits one of the overview fields (null keeps the current value; LocalDate.MIN clears the date). */
	private void edit(String label, String newName, Money newAmount, LocalDate newClose, Integer newProbability) {
		Opportunity o = editor.opportunity();
		String n = newName != null ? newName : o.getName();
		Money a = newAmount != null || label.equals(Messages.OverviewPage_editAmount) ? newAmount : o.getAmount();
		LocalDate c = newClose == null ? o.getExpectedClose() : newClose == LocalDate.MIN ? null : newClose;
		int p = newProbability != null ? newProbability : o.getProbability();
		SalesActions.run(shell(), label, () -> SalesActions.ops().editOpportunity(o, n, a, c, p));
	}

	@Override
	protected void refresh() {
		Opportunity o = editor.opportunity();
		if (o == null) {
			return;
		}
		form.setText(NLS.bind(Messages.OverviewPage_heading, o.getName(), o.getId()));
		customer.setText(o.getCustomer() == null ? "" : o.getCustomer().getName()); //$NON-NLS-1$
		status.setText(SalesLabels.literal(o.getStatus()) + (o.getStatus() == OpportunityStatus.LOST
				? NLS.bind(Messages.OverviewPage_lostBecause, o.getLostReason(), o.getWinningCompetitor() == null ? "-" : o.getWinningCompetitor()) //$NON-NLS-1$
				: "")); //$NON-NLS-1$
		stage.setText(SalesLabels.stage(o.getStage()));
		boolean open = o.getStatus() == OpportunityStatus.OPEN;
		move.setEnabled(open);
		lose.setEnabled(open);
		show(name, o.getName());
		show(amount, o.getAmount() == null ? "" : o.getAmount().amount().toPlainString()); //$NON-NLS-1$
		show(expectedClose, SalesLabels.day(o.getExpectedClose()));
		show(probability, Integer.toString(o.getProbability()));
		for (Text t : new Text[]{name, amount, expectedClose, probability}) {
			t.setEditable(open);
		}
		competitors.setItems(o.getCompetitors().toArray(String[]::new));

		var workspace = SalesSession.get().workspace();
		if (model == null || modelFor != workspace) {
			model = WinProbabilityModel.train(workspace);
			modelFor = workspace;
		}
		if (open) {
			WinForecast forecast = model.forecast(o, SalesSession.get().clock().instant());
			winProbability.setText(NLS.bind(forecast.fromModel() ? Messages.OverviewPage_winFromModel : Messages.OverviewPage_winStageDefault,
					Math.round(forecast.probability() * 100),
					forecast.note() == null ? "" : forecast.note(org.bidbench.ui.sales.internal.views.SalesWording.locale()))); //$NON-NLS-1$
			factors.setInput(forecast.factors());
		} else {
			winProbability.setText(SalesLabels.literal(o.getStatus()));
			factors.setInput(java.util.List.of());
		}
		gates.setInput(GateDeadlines.of(o));
		winProbability.getParent().layout();
	}

	/** The win probability line shown, for tests. */
	public String winProbabilityText() {
		return winProbability.getText();
	}
}
