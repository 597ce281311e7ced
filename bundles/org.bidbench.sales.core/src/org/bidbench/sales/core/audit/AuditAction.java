package org.bidbench.sales.core.audit;

/** What an audit entry records. New kinds are added at the end; their names are part of the signed bytes. */
public enum AuditAction {
	/** A quote approved or rejected by a role (details: quote, role, verdict). */
	APPROVAL,
	/** An opportunity moved from one stage to another (details: from, to). */
	STAGE_CHANGE,
	/** A quote revision released to the client (details: quote, revision, total). */
	QUOTE_RELEASE,
	/** A contract signed (details: contract, value, signedOn). */
	CONTRACT_SIGNATURE,
	/** Money collected on a payment milestone (details: milestone, amount, collectedOn). */
	MILESTONE_COLLECTION,
	/** A price changed in a catalog or on a quote line (details: item, from, to). */
	PRICE_CHANGE,
	/**
	 * An employee's public key registered in the store (details: publicKey, and for a second key
	 * of the same employee endorsedBy + endorsement, a signature of the new key by an earlier one).
	 */
	KEY_REGISTRATION
}
