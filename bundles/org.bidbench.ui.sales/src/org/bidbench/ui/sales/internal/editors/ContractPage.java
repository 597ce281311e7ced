package org.bidbench.ui.sales.internal.editors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The contract made from the released quote, its payment milestones and their collections. */
public class ContractPage extends SalesFormPage {

	public static final String ID = "contract"; //$NON-NLS-1$

	private final OpportunityEditor editor;
	private Label number;
	private Label signed;
	private Label value;
	private Label quote;
	private Label collected;
	private Button create;
	private TableViewer milestones;

	public ContractPage(OpportunityEditor editor) {
		super(editor, ID, Messages.ContractPage_title);
		this.editor = editor;
	}

	@Override
	protected void fill(Composite body) {
		Composite contract = section(body, Messages.ContractPage_section, Messages.ContractPage_description, 2);
		number = value(contract, Messages.ContractPage_number);
		signed = value(contract, Messages.ContractPage_signedOn);
		value = value(contract, Messages.ContractPage_value);
		quote = value(contract, Messages.ContractPage_quote);
		collected = value(contract, Messages.ContractPage_collected);
		create = button(buttons(contract, 2), Messages.ContractPage_create, () -> SalesActions.run(shell(),
				Messages.ContractPage_createCommand, () -> SalesActions.ops().createContract(editor.opportunity(), null, null, SalesActions.me())));

		Composite payments = section(body, Messages.ContractPage_milestones, Messages.ContractPage_milestonesDescription, 1);
		milestones = table(payments, 1, 170,
				new Column<PaymentMilestone>("#", 35, m -> Integer.toString(number(m))), //$NON-NLS-1$
				new Column<PaymentMilestone>(Messages.ContractPage_name, 160, PaymentMilestone::getName),
				new Column<PaymentMilestone>(Messages.ContractPage_amount, 130, m -> SalesLabels.money(m.getAmount())),
				new Column<PaymentMilestone>(Messages.ContractPage_planned, 90, m -> SalesLabels.day(m.getPlannedDate())),
				new Column<PaymentMilestone>(Messages.ContractPage_delivered, 90, m -> SalesLabels.day(m.getDeliveredOn())),
				new Column<PaymentMilestone>(Messages.ContractPage_invoiced, 90, m -> SalesLabels.day(m.getInvoicedOn())),
				new Column<PaymentMilestone>(Messages.ContractPage_due, 90, m -> SalesLabels.day(m.getDueDate())),
				new Column<PaymentMilestone>(Messages.ContractPage_collectedAmount, 130, m -> SalesLabels.money(m.getCollectedAmount())),
				new Column<PaymentMilestone>(Messages.ContractPage_outstanding, 130, m -> SalesLabels.money(SalesOperations.outstanding(m))),
				new Column<PaymentMilestone>(Messages.ContractPage_flag, 90, m -> overdue(m) ? Messages.ContractPage_overdue : "")); //$NON-NLS-1$
		Composite buttons = buttons(payments, 1);
		button(buttons, Messages.ContractPage_addMilestone, this::addMilestone);
		button(buttons, Messages.ContractPage_markDelivered, () -> onMilestone(Messages.ContractPage_deliveredCommand,
				(c, n) -> SalesActions.ops().markDelivered(c, n, SalesActions.ops().today())));
		button(buttons, Messages.ContractPage_markInvoiced, () -> onMilestone(Messages.ContractPage_invoicedCommand,
				(c, n) -> SalesActions.ops().markInvoiced(c, n, SalesActions.ops().today())));
		button(buttons, Messages.ContractPage_recordCollection, this::collect);
	}

	static int number(PaymentMilestone milestone) {
		return ((Contract) milestone.eContainer()).getMilestones().indexOf(milestone) + 1;
	}

	static boolean overdue(PaymentMilestone milestone) {
		Money outstanding = SalesOperations.outstanding(milestone);
		return milestone.getDueDate() != null && milestone.getDueDate().isBefore(SalesActions.ops().today())
				&& outstanding != null && outstanding.amount().signum() > 0;
	}

	private void onMilestone(String label, java.util.function.ObjIntConsumer<Contract> change) {
		PaymentMilestone milestone = selected(milestones);
		if (milestone != null) {
			Contract contract = (Contract) milestone.eContainer();
			int n = number(milestone);
			SalesActions.run(shell(), NLS.bind(label, milestone.getName()), () -> change.accept(contract, n));
		}
	}

