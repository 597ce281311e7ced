package org.bidbench.sales.core.quote.terms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The commercial terms a quote document is printed with: tax, a discount on the whole quote (on
 * top of line discounts), the proposed payment schedule, validity and the terms text. They are
 * not part of the priced lines, so one revision can be printed under different terms.
 *
 * @param taxRatePercent    VAT on the net amount, e.g. 9 (construction services in China)
 * @param discountPercent   discount on the sum of the lines, 0 for none
 * @param milestones        payment schedule; the shares add up to 100
 * @param validityDays      how long the quote holds when the revision has no valid-until date
 * @param conditions        terms printed at the end of the quote, one paragraph each
 */
public record QuoteTerms(BigDecimal taxRatePercent, BigDecimal discountPercent, List<MilestoneShare> milestones,
		int validityDays, List<String> conditions) {

	/** One payment milestone as a share of the grand total. */
	public record MilestoneShare(String name, BigDecimal percent) {
	}

	public QuoteTerms {
		Objects.requireNonNull(taxRatePercent, "taxRatePercent");
		Objects.requireNonNull(discountPercent, "discountPercent");
		milestones = List.copyOf(milestones);
		conditions = List.copyOf(conditions);
		BigDecimal shares = milestones.stream().map(MilestoneShare::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (!milestones.isEmpty() && shares.compareTo(BigDecimal.valueOf(100)) != 0) {
			throw new IllegalArgumentException("Payment milestone shares add up to " + shares.toPlainString()
					+ "%, not 100%: correct the schedule " + milestones);
		}
		if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
			throw new IllegalArgumentException("A quote discount lies in [0, 100) percent, not " + discountPercent.toPlainString());
		}
	}

	/**
	 * The terms BidBench proposes unless the user says otherwise: 9% VAT, no extra discount, 30%
	 * advance / 60% on delivery / 10% after acceptance, 90 days validity.
	 */
	public static QuoteTerms standard(boolean chinese) {
		List<MilestoneShare> schedule = chinese
				? List.of(new MilestoneShare("预付款", BigDecimal.valueOf(30)), new MilestoneShare("到货/完工款", BigDecimal.valueOf(60)),
						new MilestoneShare("验收尾款", BigDecimal.valueOf(10)))
				: List.of(new MilestoneShare("Advance payment", BigDecimal.valueOf(30)),
						new MilestoneShare("On delivery", BigDecimal.valueOf(60)),
						new MilestoneShare("After acceptance", BigDecimal.valueOf(10)));
		List<String> conditions = chinese
				? List.of("单价与合计不含增值税，增值税按上表税率另行计取。", "工程量按客户提供的 BIM 模型计算；模型变更时按新模型重新计价。", "付款按上表节点，收到发票后 30 日内支付。")
				: List.of("Unit prices and the net total are excluding VAT; VAT at the rate shown is added on top.",
						"Quantities are taken off the BIM model the client supplied; a changed model is re-quoted from the new model.",
						"Payments fall due at the milestones above, within 30 days of the invoice.");
		return new QuoteTerms(BigDecimal.valueOf(9), BigDecimal.ZERO, schedule, 90, conditions);
	}

	/** Wording that says VAT is already in the prices, in either language. */
	private static final java.util.regex.Pattern INCLUDES_VAT = java.util.regex.Pattern.compile(
			"(?i)((?<![不未])包含增值税|(?<![不未包])含税|(?<![不未包])含增值税|\\binclud(e|es|ing) (the )?VAT|\\bVAT included|\\bVAT-inclusive)");
	/** Wording that says VAT is added on top, in either language. */
	private static final java.util.regex.Pattern EXCLUDES_VAT = java.util.regex.Pattern.compile(
			"(?i)(不含税|不含增值税|未含增值税|另行计取|\\bexclud(e|es|ing) (the )?VAT|\\bplus VAT|\\bVAT is added)");

	/**
	 * Sentences of the terms text that contradict the computation: VAT is added on top of the net
	 * amount whenever the rate is above zero, so a text saying prices include VAT is wrong then,
	 * and one saying VAT is added is wrong at a zero rate. Empty when the text agrees.
	 */
	public List<String> contradictions() {
		List<String> out = new java.util.ArrayList<>();
		boolean vatAdded = taxRatePercent.signum() > 0;
		for (String c : conditions) {
			if (vatAdded && INCLUDES_VAT.matcher(c).find()) {
				out.add("'" + c + "' says prices include VAT, but " + taxRatePercent.toPlainString()
						+ "% VAT is added on top of the net amount: say the prices are excluding VAT");
			} else if (!vatAdded && EXCLUDES_VAT.matcher(c).find()) {
				out.add("'" + c + "' says VAT is added, but the tax rate is 0: drop the sentence or set the rate");
			}
		}
		return out;
	}

	/** These terms with another text. */
	public QuoteTerms withConditions(List<String> text) {
		return new QuoteTerms(taxRatePercent, discountPercent, milestones, validityDays, text);
	}

	/** These terms with another payment schedule and validity. */
	public QuoteTerms withSchedule(List<MilestoneShare> schedule, int days) {
		return new QuoteTerms(taxRatePercent, discountPercent, schedule, days, conditions);
	}

	/**
	 * The standard terms with the tax rate and quote discount the quote was made with, where it
	 * records them: what re-rendering a saved quote must show.
	 *
	 * @throws IllegalArgumentException if the quote records a discount outside [0, 100)
	 */
	public static QuoteTerms forQuote(org.bidbench.sales.model.Quote quote, boolean chinese) {
		QuoteTerms terms = standard(chinese);
		if (quote.getTaxRatePercent() != null) {
			terms = terms.withTaxRate(quote.getTaxRatePercent());
		}
		if (quote.getDiscountPercent() != null) {
			terms = terms.withDiscount(quote.getDiscountPercent());
		}
		return terms;
	}

	/** Records this tax rate and quote discount on the quote, so that the saved quote keeps them. */
	public void recordOn(org.bidbench.sales.model.Quote quote) {
		quote.setTaxRatePercent(taxRatePercent);
		quote.setDiscountPercent(discountPercent);
	}

	public QuoteTerms withTaxRate(BigDecimal percent) {
		return new QuoteTerms(percent, discountPercent, milestones, validityDays, conditions);
	}

	public QuoteTerms withDiscount(BigDecimal percent) {
		return new QuoteTerms(taxRatePercent, percent, milestones, validityDays, conditions);
	}
}
