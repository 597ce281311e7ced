package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bidbench.sales.core.quote.QuoteApprovalValidator;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

/** The approval invariant, which sales.core adds to the sales model's own through EMF's validator registry. */
class QuoteApprovalValidationTest {

	@Test
	void salesCoreRegistersItsValidatorForTheSalesPackage() {
		assertTrue(EValidator.Registry.INSTANCE.get(SalesPackage.eINSTANCE) instanceof QuoteApprovalValidator,
				"registered when sales.core starts");
	}

	@Test
	void releasedQuoteWithoutApprovalsIsAnError() {
		SalesFixture fx = new SalesFixture();
		ApprovalRule rule = SalesFactory.eINSTANCE.createApprovalRule();
		rule.setRole(EmployeeRole.TECHNICAL_LEAD);
		rule.setPurpose("technical review");
		rule.setSequence(10);
		fx.ws.getProcess().getQuoteApprovalRules().clear();
		fx.ws.getProcess().getQuoteApprovalRules().add(rule);
		Opportunity o = fx.opportunity("O1", "stage-quote", java.time.Instant.parse("2026-03-01T00:00:00Z"));
		Quote q = fx.quote(o, "10 x 800");
		q.setStatus(QuoteStatus.RELEASED);

		Diagnostic d = Diagnostician.INSTANCE.validate(fx.ws);
		List<Diagnostic> found = d.getChildren().stream()
				.filter(c -> QuoteApprovalValidator.DIAGNOSTIC_SOURCE.equals(c.getSource())
						&& c.getCode() == QuoteApprovalValidator.RELEASED_HAS_APPROVALS)
				.toList();
		assertEquals(1, found.size(), d.getChildren().toString());
		assertEquals(Diagnostic.ERROR, found.get(0).getSeverity());
		assertEquals("Quote O1-Q-r1 'revision 1' is released without the approvals the process requires: missing"
				+ " technical review (technical lead). Withdraw it to draft and obtain them.", found.get(0).getMessage());
		assertEquals(q, found.get(0).getData().get(0));

		q.setStatus(QuoteStatus.DRAFT);
		assertTrue(Diagnostician.INSTANCE.validate(fx.ws).getChildren().stream()
				.noneMatch(c -> QuoteApprovalValidator.DIAGNOSTIC_SOURCE.equals(c.getSource())), "a draft needs no approval yet");
	}
}
