package org.bidbench.sales.core.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Money;

/**
 * What a client may see of a {@link QuoteStatement}: the lines at their selling prices, the section
 * subtotals and the bottom of the quote. It has no field for a unit cost, a cost or a margin, so a
 * client document or the presenter made from it cannot show one. Made only by
 * {@link QuoteStatement#forClient()}.
 */
public final class ClientQuoteStatement implements QuoteBottom {

	/**
	 * A line at its selling price.
	 *
	 * @param section         the storey it is printed under; empty when none
	 * @param detail          the take-off's other group values joined by " / "; empty when none
	 * @param discountPercent the line discount as entered; null when none
	 * @param netUnitPrice    the unit price after the line discount, rounded to the currency's minor unit as printed;
	 *                        null without a unit price
	 * @param amount          quantity times net unit price, rounded to the currency's minor unit as printed
	 */
	public record Line(String key, String code, String description, String characteristics, String section, String detail,
			String unit, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent, Money netUnitPrice, Money amount,
			List<String> globalIds) {

		public Line {
			globalIds = List.copyOf(globalIds);
		}
	}

	/** The lines printed under one storey (empty for none), in quote order, and their subtotal. */
	public record Section(String storey, Money subtotal, List<Line> lines) {

		public Section {
			lines = List.copyOf(lines);
		}
	}

	private final String quoteId;
	private final int revision;
	private final String currency;
	private final List<Line> lines;
	private final List<Section> sections;
	private final QuoteTotals totals;

	ClientQuoteStatement(QuoteStatement statement) {
		quoteId = statement.quoteId();
		revision = statement.revision();
		currency = statement.currency();
		List<Line> client = new ArrayList<>();
		for (QuoteStatement.Line l : statement.lines()) {
			client.add(line(l));
		}
		lines = List.copyOf(client);
		List<Section> out = new ArrayList<>();
		for (QuoteStatement.Section s : statement.sections()) {
			out.add(new Section(s.storey(), s.subtotal(), s.lines().stream().map(l -> lines.get(l.index())).toList()));
		}
		sections = List.copyOf(out);
		totals = statement.totals();
	}

	private static Line line(QuoteStatement.Line l) {
		return new Line(l.key(), l.code(), l.description(), l.characteristics(), l.section(), l.detail(), l.unit(), l.quantity(),
				l.unitPrice(), l.discountPercent(), l.netUnitPrice() == null ? null : QuoteTotals.round(l.netUnitPrice()),
				QuoteTotals.round(l.amount()), l.globalIds());
	}

	public String quoteId() {
		return quoteId;
	}

	public int revision() {
		return revision;
	}

	public String currency() {
		return currency;
	}

	@Override
	public QuoteTotals totals() {
		return totals;
	}

	/** The lines in quote order. */
	public List<Line> lines() {
		return lines;
	}

	/** The sections in the order their first line appears, each with its subtotal. */
	public List<Section> sections() {
		return sections;
	}

}
