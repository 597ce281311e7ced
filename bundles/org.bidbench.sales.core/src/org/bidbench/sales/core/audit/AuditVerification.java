package org.bidbench.sales.core.audit;

/**
 * The result of re-checking a whole chain.
 *
 * @param entries how many stored entries were checked
 * @param lastHash the hash of the last entry in hex, null for an empty log
 * @param problem the first place the chain does not hold, null when it is intact
 */
public record AuditVerification(int entries, String lastHash, AuditProblem problem) {

	public boolean intact() {
		return problem == null;
	}
}
