package org.bidbench.ui.sales.internal.views;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.GateKind;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;

/**
 * What waits for the current user's decision: quote revisions in review whose approval rule is
 * the user's role (technical review, finance cost estimate, the sales manager for a discount
 * beyond the threshold) and submitted deliverables whose gate names the user's role as reviewer.
 * For a revised quote it tells the lines that changed (asked again) from those whose approval
 * carried over.
 */
public final class ApprovalInbox {

	/** Roles that see cost, margin and the margin floor. */
	public static final Set<EmployeeRole> MARGIN_ROLES = EnumSet.of(EmployeeRole.COMMERCIAL_LEAD, EmployeeRole.FINANCE,
			EmployeeRole.SALES_MANAGER, EmployeeRole.EXECUTIVE);

	/**
	 * One request.
	 *
	 * @param statement   for a quote, its figures (with the catalog's floors when the user sees margins); null for a deliverable
	 * @param rule        for a quote, the rule of the user's role; null for a deliverable
	 * @param asked       the quote lines this decision covers (lacking the role's approval)
	 * @param carried     the quote lines whose approval by this role carried over from the previous revision
	 * @param waitingFor  earlier rules of the sequence still missing (the user acts after them); empty when it is the user's turn
	 * @param margin      the quote's margin in percent, null when the user may not see it
	 * @param floor       the strictest margin floor of the quote's catalog item categories, null when unknown or hidden
	 * @param belowFloor  lines priced below their category's floor (empty when hidden)
	 */
	public record Request(Opportunity opportunity, Quote quote, QuoteStatement statement, Deliverable deliverable, Gate gate,
			ApprovalRule rule,
			List<QuoteLine> asked, List<QuoteLine> carried, List<ApprovalRule> waitingFor, BigDecimal margin,
			BigDecimal floor, List<QuoteLine> belowFloor, Instant since) implements OpportunitySelection.Row {

		public boolean isQuote() {
			return quote != null;
		}

		public boolean isRevision() {
			return quote != null && quote.getPreviousRevision() != null;
		}

		public boolean isMyTurn() {
			return waitingFor.isEmpty();
		}
	}

	private ApprovalInbox() {
	}

	/** What waits for {@code user}, oldest first. */
	public static List<Request> of(SalesWorkspace workspace, Employee user) {
		List<Request> requests = new ArrayList<>();
		if (workspace == null || user == null || user.getRole() == null) {
			return requests;
		}
		boolean seesMargin = MARGIN_ROLES.contains(user.getRole());
		for (Opportunity opportunity : workspace.getOpportunities()) {
			if (opportunity.getStatus() != OpportunityStatus.OPEN) {
				continue;
			}
			for (Quote quote : opportunity.getQuotes()) {
				if (quote.getStatus() != QuoteStatus.IN_REVIEW) {
					continue;
				}
				List<ApprovalRule> missing = QuoteApprovalRequirements.missingApprovals(quote);
				ApprovalRule mine = missing.stream().filter(r -> r.getRole() == user.getRole()).findFirst().orElse(null);
				if (mine == null) {
					continue;
				}
				List<QuoteLine> asked = QuoteApprovalRequirements.linesLackingApproval(quote, user.getRole());
				List<QuoteLine> carried = new ArrayList<>(quote.getLines());
				carried.removeAll(asked);
				List<ApprovalRule> earlier = missing.stream().filter(r -> r.getSequence() < mine.getSequence()).toList();
				BigDecimal margin = null;
				BigDecimal floor = null;
				List<QuoteLine> below = List.of();
				PriceCatalog catalog = seesMargin ? catalogOf(workspace, quote) : null;
				QuoteStatement statement = QuoteStatement.of(quote, catalog, null);
				if (seesMargin) {
					margin = statement.marginPercent();
					if (catalog != null) {
						floor = strictestFloor(catalog, quote);
						below = statement.belowFloor().stream().map(w -> quote.getLines().get(w.line().index())).distinct().toList();
					}
				}
				requests.add(new Request(opportunity, quote, statement, null, null, mine, List.copyOf(asked), List.copyOf(carried),
						earlier, margin, floor, below, quote.getCreatedAt()));
			}
			for (Deliverable deliverable : opportunity.getDeliverables()) {
				if (deliverable.getStatus() != DeliverableStatus.SUBMITTED) {
					continue;
				}
				Gate gate = gateOf(workspace, deliverable);
				if (gate != null && gate.isSetReviewerRole() && gate.getReviewerRole() == user.getRole()) {
					requests.add(new Request(opportunity, null, null, deliverable, gate, null, List.of(), List.of(), List.of(), null, null,
							List.of(), deliverable.getSubmittedAt()));
				}
			}
		}
		requests.sort(Comparator.comparing(Request::since, Comparator.nullsLast(Comparator.naturalOrder())));
		return requests;
	}

	/** The deliverable gate of the workspace's process the deliverable is for (by its type). */
	static Gate gateOf(SalesWorkspace workspace, Deliverable deliverable) {
		if (workspace.getProcess() == null) {
			return null;
		}
		for (Stage stage : workspace.getProcess().getStages()) {
			for (Gate gate : stage.getGates()) {
				if (gate.getKind() == GateKind.DELIVERABLE && gate.getDeliverableType() != null
						&& gate.getDeliverableType().equals(deliverable.getType())) {
					return gate;
				}
			}
		}
		return null;
	}

	/** The workspace's catalog in the quote's currency that prices most of its lines. */
	public static PriceCatalog catalogOf(SalesWorkspace workspace, Quote quote) {
		PriceCatalog best = null;
		long bestCount = 0;
		for (PriceCatalog catalog : workspace.getPriceCatalogs()) {
			if (quote.getCurrency() != null && catalog.getCurrency() != null && !quote.getCurrency().equals(catalog.getCurrency())) {
				continue;
			}
			long count = quote.getLines().stream()
					.filter(l -> catalog.getItems().stream().anyMatch(i -> i.getCode().equals(l.getCostItemCode()))).count();
			if (count > bestCount) {
				best = catalog;
				bestCount = count;
			}
		}
		return best;
	}

	/** The highest minimum margin among the floors of the categories the quote's lines belong to. */
	static BigDecimal strictestFloor(PriceCatalog catalog, Quote quote) {
		BigDecimal strictest = null;
		for (QuoteLine line : quote.getLines()) {
			String category = catalog.getItems().stream().filter(i -> i.getCode().equals(line.getCostItemCode()))
					.map(CatalogItem::getCategory).findFirst().orElse(null);
			for (MarginFloor floor : catalog.getMarginFloors()) {
				if (floor.getCategory().equals(category)
						&& (strictest == null || floor.getMinimumMarginPercent().compareTo(strictest) > 0)) {
					strictest = floor.getMinimumMarginPercent();
				}
			}
		}
		return strictest;
	}
}
