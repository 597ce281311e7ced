package org.bidbench.ui.sales.internal.editors;

import org.bidbench.sales.model.Customer;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.ui.PartInitException;

/** The customer editor: organisation, contacts in the decision chain, and the customer's history. */
public class CustomerEditor extends SalesRecordEditor<Customer> {

	public static final String ID = SalesEditors.CUSTOMER_EDITOR;

	private CustomerPage page;

	public CustomerEditor() {
		super(Customer.class, Messages.CustomerEditor_noCustomer);
	}

	public Customer customer() {
		return record();
	}

	@Override
	protected void addPages() {
		try {
			page = new CustomerPage(this);
			addPage(page);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	public CustomerPage page() {
		return page;
	}

	@Override
	protected void refreshPages() {
		page.refreshIfCreated();
	}
}
