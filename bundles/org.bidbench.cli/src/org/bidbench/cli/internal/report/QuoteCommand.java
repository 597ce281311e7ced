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
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.sales.OpportunityQuote;
import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportTemplates;
import org.bidbench.reports.data.ClientQuoteReport;
import org.bidbench.reports.data.QuoteReviewReport;
import org.bidbench.reports.data.TakeoffAppendixReport;
import org.bidbench.sales.core.quote.QuoteFlags;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.takeoff.MissingPrice;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.pricing.PricingStrategies;
import org.bidbench.sales.core.quote.takeoff.TakeoffFlags;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTermsTemplate;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesFactory;

/**
 * {@code bidbench quote MODEL.ifc [--rules PACK] [--prices CATALOG.csv] [--pricing STRATEGY] [--customer NAME]
 * [--lang zh|en] [--internal] [--appendix FILE] [--terms NAME] [--authored-only] --out quote.pdf|.json}: take-off,
 * priced quote and report in one go. Quantities come from the file's quantity sets where they are sane, else from
 * the default geometry engine ({@code --authored-only} switches the engine off); every product is priced, excluded
 * or listed as unmatched. {@code --pricing} names a strategy of the {@code pricingStrategies} extension point
 * (default {@code catalog}); an unknown one is a usage error that lists those installed.
 */
public class QuoteCommand implements CliCommand {

