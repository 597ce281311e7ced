package org.bidbench.ui.sales.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.editors.SalesLabels;
import org.bidbench.ui.sales.internal.handlers.SalesUndo;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

/**
 * Customers with their opportunities and leads, filtered by stage, owner, region, "mine" and
 * "overdue" and searched by name, with counts. Double-click opens the editor; the selection
 * (customers, opportunities, leads) drives the sales commands.
 */
public class SalesNavigator extends ViewPart {

	public static final String ID = "org.bidbench.ui.sales.views.navigator"; //$NON-NLS-1$

	private final NavigatorFilter filter = new NavigatorFilter();
	private final Runnable sessionListener = this::refresh;
	private NavigatorFilter.Result result;
	private TreeViewer tree;
	private Text search;
	private Combo stageChoice;
	private Combo ownerChoice;
	private Combo regionChoice;
	private Button mineChoice;
	private Button overdueChoice;
	private Label counts;
	private final List<Stage> stages = new ArrayList<>();
	private final List<Employee> owners = new ArrayList<>();
	private final List<String> regions = new ArrayList<>();
	private final NavigatorIcons icons = new NavigatorIcons();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		filters.setLayout(new GridLayout(3, true));

		search = new Text(filters, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(Messages.SalesNavigator_search);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		search.addModifyListener(e -> {
			filter.search = search.getText();
			refilter();
		});
		stageChoice = combo(filters, Messages.SalesNavigator_stageTip);
		ownerChoice = combo(filters, Messages.SalesNavigator_ownerTip);
		regionChoice = combo(filters, Messages.SalesNavigator_regionTip);
		stageChoice.addListener(SWT.Selection, e -> {
			int i = stageChoice.getSelectionIndex();
			filter.stage = i <= 0 ? null : stages.get(i - 1);
			refilter();
		});
		ownerChoice.addListener(SWT.Selection, e -> {
			int i = ownerChoice.getSelectionIndex();
			filter.owner = i <= 0 ? null : owners.get(i - 1);
			refilter();
		});
		regionChoice.addListener(SWT.Selection, e -> {
			int i = regionChoice.getSelectionIndex();
			filter.region = i <= 0 ? null : regions.get(i - 1);
			refilter();
		});
		mineChoice = new Button(filters, SWT.CHECK);
		mineChoice.setText(Messages.SalesNavigator_mine);
		mineChoice.setToolTipText(Messages.SalesNavigator_mineTip);
		mineChoice.addListener(SWT.Selection, e -> {
			filter.mine = mineChoice.getSelection();
			refilter();
		});
		overdueChoice = new Button(filters, SWT.CHECK);
		overdueChoice.setText(Messages.SalesNavigator_overdue);
		overdueChoice.setToolTipText(Messages.SalesNavigator_overdueTip);
		overdueChoice.addListener(SWT.Selection, e -> {
			filter.overdue = overdueChoice.getSelection();
			refilter();
		});
		new Label(filters, SWT.NONE);

		counts = new Label(parent, SWT.WRAP);
		counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		tree = new TreeViewer(parent, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setUseHashlookup(true);
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new Labels());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(tree);
		tree.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element instanceof Customer || element instanceof Opportunity || element instanceof Lead) {
				SalesEditors.open(getSite().getPage(), element);
			} else if (element != null) {
				tree.setExpandedState(element, !tree.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(tree);

		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		getSite().registerContextMenu(menu, tree);
		SalesUndo.hook(getViewSite().getActionBars());

		SalesSession.get().addListener(sessionListener);
		refresh();
	}

	private static Combo combo(Composite parent, String tip) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText(tip);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	@Override
	public void dispose() {
		SalesSession.get().removeListener(sessionListener);
		icons.dispose();
		super.dispose();
	}

	/** Rebuilds the choices from the session's data, keeping what was chosen, and refilters. */
	void refresh() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		SalesWorkspace workspace = SalesSession.get().workspace();
		stages.clear();
		owners.clear();
		regions.clear();
		if (workspace != null) {
			if (workspace.getProcess() != null) {
				stages.addAll(workspace.getProcess().getStages());
			}
			for (Employee employee : workspace.getEmployees()) {
				if (employee.getRole() == EmployeeRole.SALES_LEAD || employee.getRole() == EmployeeRole.SALES_MANAGER) {
					owners.add(employee);
				}
			}
			TreeSet<String> names = new TreeSet<>();
			workspace.getCustomers().forEach(c -> {
				if (c.getRegion() != null) {
					names.add(c.getRegion());
				}
			});
			regions.addAll(names);
		}
		if (!stages.contains(filter.stage)) {
			filter.stage = null;
		}
		if (!owners.contains(filter.owner)) {
			filter.owner = null;
		}
		if (!regions.contains(filter.region)) {
			filter.region = null;
		}
		fill(stageChoice, Messages.SalesNavigator_allStages, stages.stream().map(SalesLabels::stage).toList(), stages.indexOf(filter.stage));
		fill(ownerChoice, Messages.SalesNavigator_allOwners, owners.stream().map(Employee::getName).toList(), owners.indexOf(filter.owner));
		fill(regionChoice, Messages.SalesNavigator_allRegions, regions, regions.indexOf(filter.region));
		refilter();
	}

