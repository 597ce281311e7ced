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
                ? List.of("报价含增值税，税率如上所示。", "工程量按客户提供的 BIM 模型计算；模型变更时按新模型重新计价。", "付款按上表节点，收到发票后 30 日内支付。")
                : List.of("Prices include VAT at the rate shown.",
                        "Quantities are taken off the BIM model the client supplied; a changed model is re-quoted from the new model.",
                        "Payments fall due at the milestones above, within 30 days of the invoice.");
        return new QuoteTerms(BigDecimal.valueOf(9), BigDecimal.ZERO, schedule, 90, conditions);
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
