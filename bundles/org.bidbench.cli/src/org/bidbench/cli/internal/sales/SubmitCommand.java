package org.bidbench.cli.internal.sales;

/** {@code bidbench submit QUOTE-ID --workspace DIR}: sends a draft quote revision (one an approver rejected) back to review. */
public class SubmitCommand extends QuoteStatusCommand {

	public SubmitCommand() {
		super(false);
	}
}