	private static void fill(Combo combo, String all, List<String> items, int selected) {
		combo.removeAll();
		combo.add(all);
		items.forEach(combo::add);
		combo.select(selected + 1);
	}

	private void refilter() {
		SalesSession session = SalesSession.get();
		SalesWorkspace workspace = session.workspace();
		if (workspace == null) {
			result = null;
			counts.setText(session.loadMessage() != null ? session.loadMessage() : Messages.SalesNavigator_loading);
			tree.setInput(null);
			counts.getParent().layout();
			return;
		}
		result = filter.apply(workspace, session.clock().instant(), session.currentUser());
		counts.setText(NLS.bind(Messages.SalesNavigator_counts, new Object[]{result.customers(), result.opportunities(), result.leads()}));
		counts.getParent().layout();
		Object[] expanded = tree.getExpandedElements();
		tree.setInput(result);
		tree.setExpandedElements(expanded);
		if (!filter.search.isBlank() || filter.overdue || filter.mine || filter.stage != null) {
			tree.expandAll();
		}
	}

	/** The filters, for tests and the handlers that set them. */
	public NavigatorFilter filter() {
		return filter;
	}

	/** What is shown now, for tests. */
	public NavigatorFilter.Result result() {
		return result;
	}

	/** Applies the filter's current settings (after a test or handler changed them). */
	public void applyFilter() {
		search.setText(filter.search == null ? "" : filter.search); //$NON-NLS-1$
		mineChoice.setSelection(filter.mine);
		overdueChoice.setSelection(filter.overdue);
		stageChoice.select(stages.indexOf(filter.stage) + 1);
		ownerChoice.select(owners.indexOf(filter.owner) + 1);
		regionChoice.select(regions.indexOf(filter.region) + 1);
		refilter();
	}

	public TreeViewer viewer() {
		return tree;
	}

	/** Selects and shows one element. */
	public void reveal(Object element) {
		tree.setSelection(new StructuredSelection(element), true);
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof NavigatorFilter.Result r)) {
				return new Object[0];
			}
			List<Object> roots = new ArrayList<>(r.children().keySet());
			if (!r.unassignedLeads().isEmpty()) {
				roots.add(new NavigatorFilter.UnassignedLeads(r.unassignedLeads()));
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Customer customer && result != null) {
				List<Object> children = result.children().get(customer);
				return children == null ? new Object[0] : children.toArray();
			}
			if (parent instanceof NavigatorFilter.UnassignedLeads leads) {
				return leads.leads().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Opportunity o) {
				return o.getCustomer();
			}
			if (element instanceof Lead l) {
				return l.getCustomer();
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}

	/**
	 * The opportunity's name without its customer's name in front: it is shown under the customer,
	 * and names that repeat it (as imported and demo ones do) would be cut by the view's width.
	 */
	static String shortName(Opportunity opportunity) {
		String name = opportunity.getName();
		String customer = opportunity.getCustomer() == null ? null : opportunity.getCustomer().getName();
		if (name != null && customer != null && !customer.isEmpty() && name.startsWith(customer)) {
			String rest = name.substring(customer.length()).replaceFirst("^[\\s\u2014\u00b7:,-]+", ""); //$NON-NLS-1$
			if (!rest.isEmpty()) {
				return rest;
			}
		}
		return name;
	}

	private final class Labels extends ColumnLabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof Customer customer) {
				List<Object> children = result == null ? List.of() : result.children().getOrDefault(customer, List.of());
				long opportunities = children.stream().filter(Opportunity.class::isInstance).count();
				long leads = children.size() - opportunities;
				return NLS.bind(Messages.SalesNavigator_customerLabel, new Object[]{customer.getName(), opportunities, leads});
			}
			if (element instanceof Opportunity o) {
				String state = o.getStatus() == OpportunityStatus.OPEN ? SalesLabels.stage(o.getStage()) : SalesLabels.literal(o.getStatus());
				return NLS.bind(Messages.SalesNavigator_opportunityLabel, new Object[]{shortName(o), state, SalesLabels.money(o.getAmount())});
			}
			if (element instanceof Lead l) {
				return NLS.bind(Messages.SalesNavigator_leadLabel, l.getTitle(), SalesLabels.literal(l.getStatus()));
			}
			if (element instanceof NavigatorFilter.UnassignedLeads u) {
				return NLS.bind(Messages.SalesNavigator_unassignedLeads, u.leads().size());
			}
			return super.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			return icons.of(element);
		}

		/** The whole name, for labels the view's width cuts. */
		@Override
		public String getToolTipText(Object element) {
			if (element instanceof Opportunity o) {
				return o.getName() + "\n" + getText(element).substring(shortName(o) == null ? 0 : shortName(o).length()).strip(); //$NON-NLS-1$
			}
			return element instanceof Customer || element instanceof Lead ? getText(element) : null;
		}

		@Override
		public Color getForeground(Object element) {
			if (element instanceof Opportunity o && o.getStatus() != OpportunityStatus.OPEN
					|| element instanceof Lead l && l.getStatus() == org.bidbench.sales.model.LeadStatus.DISCARDED) {
				return tree.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}
			return null;
		}
	}
}
