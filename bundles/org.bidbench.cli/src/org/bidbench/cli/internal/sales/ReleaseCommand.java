package org.bidbench.cli.internal.sales;

/** {@code bidbench release QUOTE-ID --workspace DIR}: releases a quote revision to the client once its approvals allow. */
public class ReleaseCommand extends QuoteStatusCommand {

	public ReleaseCommand() {
		super(true);
	}
}
