package org.bidbench.sales.model.constraints;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.ChangeOrder;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.GateKind;
import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.util.SalesValidator;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Bodies of the invariants declared in {@code sales.ecore}. The generated model code delegates
 * here (through the invariants' GenModel body annotations), so the rules are hand-written
 * while the generated {@link SalesValidator} stays untouched.
 *
 * <p>Each message says which object is wrong, what is wrong and what to do.
 */
public final class SalesConstraints {

	private SalesConstraints() {
	}

	public static boolean lostHasReason(Opportunity o, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = o.getStatus() != OpportunityStatus.LOST || !blank(o.getLostReason());
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.OPPORTUNITY__LOST_HAS_REASON, o,
				label(o) + " is closed lost but has no lost reason: record why it was lost"
						+ " (and the winning competitor if known).");
	}

	public static boolean closedHasDate(Opportunity o, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = o.getStatus() == OpportunityStatus.OPEN || o.getClosedAt() != null;
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.OPPORTUNITY__CLOSED_HAS_DATE, o,
				label(o) + " is " + o.getStatus().getLiteral() + " but has no closing date: set closedAt.");
	}

	public static boolean amountNotNegative(Opportunity o, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = o.getAmount() == null || !o.getAmount().isNegative();
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.OPPORTUNITY__AMOUNT_NOT_NEGATIVE, o,
				label(o) + " has a negative amount (" + o.getAmount() + "): enter the expected contract value.");
	}

	public static boolean deadlineNotNegative(Gate g, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = g.getDeadlineHours() >= 0;
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.GATE__DEADLINE_NOT_NEGATIVE, g,
				label(g) + " has a negative deadline (" + g.getDeadlineHours()
						+ " h): use 0 for no deadline or the hours after the anchor event.");
	}

	public static boolean deliverableGateNamesType(Gate g, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = g.getKind() != GateKind.DELIVERABLE || !blank(g.getDeliverableType());
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.GATE__DELIVERABLE_GATE_NAMES_TYPE, g,
				label(g) + " asks for a deliverable but names no deliverable type: set deliverableType"
						+ " (e.g. requirements-analysis).");
	}

	public static boolean supersededHasSuccessor(Quote q, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = q.getStatus() != QuoteStatus.SUPERSEDED || q.getNextRevision() != null;
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.QUOTE__SUPERSEDED_HAS_SUCCESSOR, q,
				label(q) + " is marked superseded but no later revision points to it: link the next revision.");
	}

	public static boolean linesInQuoteCurrency(Quote q, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		for (QuoteLine line : q.getLines()) {
			for (Money m : new Money[]{line.getUnitCost(), line.getUnitPrice()}) {
				if (m != null && !m.currency().equals(q.getCurrency())) {
					ok = report(false, diagnostics, Diagnostic.ERROR, SalesValidator.QUOTE__LINES_IN_QUOTE_CURRENCY, line,
							lineLabel(line) + " is priced in " + m.currency() + " but the quote is in " + q.getCurrency()
									+ ": convert the line or change the quote currency.");
					break;
				}
			}
			if (!ok && diagnostics == null) {
				return false;
			}
		}
		return ok;
	}

	public static boolean quantityNotNegative(QuoteLine l, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = l.getQuantity() == null || l.getQuantity().signum() >= 0;
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.QUOTE_LINE__QUANTITY_NOT_NEGATIVE, l,
				lineLabel(l) + " has a negative quantity (" + plain(l.getQuantity()) + "): quantities are never negative;"
						+ " use a credit line with a negative price instead.");
	}

	public static boolean discountInRange(QuoteLine l, DiagnosticChain diagnostics, Map<Object, Object> context) {
		BigDecimal d = l.getDiscountPercent();
		boolean ok = d == null || (d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(100)) <= 0);
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.QUOTE_LINE__DISCOUNT_IN_RANGE, l,
				lineLabel(l) + " has a discount of " + plain(d) + "%: a discount is between 0 and 100 percent.");
	}

	/** A warning, not an error: selling below cost can be a deliberate decision. */
	public static boolean pricedAboveCost(QuoteLine l, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (l.getUnitCost() == null || l.getUnitPrice() == null
				|| !l.getUnitCost().currency().equals(l.getUnitPrice().currency())) {
			return true;
		}
		BigDecimal discount = l.getDiscountPercent() == null ? BigDecimal.ZERO : l.getDiscountPercent();
		Money net = l.getUnitPrice().times(BigDecimal.ONE.subtract(discount.movePointLeft(2)));
		boolean ok = net.compareTo(l.getUnitCost()) >= 0;
		return report(ok, diagnostics, Diagnostic.WARNING, SalesValidator.QUOTE_LINE__PRICED_ABOVE_COST, l,
				lineLabel(l) + " sells at " + net.rounded() + " per " + l.getUnit() + " after discount, below its unit cost "
						+ l.getUnitCost() + ": check the price or the discount.");
	}

	public static boolean validityOrdered(CatalogItem c, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = c.getValidFrom() == null || c.getValidTo() == null || !c.getValidTo().isBefore(c.getValidFrom());
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.CATALOG_ITEM__VALIDITY_ORDERED, c,
				"Catalog item " + c.getCode() + " is valid to " + c.getValidTo() + ", before it becomes valid on "
						+ c.getValidFrom() + ": swap or correct the dates.");
	}

	public static boolean priceRuleComplete(CatalogItem c, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = c.getPriceRule() == PriceRule.FIXED_PRICE
				? c.getUnitPrice() != null
				: c.getMarginPercent() != null && c.getUnitCost() != null;
		String what = c.getPriceRule() == PriceRule.FIXED_PRICE
				? "a fixed price but no unit price"
				: "a cost-plus price but no unit cost or margin";
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.CATALOG_ITEM__PRICE_RULE_COMPLETE, c,
				"Catalog item " + c.getCode() + " has " + what + ": complete the price rule.");
	}

	/** A warning: milestones are often fixed after the value, but a mismatch must be seen. */
	public static boolean milestonesMatchValue(Contract c, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (c.getValue() == null || c.getMilestones().isEmpty()) {
			return true;
		}
		Money sum = Money.zero(c.getValue().currency());
		for (PaymentMilestone m : c.getMilestones()) {
			if (m.getAmount() == null || !m.getAmount().currency().equals(sum.currency())) {
				return true;
			}
			sum = sum.plus(m.getAmount());
		}
		Money expected = c.getValue();
		for (ChangeOrder change : c.getChangeOrders()) {
			if (change.getAmount() != null && change.getStatus() == org.bidbench.sales.model.ChangeOrderStatus.APPROVED
					&& change.getAmount().currency().equals(expected.currency())) {
				expected = expected.plus(change.getAmount());
			}
		}
		boolean ok = sum.equals(expected) || sum.equals(c.getValue());
		return report(ok, diagnostics, Diagnostic.WARNING, SalesValidator.CONTRACT__MILESTONES_MATCH_VALUE, c,
				label(c) + " has payment milestones adding up to " + sum + " but a value of " + c.getValue()
						+ ": adjust the milestones so that everything is invoiced.");
	}

	public static boolean collectedNotAboveAmount(PaymentMilestone m, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean ok = m.getCollectedAmount() == null || m.getAmount() == null
				|| !m.getCollectedAmount().currency().equals(m.getAmount().currency())
				|| m.getCollectedAmount().compareTo(m.getAmount()) <= 0;
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.PAYMENT_MILESTONE__COLLECTED_NOT_ABOVE_AMOUNT, m,
				milestoneLabel(m) + " records " + m.getCollectedAmount() + " collected, more than its amount "
						+ m.getAmount() + ": book the excess against another milestone.");
	}

	public static boolean collectedAfterInvoice(PaymentMilestone m, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean ok = m.getCollectedOn() == null
				|| (m.getInvoicedOn() != null && !m.getCollectedOn().isBefore(m.getInvoicedOn()));
		String why = m.getInvoicedOn() == null ? "but was never invoiced" : "before its invoice of " + m.getInvoicedOn();
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.PAYMENT_MILESTONE__COLLECTED_AFTER_INVOICE, m,
				milestoneLabel(m) + " was collected on " + m.getCollectedOn() + " " + why
						+ ": enter the invoice date.");
	}

	public static boolean scoreInRange(NpsAnswer a, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = a.getScore() >= 0 && a.getScore() <= 10;
		Customer c = a.getCustomer();
		return report(ok, diagnostics, Diagnostic.ERROR, SalesValidator.NPS_ANSWER__SCORE_IN_RANGE, a,
				"NPS answer of " + (c == null ? "an unknown customer" : label(c)) + " on " + a.getAnsweredOn()
						+ " has score " + a.getScore() + ": NPS scores run from 0 to 10.");
	}

	private static boolean report(boolean ok, DiagnosticChain diagnostics, int severity, int code, EObject object,
			String message) {
		if (!ok && diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SalesValidator.DIAGNOSTIC_SOURCE, code, message,
					new Object[]{object}));
		}
		// A warning does not make the object invalid.
		return ok || severity == Diagnostic.WARNING;
	}

	static String label(Identified object) {
		String kind = object.eClass().getName();
		String name = switch (object) {
			case Opportunity o -> o.getName();
			case Customer c -> c.getName();
			case Gate g -> g.getName();
			case Quote q -> "revision " + q.getRevision();
			case Contract c -> c.getNumber();
			default -> null;
		};
		return kind + " " + object.getId() + (name == null ? "" : " '" + name + "'");
	}

	private static String lineLabel(QuoteLine line) {
		String where = line.eContainer() instanceof Quote q ? " of " + label(q) : "";
		return "Quote line " + line.getKey() + " (" + line.getCostItemCode() + ")" + where;
	}

	private static String milestoneLabel(PaymentMilestone m) {
		String where = m.eContainer() instanceof Contract c ? " of " + label(c) : "";
		return "Payment milestone '" + m.getName() + "'" + where;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String plain(BigDecimal d) {
		return d == null ? "none" : d.toPlainString();
	}
}
