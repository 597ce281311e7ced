package org.bidbench.sales.core.quote.takeoff;

/**
 * A take-off line that cannot be priced. It blocks the quote: a line priced at zero would go to
 * the client as a gift.
 *
 * @param itemCode the cost item code of the take-off line
 * @param lineKey  the take-off line
 * @param reason   why it has no price
 * @param message  what, where and what to do, for the user
 */
public record MissingPrice(String itemCode, String lineKey, Reason reason, String message) {

	public enum Reason {
		/** The catalog has no item with the code valid on the quote date. */
		NOT_IN_CATALOG,
		/** The item exists but has neither a fixed price nor a cost and margin. */
		NO_PRICE,
		/** The item is sold in a different unit than the take-off measured. */
		UNIT_MISMATCH
	}
}
