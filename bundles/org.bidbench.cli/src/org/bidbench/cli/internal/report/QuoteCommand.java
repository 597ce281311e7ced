package org.bidbench.cli.internal.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.sales.OpportunityQuote;
import org.bidbench.cli.internal.sales.Options;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportTemplates;
import org.bidbench.reports.data.ClientQuoteReport;
import org.bidbench.reports.data.QuoteReviewReport;
import org.bidbench.reports.data.TakeoffAppendixReport;
import org.bidbench.sales.core.quote.QuoteAmounts;
import org.bidbench.sales.core.quote.takeoff.MissingPrice;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.pricing.PricingStrategies;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesFactory;

/**
 * {@code bidbench quote MODEL.ifc [--rules PACK] [--prices CATALOG.csv] [--pricing STRATEGY] [--customer NAME]
 * [--lang zh|en] [--internal] [--appendix FILE] --out quote.pdf}: take-off, priced quote and report in one go.
 * {@code --pricing} names a strategy of the {@code pricingStrategies} extension point (default {@code catalog});
 * an unknown one is a usage error that lists those installed.
 */
public class QuoteCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.contains("--opportunity")) {
			return OpportunityQuote.run(context, arguments); // a revision saved to an opportunity (docs/sales.md)
		}
		Options options = Options.parse(arguments,
				Set.of("--rules", "--prices", "--pricing", "--customer", "--lang", "--out", "--tax", "--discount", "--appendix", "--sign",
						"--sign-password"),
				Set.of("--internal"));
		if (options.positional().size() != 1) {
			throw new UsageException("give one model: bidbench quote MODEL.ifc --out quote.pdf");
		}
		Path model = context.resolve(options.positional().get(0));
		Path out = context.resolve(options.required("--out", "the report to write: quote.pdf, .html, .xlsx or .docx"));
		var format = ReportCommand.format(out);
		var signingKey = options.value("--sign") == null ? null
				: org.bidbench.cli.internal.sign.DocumentSigning.key(context, out, options.value("--sign"), options.value("--sign-password"), null);
		Locale locale = ReportCommand.locale(options.value("--lang"));
		if (!Files.isRegularFile(model)) {
			throw new CommandException(model + ": no such file");
		}

		PricingStrategies.Registered pricing;
		try {
			pricing = PricingStrategies.get(options.value("--pricing") == null ? PricingStrategies.CATALOG : options.value("--pricing"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		RulePack pack = pack(context, options.value("--rules"));
		PriceCatalog catalog = catalog(context, options.value("--prices"), pack);
		TakeoffResult takeoff;
		long start = System.nanoTime();
		try {
			IfcModel ifc = ModelImporters.open(model);
			// Authored quantities only: the command stays fast and needs no geometry engine.
			takeoff = new TakeoffSession(ifc, ComputedQuantitySource.NONE).run(pack);
		} catch (IOException e) {
			throw new CommandException(model + ": cannot be read as IFC: " + e.getMessage(), e);
		}
		context.err().printf("take-off: %d lines, %d flags (%d ms)%n", takeoff.lines().size(), takeoff.flags().size(),
				(System.nanoTime() - start) / 1_000_000);

		Opportunity opportunity = SalesFactory.eINSTANCE.createOpportunity();
		String modelName = model.getFileName().toString().replaceFirst("\\.(ifc|ifczip)$", "");
		opportunity.setId(modelName);
		opportunity.setName(modelName);
		Customer customer = SalesFactory.eINSTANCE.createCustomer();
		customer.setName(options.value("--customer") == null ? "" : options.value("--customer"));
		opportunity.setCustomer(customer);
		Instant now = Instant.now();
		PricedQuote priced = TakeoffPricing.price(TakeoffSources.of(takeoff), catalog, pricing, opportunity, null,
				LocalDate.ofInstant(now, ZoneOffset.UTC), now, null);
		if (priced.isBlocked()) {
			List<MissingPrice> missing = priced.missing();
			throw new CommandException("no quote: " + missing.size() + " take-off line(s) have no price in catalog '" + catalog.getName()
					+ "'" + (PricingStrategies.CATALOG.equals(pricing.id()) ? "" : " under pricing strategy '" + pricing.id() + "'")
					+ ": item code(s) " + missing.stream().map(MissingPrice::itemCode).distinct().collect(Collectors.joining(", "))
					+ "; add them to the catalog (--prices FILE.csv) or change the rule pack");
		}
		Quote quote = priced.quote();
		boolean chinese = "zh".equals(locale.getLanguage());
		QuoteTerms terms = QuoteTerms.standard(chinese);
		if (options.value("--tax") != null) {
			terms = terms.withTaxRate(decimal(options.value("--tax"), "--tax"));
		}
		if (options.value("--discount") != null) {
			terms = terms.withDiscount(decimal(options.value("--discount"), "--discount"));
		}
		terms.recordOn(quote); // the quote keeps what it was quoted with
		ReportData data;
		String template;
		if (options.flag("--internal")) {
			data = QuoteReviewReport.data(quote, catalog, locale);
			template = ReportTemplates.QUOTE_REVIEW;
		} else {
			data = ClientQuoteReport.data(quote, terms, locale, null, null);
			template = ReportTemplates.CLIENT_QUOTE;
		}
		ReportCommand.render(context, new ReportRequest(template, data, locale, format), out);
		if (signingKey != null) {
			org.bidbench.cli.internal.sign.DocumentSigning.sign(signingKey, out, out, "Quote " + quote.getId(), null);
		}
		if (options.value("--appendix") != null) {
			Path appendix = context.resolve(options.value("--appendix"));
			ReportCommand.render(context, new ReportRequest(ReportTemplates.TAKEOFF_APPENDIX, TakeoffAppendixReport.data(takeoff, locale),
					locale, ReportCommand.format(appendix)), appendix);
		}
		QuoteTotals totals = QuoteTotals.of(quote, terms);
		context.out().printf("%s: %d lines priced by '%s', net %s, grand total %s %s (incl. %s%% VAT); cost %s, margin %s%%%n", out.getFileName(),
				quote.getLines().size(), pricing.id(), totals.net().amount().toPlainString(), totals.grandTotal().amount().toPlainString(),
				quote.getCurrency(), terms.taxRatePercent().toPlainString(), QuoteAmounts.totalCost(quote).amount().toPlainString(),
				QuoteAmounts.marginPercent(quote) == null ? "-" : QuoteAmounts.marginPercent(quote).toPlainString());
		return 0;
	}

	private static RulePack pack(CommandContext context, String rules) throws CommandException {
		try {
			return rules == null ? RulePacks.defaultPack() : RulePacks.load(rules, context.workingDirectory());
		} catch (RulePackException e) {
			throw new CommandException("rule pack " + rules + ": " + e.getMessage(), e);
		} catch (IOException | IllegalArgumentException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static PriceCatalog catalog(CommandContext context, String prices, RulePack pack) throws CommandException {
		try {
			if (prices != null) {
				Path file = context.resolve(prices);
				if (!Files.isRegularFile(file)) {
					throw new CommandException(file + ": no such price catalog");
				}
				return PriceCatalogFile.read(file);
			}
			PriceCatalog sample = PriceCatalogFile.sample(pack.getId());
			if (sample == null) {
				throw new CommandException("rule pack '" + pack.getId() + "' has no sample price catalog: give one with --prices FILE.csv");
			}
			return sample;
		} catch (PriceCatalogFile.CatalogFormatException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("cannot read the price catalog: " + e.getMessage(), e);
		}
	}

	private static BigDecimal decimal(String text, String option) throws UsageException {
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a percentage like 9 or 2.5, not '" + text + "'");
		}
	}
}
