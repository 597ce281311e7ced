package org.bidbench.ui.sales.internal.editors;

import org.bidbench.sales.model.Money;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The dialog that asks for a new opportunity's name and amount, both required, for a new
 * opportunity of a customer and for a lead converted into one. What a subclass asks besides
 * stands between the name and the amount.
 */
class OpportunityDialog extends SalesDialog {

	private final String initialName;
	private final String currency;
	private Text nameText;
	private Text amountText;
	private String name;
	private Money amount;

	OpportunityDialog(Shell shell, String title, String message, String initialName, String currency) {
		super(shell, title, message);
		this.initialName = initialName;
		this.currency = currency;
	}

	@Override
	protected final void createFields(Composite fields) {
		nameText = text(fields, Messages.SalesActions_opportunityName, initialName, false);
		createOtherFields(fields);
		amountText = text(fields, NLS.bind(Messages.SalesActions_amount, currency), "", false); //$NON-NLS-1$
		require(() -> nameText.getText().isBlank() ? Messages.SalesActions_nameMissing : null);
		require(() -> SalesActions.amountProblem(amountText.getText()));
	}

	/** Adds the fields a subclass asks for besides the name and amount. */
	protected void createOtherFields(Composite fields) {
	}

	@Override
	protected final void read() {
		name = nameText.getText();
		amount = SalesActions.parseAmount(amountText.getText(), currency);
		readOtherFields();
	}

	/** Reads the fields of {@link #createOtherFields(Composite)} when the user confirms. */
	protected void readOtherFields() {
	}

	/** The name typed, once confirmed. */
	String name() {
		return name;
	}

	/** The amount typed, in the workspace's currency, once confirmed. */
	Money amount() {
		return amount;
	}
}