	private void addMilestone() {
		Contract contract = editor.opportunity().getContract();
		if (contract == null) {
			return;
		}
		String[] name = new String[1];
		BigDecimal[] percent = new BigDecimal[1];
		LocalDate[] planned = new LocalDate[1];
		LocalDate[] due = new LocalDate[1];
		SalesDialog dialog = new SalesDialog(shell(), Messages.ContractPage_addMilestone, Messages.ContractPage_addMilestoneMessage) {
			Text nameText;
			Text percentText;
			Text plannedText;
			Text dueText;

			@Override
			protected void createFields(Composite fields) {
				nameText = text(fields, Messages.ContractPage_name, "", false); //$NON-NLS-1$
				percentText = text(fields, Messages.ContractPage_percent, "", false); //$NON-NLS-1$
				plannedText = text(fields, Messages.ContractPage_plannedFormat, "", false); //$NON-NLS-1$
				dueText = text(fields, Messages.ContractPage_dueFormat, "", false); //$NON-NLS-1$
				require(() -> nameText.getText().isBlank() ? Messages.ContractPage_nameMissing : null);
				require(() -> decimal(percentText.getText()) == null ? NLS.bind(Messages.ContractPage_badPercent, percentText.getText()) : null);
				require(() -> !plannedText.getText().isBlank() && date(plannedText.getText()) == null
						? NLS.bind(Messages.ContractPage_badDate, plannedText.getText())
						: null);
				require(() -> !dueText.getText().isBlank() && date(dueText.getText()) == null
						? NLS.bind(Messages.ContractPage_badDate, dueText.getText())
						: null);
			}

			@Override
			protected void read() {
				name[0] = nameText.getText();
				percent[0] = decimal(percentText.getText());
				planned[0] = date(plannedText.getText());
				due[0] = date(dueText.getText());
			}
		};
		if (dialog.open() == Window.OK) {
			SalesActions.run(shell(), NLS.bind(Messages.ContractPage_addMilestoneCommand, name[0].strip()),
					() -> SalesActions.ops().addMilestone(contract, name[0], percent[0], planned[0], due[0]));
		}
	}

	private void collect() {
		PaymentMilestone milestone = selected(milestones);
		if (milestone == null) {
			return;
		}
		Contract contract = (Contract) milestone.eContainer();
		int n = number(milestone);
		Money outstanding = SalesOperations.outstanding(milestone);
		String currency = milestone.getAmount() == null ? SalesSession.get().workspace().getCurrency() : milestone.getAmount().currency();
		BigDecimal[] amount = new BigDecimal[1];
		LocalDate[] on = new LocalDate[1];
		SalesDialog dialog = new SalesDialog(shell(), Messages.ContractPage_recordCollection,
				NLS.bind(Messages.ContractPage_collectMessage, milestone.getName(), SalesLabels.money(outstanding))) {
			Text amountText;
			Text onText;

			@Override
			protected void createFields(Composite fields) {
				amountText = text(fields, NLS.bind(Messages.ContractPage_collectAmount, currency),
						outstanding == null ? "" : outstanding.amount().toPlainString(), false); //$NON-NLS-1$
				onText = text(fields, Messages.ContractPage_collectedOn, SalesLabels.day(SalesActions.ops().today()), false);
				require(() -> decimal(amountText.getText()) == null ? NLS.bind(Messages.ContractPage_badAmount, amountText.getText()) : null);
				require(() -> date(onText.getText()) == null ? NLS.bind(Messages.ContractPage_badDate, onText.getText()) : null);
			}

			@Override
			protected void read() {
				amount[0] = decimal(amountText.getText());
				on[0] = date(onText.getText());
			}
		};
		if (dialog.open() == Window.OK) {
			Money money = new Money(amount[0], currency);
			SalesActions.run(shell(), NLS.bind(Messages.ContractPage_collectCommand, SalesLabels.money(money), milestone.getName()),
					() -> SalesActions.ops().recordCollection(contract, n, money, on[0]));
		}
	}

	static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text.strip().replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			return null;
		}
	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	@Override
	protected void refresh() {
		Opportunity o = editor.opportunity();
		if (o == null) {
			return;
		}
		Contract contract = o.getContract();
		create.setEnabled(contract == null);
		number.setText(contract == null ? Messages.ContractPage_none : contract.getNumber());
		signed.setText(contract == null ? "" : SalesLabels.day(contract.getSignedOn())); //$NON-NLS-1$
		value.setText(contract == null ? "" : SalesLabels.money(contract.getValue())); //$NON-NLS-1$
		quote.setText(contract == null || contract.getQuote() == null ? "" : NLS.bind(Messages.ContractPage_quoteRevision, contract.getQuote().getRevision())); //$NON-NLS-1$
		Money total = null;
		if (contract != null) {
			for (PaymentMilestone m : contract.getMilestones()) {
				if (m.getCollectedAmount() != null) {
					total = total == null ? m.getCollectedAmount() : total.plus(m.getCollectedAmount());
				}
			}
		}
		collected.setText(SalesLabels.money(total));
		setInput(milestones, contract == null ? List.of() : List.copyOf(contract.getMilestones()));
		milestones.refresh();
		number.getParent().layout();
	}
}