	/** Options taking a value; one per line, so that features adding options touch one line each. */
	private static final Set<String> VALUE_OPTIONS = Set.of(
			"--rules", "--prices", "--pricing", "--customer", "--lang", "--out", "--tax", "--discount", "--appendix",
			"--terms", "--sign", "--sign-password");
	private static final Set<String> FLAG_OPTIONS = Set.of(
			"--internal",
			"--authored-only");

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.contains("--opportunity")) {
			return OpportunityQuote.run(context, arguments); // a revision saved to an opportunity (docs/sales.md)
		}
		CommandOptions options = CommandOptions.parse(arguments, VALUE_OPTIONS, FLAG_OPTIONS);
		if (options.positional().size() != 1) {
			throw new UsageException("give one model: bidbench quote MODEL.ifc --out quote.pdf");
		}
		Path model = context.resolve(options.positional().get(0));
		Path out = context.resolve(options.required("--out", "the quote to write: quote.pdf, .html, .xlsx, .docx or .json"));
		boolean json = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
		var format = json ? null : ReportCommand.format(out);
		if (options.value("--sign") != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			throw new UsageException("--sign signs a PDF: give --out quote.pdf");
		}
		var signingKey = options.value("--sign") == null
				? null
				: org.bidbench.cli.internal.sign.DocumentSigning.key(context, out, options.value("--sign"), options.value("--sign-password"), null);
		Locale locale = ReportCommand.locale(options.value("--lang"));
		// Checked before the take-off, so that a mistyped rate fails at once.
		for (String rate : List.of("--tax", "--discount")) {
			if (options.value(rate) != null) {
				decimal(options.value(rate), rate);
			}
		}
		boolean chinese = "zh".equals(locale.getLanguage());
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
		QuoteTermsTemplate template = termsTemplate(context, options.value("--terms"), chinese, catalog);
		QuoteTakeoff takeoff = QuoteTakeoff.run(context, model, pack, options.flag("--authored-only"));

		Quote quote = price(takeoff, catalog, pricing, model, options.value("--customer"));
		QuoteTerms terms = template.terms();
		if (options.value("--tax") != null) {
			terms = terms.withTaxRate(decimal(options.value("--tax"), "--tax"));
		}
		if (options.value("--discount") != null) {
			terms = terms.withDiscount(decimal(options.value("--discount"), "--discount"));
		}
		if (!terms.contradictions().isEmpty()) {
			throw new CommandException("terms '" + template.name() + "': " + terms.contradictions().get(0));
		}
		template.recordOn(quote, terms); // the quote keeps what it was quoted with
		TakeoffFlags.record(quote, takeoff.result(), takeoff.coverage());
		// The one computation of the quote's figures: the JSON, the document and the summary below show it.
		QuoteStatement statement = QuoteStatement.of(quote, terms, catalog, null);

		if (json) {
			try {
				QuoteJson.write(QuoteJson.of(quote, statement, takeoff), out);
			} catch (IOException e) {
				throw new CommandException("cannot write " + out + ": " + e.getMessage() + " -- check the folder exists and is writable", e);
			}
			context.err().println("wrote " + out);
		} else {
			render(context, quote, statement, terms, template, takeoff, locale, format, out, options, signingKey);
		}
		long errors = QuoteFlags.unacknowledged(quote, FlagSeverity.ERROR).size();
		context.out().printf("%s: %d lines priced by '%s', net %s, grand total %s %s (%s%% VAT added); cost %s, margin %s%%; "
				+ "%d error flag(s) to acknowledge before release, %d warning(s)%n", out.getFileName(),
				statement.lines().size(), pricing.id(), statement.net().amount().toPlainString(),
				statement.grandTotal().amount().toPlainString(), statement.currency(), statement.taxRatePercent().toPlainString(),
				statement.totalCost().amount().toPlainString(),
				statement.marginPercent() == null ? "-" : statement.marginPercent().toPlainString(), errors,
				QuoteFlags.unacknowledged(quote, FlagSeverity.WARNING).size());
		return 0;
	}

	/** Prices the take-off into a first revision; a missing price stops with the item codes. */
	private static Quote price(QuoteTakeoff takeoff, PriceCatalog catalog, PricingStrategies.Registered pricing, Path model,
			String customerName) throws CommandException {
		Opportunity opportunity = SalesFactory.eINSTANCE.createOpportunity();
		String modelName = model.getFileName().toString().replaceFirst("\\.(ifc|ifczip)$", "");
		opportunity.setId(modelName);
		opportunity.setName(modelName);
		Customer customer = SalesFactory.eINSTANCE.createCustomer();
		customer.setName(customerName == null ? "" : customerName);
		opportunity.setCustomer(customer);
		Instant now = Instant.now();
		PricedQuote priced = TakeoffPricing.price(TakeoffSources.of(takeoff.result()), catalog, pricing, opportunity, null,
				LocalDate.ofInstant(now, ZoneOffset.UTC), now, null);
		if (priced.isBlocked()) {
			List<MissingPrice> missing = priced.missing();
			throw new CommandException("no quote: " + missing.size() + " take-off line(s) have no price in catalog '" + catalog.getName()
					+ "'" + (PricingStrategies.CATALOG.equals(pricing.id()) ? "" : " under pricing strategy '" + pricing.id() + "'")
					+ ": item code(s) " + missing.stream().map(MissingPrice::itemCode).distinct().collect(Collectors.joining(", "))
					+ "; add them to the catalog (--prices FILE.csv) or change the rule pack");
		}
		return priced.quote();
	}

	private static void render(CommandContext context, Quote quote, QuoteStatement statement, QuoteTerms terms,
			QuoteTermsTemplate firm, QuoteTakeoff takeoff, Locale locale, org.bidbench.reports.ReportFormat format, Path out,
			CommandOptions options, org.bidbench.signing.SigningKey signingKey) throws CommandException, UsageException {
		ReportData data;
		String template;
		if (options.flag("--internal")) {
			data = QuoteReviewReport.data(statement, quote, locale, takeoff.coverage());
			template = ReportTemplates.QUOTE_REVIEW;
		} else {
			data = ClientQuoteReport.data(statement.forClient(), quote, terms, locale, null, null);
			data.text("letterhead", letterhead(firm));
			template = ReportTemplates.CLIENT_QUOTE;
			if (options.value("--customer") == null) {
				context.err().println("note: no --customer NAME: the client quote's customer field is empty");
			}
		}
		ReportCommand.render(context, new ReportRequest(template, data, locale, format), out);
		if (signingKey != null) {
			org.bidbench.cli.internal.sign.DocumentSigning.sign(signingKey, out, out, "Quote " + quote.getId(), null);
		}
		if (options.value("--appendix") != null) {
			Path appendix = context.resolve(options.value("--appendix"));
			ReportCommand.render(context, new ReportRequest(ReportTemplates.TAKEOFF_APPENDIX,
					TakeoffAppendixReport.data(takeoff.result(), locale), locale, ReportCommand.format(appendix)), appendix);
		}
	}

	/** The firm's letterhead lines of the terms template as HTML, the name in bold; empty without. */
	private static String letterhead(QuoteTermsTemplate firm) {
		if (firm.letterhead().isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder("<div style=\"border-bottom: 1px solid #777; padding-bottom: 2mm; margin-bottom: 3mm\">");
		for (int i = 0; i < firm.letterhead().size(); i++) {
			String line = firm.letterhead().get(i).replace("&", "&amp;").replace("<", "&lt;");
			html.append(i == 0 ? "<b style=\"font-size: 13pt\">" + line + "</b>" : "<br/>" + line);
		}
		return html.append("</div>").toString();
	}

	/**
	 * The terms template {@code --terms NAME} from the {@code terms/} folder of the workspace (the
	 * folder the command runs in), or the standard terms.
	 */
	private static QuoteTermsTemplate termsTemplate(CommandContext context, String name, boolean chinese, PriceCatalog catalog)
			throws CommandException {
		if (name == null) {
			return QuoteTermsTemplate.standard(chinese);
		}
		QuoteTermsTemplate template;
		try {
			template = QuoteTermsTemplate.load(termsWorkspace(context), name, chinese);
		} catch (QuoteTermsTemplate.TemplateException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("cannot read terms template '" + name + "': " + e.getMessage(), e);
		}
		if (template.currency() != null && catalog.getCurrency() != null && !template.currency().equals(catalog.getCurrency())) {
			throw new CommandException("terms template '" + name + "' is for prices in " + template.currency() + " but catalog '"
					+ catalog.getName() + "' is in " + catalog.getCurrency() + ": choose matching terms or catalog");
		}
		return template;
	}

	/** Where terms templates are looked up: the working folder, as the workspace. */
	static Path termsWorkspace(CommandContext context) {
		return context.workingDirectory();
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

	/** A percentage from 0 to 100, written plainly (no exponent: 1e999999999 is refused, not computed with). */
	private static BigDecimal decimal(String text, String option) throws UsageException {
		if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,4})?")) {
			throw new UsageException(option + " takes a percentage from 0 to 100 like 9 or 2.5, not '"
					+ (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'");
		}
		BigDecimal value = new BigDecimal(text);
		if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new UsageException(option + " is a percentage from 0 to 100, not " + text);
		}
		return value;
	}
}
