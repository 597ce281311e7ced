package org.bidbench.ui.sales.internal.editors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.bidbench.ui.sales.internal.views.MoveRefusal;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The sales actions of the navigator and the editors: ask what is needed in a dialog, then run
 * the {@link SalesOperations} call as one undoable command of the session. A refusal is shown
 * with its reason and changes nothing.
 */
public final class SalesActions {

	/** Where refusals go instead of a dialog (tests); null for the dialog. */
	private static java.util.function.Consumer<String> refusals;

	private SalesActions() {
	}

	/** Sends each refusal's message to {@code listener} instead of showing it in a dialog; null for dialogs again. */
	public static void showRefusalsTo(java.util.function.Consumer<String> listener) {
		refusals = listener;
	}

	/**
	 * Runs {@code change} as an undoable command labelled {@code label}; on refusal shows why and
	 * returns null.
	 */
	public static <T> T run(Shell shell, String label, Supplier<T> change) {
		try {
			return SalesSession.get().execute(label, change);
		} catch (RefusedException e) {
			if (refusals != null) {
				refusals.accept(e.getMessage());
			} else {
				MessageDialog.openError(shell, NLS.bind(Messages.SalesActions_refusedTitle, label), e.getMessage());
			}
			return null;
		}
	}

	/** Like {@link #run(Shell, String, Supplier)} for operations that return nothing; returns whether it was done. */
	public static boolean run(Shell shell, String label, Runnable change) {
		return run(shell, label, () -> {
			change.run();
			return Boolean.TRUE;
		}) != null;
	}

	static SalesOperations ops() {
		return SalesSession.get().operations();
	}

	static Employee me() {
		return SalesSession.get().currentUser();
	}

	/** Asks for a new lead's title, customer, source, region and owner and registers it. */
	public static Lead newLead(Shell shell, Customer preselected) {
		SalesWorkspace workspace = SalesSession.get().workspace();
		if (workspace == null) {
			return null;
		}
		String[] title = new String[1];
		String[] source = new String[1];
		String[] region = new String[1];
		Object[] picked = new Object[2];
		SalesDialog dialog = new SalesDialog(shell, Messages.SalesActions_newLeadTitle, Messages.SalesActions_newLeadMessage) {
			Text titleText;
			Text sourceText;
			Text regionText;
			Choice<Customer> customer;
			Choice<Employee> owner;

			@Override
			protected void createFields(Composite fields) {
				titleText = text(fields, Messages.SalesActions_leadTitle, "", false); //$NON-NLS-1$
				customer = combo(fields, Messages.SalesActions_customer, workspace.getCustomers(), Customer::getName, preselected,
						Messages.SalesActions_noCustomerYet);
				sourceText = text(fields, Messages.SalesActions_source, "", false); //$NON-NLS-1$
				regionText = text(fields, Messages.SalesActions_region, preselected == null ? "" : preselected.getRegion(), false); //$NON-NLS-1$
				owner = combo(fields, Messages.SalesActions_owner, workspace.getEmployees(), SalesLabels::employee, me(), null);
				require(() -> titleText.getText().isBlank() ? Messages.SalesActions_titleMissing : null);
			}

			@Override
			protected void read() {
				title[0] = titleText.getText();
				source[0] = sourceText.getText();
				region[0] = regionText.getText();
				picked[0] = customer.selected();
				picked[1] = owner.selected();
			}
		};
		return dialog.ifConfirmed(() -> run(shell, Messages.SalesActions_newLeadCommand,
				() -> ops().createLead(title[0], (Customer) picked[0], source[0], region[0], (Employee) picked[1])));
	}

