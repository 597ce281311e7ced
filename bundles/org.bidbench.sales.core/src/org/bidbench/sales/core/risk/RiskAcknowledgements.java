package org.bidbench.sales.core.risk;

import java.time.Instant;

import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.RiskAcknowledgement;
import org.bidbench.sales.model.SalesFactory;

/**
 * A person acknowledges a risk flag with a comment: it is kept on the opportunity and the flag
 * stops notifying (it still shows, marked acknowledged). Run it through the caller's command
 * stack (the workbench's session) so that it can be undone.
 */
public final class RiskAcknowledgements {

	private RiskAcknowledgements() {
	}

	/**
	 * @throws RefusedException when the comment is empty (saying what was done is the point) or
	 *                          the flag is already acknowledged; nothing changes then
	 */
	public static RiskAcknowledgement acknowledge(RiskFlag flag, Employee by, String comment, Instant at) {
		if (comment == null || comment.isBlank()) {
			throw new RefusedException(new RuleCheck(java.util.List.of("Acknowledging flag '" + flag.key() + "' of " + flag.opportunity().getId()
					+ " needs a comment: write what is being done about it.")));
		}
		if (!flag.isNew()) {
			throw new RefusedException(new RuleCheck(java.util.List.of("Flag '" + flag.key() + "' of " + flag.opportunity().getId()
					+ " was already acknowledged on " + flag.acknowledgement().getAt() + ".")));
		}
		RiskAcknowledgement a = SalesFactory.eINSTANCE.createRiskAcknowledgement();
		a.setFlagKey(flag.key());
		a.setAcknowledgedBy(by);
		a.setAt(at);
		a.setComment(comment.strip());
		flag.opportunity().getRiskAcknowledgements().add(a);
		return a;
	}
}
