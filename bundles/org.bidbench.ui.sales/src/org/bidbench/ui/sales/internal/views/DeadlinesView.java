package org.bidbench.ui.sales.internal.views;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.bidbench.sales.model.Employee;
import org.bidbench.ui.ListTable;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.SalesSessionView;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.risks.RiskFlagScope;
import org.bidbench.ui.sales.internal.risks.RiskFlagTable;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * What is due or overdue for me or my team, most urgent first, with the time left; gates whose
 * clock waits for an event (the 48-hour report waits for the first visit) are listed last with
 * the rule that will start it. The time left is recounted every minute.
 */
public class DeadlinesView extends SalesSessionView {

	public static final String ID = "org.bidbench.ui.sales.views.deadlines"; //$NON-NLS-1$

	private static final Color OVERDUE = new Color(190, 20, 20);
	private static final Color SOON = new Color(200, 110, 0);
	private static final int MINUTE = 60_000;

	private Label summary;
	private Button mine;
	private Button team;
	private TableViewer table;
	private RiskFlagTable flags;
	private DueItems.Scope scope = DueItems.Scope.MINE;
	private List<DueItem> items = List.of();
	private Instant now = Instant.now();
	private final Runnable tick = new Runnable() {
		@Override
		public void run() {
			if (table != null && !table.getControl().isDisposed()) {
				refresh();
				table.getControl().getDisplay().timerExec(MINUTE, this);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		mine = new Button(parent, SWT.RADIO);
		mine.setText(Messages.Deadlines_mine);
		mine.setSelection(true);
		team = new Button(parent, SWT.RADIO);
		team.setText(Messages.Deadlines_team);
		mine.addListener(SWT.Selection, event -> setScope(mine.getSelection() ? DueItems.Scope.MINE : DueItems.Scope.TEAM));

		SashForm split = new SashForm(parent, SWT.VERTICAL);
		split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		TableColumnLayout columns = new TableColumnLayout();
		table = ListTable.inColumnLayout(split, columns);
		column(columns, Messages.Deadlines_timeLeft, 14, item -> item.dueAt() == null
				? Messages.Deadlines_notStarted
				: SalesWording.timeLeft(item.dueAt(), now));
		column(columns, Messages.Deadlines_what, 22, DueItem::what);
		column(columns, Messages.Deadlines_opportunity, 26, item -> SalesWording.customerAndDeal(item.opportunity()));
		column(columns, Messages.Deadlines_responsible, 12, item -> item.responsible() == null
				? Messages.Deadlines_nobody
				: item.responsible().getName());
		column(columns, Messages.Deadlines_due, 12, item -> item.dueAt() == null ? "" : DueItems.dateTime(item.dueAt())); //$NON-NLS-1$
		column(columns, Messages.Deadlines_clock, 26, DueItem::clock);
		flags = new RiskFlagTable(split, true, 40);
		split.setWeights(3, 2);
		getSite().setSelectionProvider(new OpportunitySelection(table));
		table.addDoubleClickListener(event -> {
			if (table.getStructuredSelection().getFirstElement() instanceof DueItem item) {
				SalesEditors.open(getSite().getPage(), item.opportunity());
			}
		});

		followSession();
		SessionLoading.ensureLoaded();
		refresh();
		parent.getDisplay().timerExec(MINUTE, tick);
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<DueItem, String> text) {
		ListTable.weightedColumn(table, layout, title, weight, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((DueItem) element);
			}

			@Override
			public Color getForeground(Object element) {
				DueItem item = (DueItem) element;
				return item.isOverdue(now) ? OVERDUE : item.isDueSoon(now) ? SOON : null;
			}
		});
	}

	/** Shows my items or my team's. */
	public void setScope(DueItems.Scope scope) {
		this.scope = scope;
		mine.setSelection(scope == DueItems.Scope.MINE);
		team.setSelection(scope == DueItems.Scope.TEAM);
		refresh();
	}

	/** Recounts from the session's data and clock. */
	public void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		SalesSession session = SalesSession.get();
		now = session.clock().instant();
		Employee user = session.currentUser();
		items = DueItems.of(session.workspace(), user, scope);
		long overdue = items.stream().filter(i -> i.isOverdue(now)).count();
		long soon = items.stream().filter(i -> i.isDueSoon(now)).count();
		if (session.workspace() == null) {
			summary.setText(Messages.Board_noData);
		} else {
			summary.setText(NLS.bind(Messages.Deadlines_summary, new Object[]{user == null ? "" : user.getName(), //$NON-NLS-1$
					SalesWording.role(user == null ? null : user.getRole()), items.size(), overdue, soon}));
		}
		flags.setFlags(RiskFlagScope.of(session.workspace(), user, scope == DueItems.Scope.TEAM, now));
		IStructuredSelection selection = table.getStructuredSelection();
		table.setInput(items);
		if (!selection.isEmpty() && items.contains(selection.getFirstElement())) {
			table.setSelection(new StructuredSelection(selection.getFirstElement()));
		}
		summary.getParent().layout();
	}

	/** The risk flags listed under the due items. */
	public RiskFlagTable flags() {
		return flags;
	}

	/** The items on display, for tests. */
	public List<DueItem> items() {
		return items;
	}

	public DueItems.Scope scope() {
		return scope;
	}

	@Override
	protected Control focusControl() {
		return table.getControl();
	}
}
