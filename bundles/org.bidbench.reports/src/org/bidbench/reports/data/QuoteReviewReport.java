package org.bidbench.reports.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportTable;
import org.bidbench.sales.core.quote.LineDifference;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;

/**
 * The data of the internal review ({@code quote-review}): cost, price and margin per line and per
 * category, lines below their category's margin floor, approvals and what is still missing, and
 * each line's change against the previous revision.
 */
public final class QuoteReviewReport {

	private QuoteReviewReport() {
	}

	/** @param catalog gives categories and margin floors; null prints lines without them */
	public static ReportData data(Quote quote, PriceCatalog catalog, Locale locale) {
		return data(quote, catalog, locale, null);
	}

	/**
	 * As {@link #data(Quote, PriceCatalog, Locale)}, with the take-off's coverage of the model per
	 * IFC class (count and priced share of volume).
	 *
	 * @param coverage the coverage of the take-off the quote was priced from; null leaves the table empty
	 */
	public static ReportData data(Quote quote, PriceCatalog catalog, Locale locale, org.bidbench.qto.Coverage coverage) {
		return data(QuoteStatement.of(quote, catalog, null), quote, locale, coverage);
	}

	/**
	 * The review of a statement: every figure printed is the statement's (computed with the catalog
	 * whose categories and floors it shows); the quote gives approvals, changes and flags.
	 *
	 * @param coverage the coverage of the take-off the quote was priced from; null leaves the table empty
	 */
	public static ReportData data(QuoteStatement statement, Quote quote, Locale locale, org.bidbench.qto.Coverage coverage) {
		Map<String, String> labels = ReportLabels.of(locale);
		ReportData data = new ReportData().labels(labels);
		ReportTable lines = new ReportTable("key", "code", "description", "category", "unit", "quantity", "unitCost", "unitPrice",
				"discount", "cost", "amount", "margin", "marginPercent", "floor", "below");
		for (QuoteStatement.Line line : statement.lines()) {
			lines.add(line.key(), line.code(), line.description(), category(line.category()), line.unit(), line.quantity(),
					amountOf(line.unitCost()), amountOf(line.unitPrice()), line.discountPercent(), amountOf(line.cost()),
					line.amount().amount(), amountOf(line.margin()), line.marginPercent(), line.floorPercent(), line.isBelowFloor());
		}
		data.table("lines", lines);

		ReportTable byCategory = new ReportTable("category", "cost", "amount", "margin", "marginPercent", "floor", "below");
		for (QuoteStatement.CategoryTotal c : statement.categories()) {
			byCategory.add(category(c.category()), amountOf(c.cost()), c.amount().amount(), amountOf(c.margin()), c.marginPercent(),
					c.floorPercent(), c.isBelowFloor());
		}
		data.table("categories", byCategory);

		ReportTable approvals = new ReportTable("role", "approver", "verdict", "at", "comment");
		for (Approval a : quote.getApprovals()) {
			approvals.add(a.getRole() == null ? "" : a.getRole().getLiteral(), a.getApprover() == null ? "" : a.getApprover().getName(),
					a.getVerdict() == null ? "" : a.getVerdict().getLiteral() + (a.isCarriedOver() ? " (carried over)" : ""),
					a.getAt() == null ? "" : a.getAt().toString().replace('T', ' ').replace("Z", " UTC"), a.getComment());
		}
		data.table("approvals", approvals);

		ReportTable changes = new ReportTable("key", "change", "quantityBefore", "quantityAfter", "amountBefore", "amountAfter",
				"delta");
		Quote previous = quote.getPreviousRevision();
		if (previous != null) {
			for (LineDifference d : QuoteRevisions.diff(previous, quote)) {
				if (d.change() != LineDifference.Change.UNCHANGED) {
					changes.add(d.key(), d.change().name().toLowerCase(Locale.ROOT), d.quantityBefore(), d.quantityAfter(),
							amountOf(d.amountBefore()), amountOf(d.amountAfter()), amountOf(d.amountDelta()));
				}
			}
		}
		data.table("changes", changes);

		// Errors first: they block the release until acknowledged; warnings are read and acknowledged the same way.
		ReportTable flags = new ReportTable("severity", "kind", "element", "line", "message", "acknowledged");
		List<QuoteFlag> ordered = new java.util.ArrayList<>(quote.getFlags());
		ordered.sort(java.util.Comparator.comparing((QuoteFlag f) -> f.getSeverity() == FlagSeverity.ERROR ? 0 : 1));
		for (QuoteFlag f : ordered) {
			flags.add(ReportLabels.worded(labels, "severity.", f.getSeverity().getLiteral()), ReportLabels.worded(labels, "flag.", f.getKind()),
					f.getGlobalId(), f.getLineKey() == null ? "" : f.getLineKey(),
					f.getMessage(), f.isAcknowledged()
							? (f.getAcknowledgedBy() == null ? "" : f.getAcknowledgedBy().getName() + ": ")
									+ (f.getComment() == null ? "" : f.getComment())
							: "");
		}
		data.table("flags", flags);
		ReportTable byClass = new ReportTable("ifcClass", "count", "priced", "excluded", "unmatched", "share");
		if (coverage != null) {
			for (org.bidbench.qto.Coverage.ClassCoverage c : coverage.byClass()) {
				byClass.add(c.ifcClass(), String.valueOf(c.count()), String.valueOf(c.priced()), String.valueOf(c.excluded()),
						String.valueOf(c.unmatched()), c.totalVolume() > 0
								? BigDecimal.valueOf(100 * c.pricedVolumeShare()).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %"
								: "—");
			}
		}
		data.table("coverage", byClass);

		List<ApprovalRule> missing = QuoteApprovalRequirements.missingApprovals(quote);
		BigDecimal margin = statement.marginPercent();
		Opportunity opportunity = quote.eContainer() instanceof Opportunity o ? o : null;
		data.text("quoteNumber", quote.getId()).text("revision", String.valueOf(quote.getRevision()))
				.text("quoteLabel", quoteLabel(quote))
				.text("status", quote.getStatus() == null ? "" : quote.getStatus().getLiteral())
				.text("customer", opportunity != null && opportunity.getCustomer() != null ? opportunity.getCustomer().getName() : "")
				.text("project", opportunity != null ? opportunity.getName() : "").text("currency", quote.getCurrency())
				.text("total", ReportLabels.money(statement.linesTotal().amount(), 2))
				.text("cost", ReportLabels.money(statement.totalCost().amount(), 2))
				.text("margin", ReportLabels.money(statement.margin().amount(), 2))
				.text("marginPercent", margin == null ? "—" : margin.toPlainString())
				.text("approvalStatus", missing.isEmpty()
						? "complete"
						: "missing: " + missing.stream().map(r -> r.getPurpose() + " (" + r.getRole().getLiteral() + ")")
								.collect(Collectors.joining(", ")))
				.text("previous", previous == null ? "" : previous.getId());
		return data;
	}

	/** The quote's number with its revision, once: ids made by revising already end in "-r2". */
	static String quoteLabel(org.bidbench.sales.model.Quote quote) {
		String id = quote.getId() == null ? "" : quote.getId();
		String revision = "r" + quote.getRevision();
		return id.endsWith("-" + revision) ? id : id + " " + revision;
	}

	/** A line of no known category is printed under a dash. */
	private static String category(String category) {
		return category == null ? "—" : category;
	}

	private static BigDecimal amountOf(Money money) {
		return money == null ? null : money.amount();
	}
}