	/** Asks for the organisation's name, industry, region and tier and creates the customer. */
	public static Customer newCustomer(Shell shell) {
		String[] values = new String[3];
		org.bidbench.sales.model.CustomerTier[] tier = new org.bidbench.sales.model.CustomerTier[1];
		SalesDialog dialog = new SalesDialog(shell, Messages.SalesActions_newCustomerTitle, Messages.SalesActions_newCustomerMessage) {
			Text name;
			Text industry;
			Text region;
			Choice<org.bidbench.sales.model.CustomerTier> tierChoice;

			@Override
			protected void createFields(Composite fields) {
				name = text(fields, Messages.SalesActions_customer, "", false); //$NON-NLS-1$
				industry = text(fields, Messages.SalesActions_industry, "", false); //$NON-NLS-1$
				region = text(fields, Messages.SalesActions_region, "", false); //$NON-NLS-1$
				tierChoice = combo(fields, Messages.SalesActions_tier, org.bidbench.sales.model.CustomerTier.VALUES, SalesLabels::literal, null, ""); //$NON-NLS-1$
				require(() -> name.getText().isBlank() ? Messages.SalesActions_customerMissing : null);
			}

			@Override
			protected void read() {
				values[0] = name.getText();
				values[1] = industry.getText();
				values[2] = region.getText();
				tier[0] = tierChoice.selected();
			}
		};
		return dialog.ifConfirmed(() -> run(shell, NLS.bind(Messages.SalesActions_newCustomerCommand, values[0].strip()),
				() -> ops().createCustomer(values[0], values[1], values[2], tier[0])));
	}

	/** Asks for the name and amount of a new opportunity of {@code customer} and creates it in the first stage. */
	public static Opportunity newOpportunity(Shell shell, Customer customer) {
		SalesWorkspace workspace = SalesSession.get().workspace();
		OpportunityDialog dialog = new OpportunityDialog(shell, Messages.SalesActions_newOpportunityTitle,
				NLS.bind(Messages.SalesActions_newOpportunityMessage, customer.getName()), "", workspace.getCurrency()); //$NON-NLS-1$
		return dialog.ifConfirmed(() -> run(shell, NLS.bind(Messages.SalesActions_newOpportunityCommand, dialog.name().strip()),
				() -> ops().createOpportunity(customer, dialog.name(), dialog.amount(), me())));
	}

	public static boolean qualify(Shell shell, Lead lead) {
		return run(shell, NLS.bind(Messages.SalesActions_qualifyCommand, lead.getTitle()), () -> ops().qualifyLead(lead));
	}

	/** Asks for the opportunity's name and amount and converts the lead, keeping the link. */
	public static Opportunity convert(Shell shell, Lead lead) {
		SalesWorkspace workspace = SalesSession.get().workspace();
		Customer[] customer = new Customer[1];
		OpportunityDialog dialog = new OpportunityDialog(shell, Messages.SalesActions_convertTitle,
				NLS.bind(Messages.SalesActions_convertMessage, lead.getTitle()), lead.getTitle(), workspace.getCurrency()) {
			Choice<Customer> customerChoice;

			@Override
			protected void createOtherFields(Composite fields) {
				customerChoice = lead.getCustomer() != null
						? null
						: combo(fields, Messages.SalesActions_customer, workspace.getCustomers(), Customer::getName, null, null);
			}

			@Override
			protected void readOtherFields() {
				customer[0] = customerChoice == null ? null : customerChoice.selected();
			}
		};
		return dialog.ifConfirmed(() -> run(shell, NLS.bind(Messages.SalesActions_convertCommand, lead.getTitle()), () -> {
			if (customer[0] != null && lead.getCustomer() == null) {
				// The lead's customer is part of the lead: set it the way the lead's owner would, in the same command.
				lead.setCustomer(customer[0]);
			}
			return ops().convertLead(lead, dialog.name(), dialog.amount(), me());
		}));
	}

	/** Asks why and drops the lead. */
	public static boolean drop(Shell shell, Lead lead) {
		String reason = askText(shell, Messages.SalesActions_dropTitle, NLS.bind(Messages.SalesActions_dropMessage, lead.getTitle()),
				Messages.SalesActions_reason, Messages.SalesActions_reasonMissing);
		return reason != null && run(shell, NLS.bind(Messages.SalesActions_dropCommand, lead.getTitle()), () -> ops().dropLead(lead, reason));
	}

