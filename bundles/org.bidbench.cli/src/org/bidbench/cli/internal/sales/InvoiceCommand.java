package org.bidbench.cli.internal.sales;

/** {@code bidbench invoice CONTRACT-ID --milestone N --on DATE}: records a milestone's invoice. */
public class InvoiceCommand extends CollectCommand {

	public InvoiceCommand() {
		super(false);
	}
}
