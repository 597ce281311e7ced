package org.bidbench.demo.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bidbench.sales.core.quote.ClientQuoteStatement;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.Quote;

/**
 * What a client may see of a quote, and nothing else: the lines with their selling prices, the
 * totals and the payment schedule. It is a copy made once from the quote; it holds no reference to
 * the quote, its opportunity or the workspace, and has no field for unit cost, margin, approvals,
 * internal notes or other customers. Presenter mode, the handout and the cash curve are given this
 * projection, never the quote, so they cannot show what it does not carry.
 *
 * @param reference the quote's number and revision, as printed on the client's quote
 * @param customer the customer the quote is for (empty when unknown)
 * @param currency ISO code
 * @param lines the priced lines
 * @param linesTotal sum of the line amounts
 * @param discount the quote discount
 * @param net lines total less the discount
 * @param taxRatePercent VAT rate
 * @param tax VAT
 * @param grandTotal what the client pays
 * @param milestones the payment schedule; amounts add up to the grand total
 */
public record ClientQuote(String reference, String customer, String currency, List<Line> lines, BigDecimal linesTotal,
		BigDecimal discount, BigDecimal net, BigDecimal taxRatePercent, BigDecimal tax, BigDecimal grandTotal,
		List<Milestone> milestones) {

	/**
	 * A quote line at its selling price.
	 *
	 * @param key the line's key, by which storyboard steps refer to it
	 * @param section the storey it is printed under (empty when none)
	 * @param description what is supplied
	 * @param unit unit of measure
	 * @param quantity how much
	 * @param unitPrice net selling price per unit (after the line's discount)
	 * @param amount the line's amount
	 * @param globalIds the model elements it prices
	 */
	public record Line(String key, String section, String description, String unit, BigDecimal quantity,
			BigDecimal unitPrice, BigDecimal amount, List<String> globalIds) {
		public Line {
			globalIds = List.copyOf(globalIds);
		}
	}

	/**
	 * A payment milestone.
	 *
	 * @param name what it is paid for
	 * @param amount how much
	 * @param plannedDate when the contract plans it; {@code null} for a quote's proposed schedule, which
	 *        falls due as the work reaches it
	 */
	public record Milestone(String name, BigDecimal amount, LocalDate plannedDate) {
	}

	public ClientQuote {
		Objects.requireNonNull(reference, "reference");
		customer = customer == null ? "" : customer;
		lines = List.copyOf(lines);
		milestones = List.copyOf(milestones);
	}

	/**
	 * The client's view of a quote: its totals under the terms it was made with, and the payment
	 * schedule of the contract signed on it or, before there is one, the schedule the terms propose.
	 */
	public static ClientQuote of(Quote quote, boolean chinese) {
		return of(QuoteStatement.of(quote, QuoteTerms.forQuote(quote, chinese)).forClient(), quote);
	}

	/**
	 * The client's view of a statement of the quote: its lines and totals are the statement's; the
	 * quote gives the customer and the contract signed on it.
	 */
	public static ClientQuote of(ClientQuoteStatement statement, Quote quote) {
		List<Line> lines = new ArrayList<>();
		for (ClientQuoteStatement.Line l : statement.lines()) {
			lines.add(new Line(l.key() == null ? "" : l.key(), l.section(), l.description() == null ? "" : l.description(),
					l.unit() == null ? "" : l.unit(), l.quantity(), l.netUnitPrice() == null ? null : l.netUnitPrice().amount(),
					l.amount().amount(), l.globalIds()));
		}
		List<Milestone> milestones = new ArrayList<>();
		Opportunity opportunity = quote.eContainer() instanceof Opportunity o ? o : null;
		Contract contract = opportunity == null ? null : opportunity.getContract();
		if (contract != null && signedOn(contract, quote) && !contract.getMilestones().isEmpty()) {
			for (PaymentMilestone m : contract.getMilestones()) {
				milestones.add(new Milestone(m.getName(), m.getAmount().amount(), m.getPlannedDate()));
			}
		} else {
			for (QuoteTotals.MilestoneAmount m : statement.milestones()) {
				milestones.add(new Milestone(m.name(), m.amount().amount(), null));
			}
		}
		String customer = opportunity == null || opportunity.getCustomer() == null
				? ""
				: opportunity.getCustomer().getName();
		String reference = statement.quoteId() + " rev " + statement.revision();
		return new ClientQuote(reference, customer, statement.currency(), lines, statement.linesTotal().amount(),
				statement.discount().amount(), statement.net().amount(), statement.taxRatePercent(), statement.tax().amount(),
				statement.grandTotal().amount(), milestones);
	}

	private static boolean signedOn(Contract contract, Quote quote) {
		for (Quote q = quote; q != null; q = q.getNextRevision()) {
			if (q == contract.getQuote()) {
				return true;
			}
		}
		return false;
	}

	/** Lines by key. */
	public Map<String, Line> linesByKey() {
		Map<String, Line> out = new LinkedHashMap<>();
		for (Line l : lines) {
			out.put(l.key(), l);
		}
		return out;
	}

	/** The GlobalIds of the lines with these keys; unknown keys give nothing. */
	public List<String> globalIdsOf(Collection<String> keys) {
		Map<String, Line> byKey = linesByKey();
		List<String> out = new ArrayList<>();
		for (String k : keys) {
			Line l = byKey.get(k);
			if (l != null) {
				out.addAll(l.globalIds());
			}
		}
		return out;
	}

	/** The sum of the amounts of the lines with these keys. */
	public BigDecimal amountOf(Collection<String> keys) {
		Map<String, Line> byKey = linesByKey();
		BigDecimal sum = BigDecimal.ZERO;
		for (String k : keys) {
			Line l = byKey.get(k);
			if (l != null) {
				sum = sum.add(l.amount());
			}
		}
		return sum;
	}
}