	/** Asks for the reason and the winning competitor and closes the opportunity lost. */
	public static boolean closeLost(Shell shell, Opportunity opportunity) {
		String[] reason = new String[1];
		String[] competitor = new String[1];
		List<String> competitors = new ArrayList<>(opportunity.getCompetitors());
		SalesDialog dialog = new SalesDialog(shell, Messages.SalesActions_closeLostTitle,
				NLS.bind(Messages.SalesActions_closeLostMessage, opportunity.getName())) {
			Text reasonText;
			Text competitorText;

			@Override
			protected void createFields(Composite fields) {
				reasonText = text(fields, Messages.SalesActions_reason, "", true); //$NON-NLS-1$
				competitorText = text(fields, Messages.SalesActions_winningCompetitor, competitors.isEmpty() ? "" : competitors.get(0), false); //$NON-NLS-1$
				competitorText.setToolTipText(NLS.bind(Messages.SalesActions_knownCompetitors, String.join(", ", competitors))); //$NON-NLS-1$
				require(() -> reasonText.getText().isBlank() ? Messages.SalesActions_reasonMissing : null);
			}

			@Override
			protected void read() {
				reason[0] = reasonText.getText();
				competitor[0] = competitorText.getText();
			}
		};
		return Boolean.TRUE.equals(dialog.ifConfirmed(() -> run(shell, NLS.bind(Messages.SalesActions_closeLostCommand, opportunity.getName()),
				() -> ops().closeLost(opportunity, reason[0], competitor[0], me()))));
	}

	/** Lets the user pick the stage, then moves (see {@link #moveStage(Shell, Opportunity, Stage)}). */
	public static boolean moveStage(Shell shell, Opportunity opportunity) {
		SalesWorkspace workspace = SalesSession.get().workspace();
		if (workspace.getProcess() == null) {
			return false;
		}
		List<Stage> stages = workspace.getProcess().getStages();
		Stage[] target = new Stage[1];
		int next = Math.min(stages.size() - 1, stages.indexOf(opportunity.getStage()) + 1);
		SalesDialog dialog = new SalesDialog(shell, Messages.SalesActions_moveTitle,
				NLS.bind(Messages.SalesActions_moveMessage, opportunity.getName(), SalesLabels.stage(opportunity.getStage()))) {
			Choice<Stage> stage;

			@Override
			protected void createFields(Composite fields) {
				stage = combo(fields, Messages.SalesActions_stage, stages, SalesLabels::stage, stages.get(Math.max(0, next)), null);
			}

			@Override
			protected void read() {
				target[0] = stage.selected();
			}
		};
		return Boolean.TRUE.equals(dialog.ifConfirmed(() -> target[0] != null && moveStage(shell, opportunity, target[0])));
	}

	/**
	 * Moves the opportunity to {@code target}; a refused move opens a dialog naming each gate that
	 * blocks it, who is responsible and what to do.
	 */
	public static boolean moveStage(Shell shell, Opportunity opportunity, Stage target) {
		try {
			SalesSession.get().execute(NLS.bind(Messages.SalesActions_moveCommand, SalesLabels.stage(target)),
					() -> {
						ops().moveToStage(opportunity, target, me(), null);
						return null;
					});
			return true;
		} catch (RefusedException e) {
			MoveRefusal refusal = MoveRefusal.of(opportunity, target, e.getMessage());
			if (refusals != null) {
				refusals.accept(refusal.message());
			} else {
				new RefusedMoveDialog(shell, refusal).open();
			}
			return false;
		}
	}

	/** A one-field dialog; returns the text or null when cancelled. */
	static String askText(Shell shell, String title, String message, String label, String missing) {
		String[] value = new String[1];
		SalesDialog dialog = new SalesDialog(shell, title, message) {
			Text text;

			@Override
			protected void createFields(Composite fields) {
				text = text(fields, label, "", true); //$NON-NLS-1$
				if (missing != null) {
					require(() -> text.getText().isBlank() ? missing : null);
				}
			}

			@Override
			protected void read() {
				value[0] = text.getText();
			}
		};
		return dialog.ifConfirmed(() -> value[0]);
	}

	/** What is wrong with an amount typed by the user, or null (blank is allowed: not known yet). */
	static String amountProblem(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			new BigDecimal(text.strip().replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		} catch (NumberFormatException e) {
			return NLS.bind(Messages.SalesActions_badAmount, text.strip());
		}
	}

	static Money parseAmount(String text, String currency) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return new Money(new BigDecimal(text.strip().replace(",", "")), currency == null ? "CNY" : currency); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
