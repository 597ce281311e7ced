package org.bidbench.cli.internal.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bidbench.cli.CommandException;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.reports.ReportException;
import org.bidbench.reports.ReportFontException;
import org.bidbench.reports.ReportFormat;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportService;
import org.bidbench.reports.ReportTemplates;
import org.bidbench.reports.data.ClientQuoteReport;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.takeoff.MissingPrice;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;

/**
 * The demo's headline: the sample house taken off with the GB/T 50500-style rule pack (the quote is
 * printed in Chinese), priced with its sample catalog into a quote of the largest open opportunity that has none yet, and printed as
 * the client's PDF whose lines link to the model's elements.
 */
final class DemoQuote {

	static final String MODEL = "AC20-FZK-Haus.ifc";

	private DemoQuote() {
	}

	/** Adds the quote, made at {@code now}, to the sales data in {@code salesFolder} and returns the PDF written. */
	static Path addTo(Path salesFolder, Path model, Path quotesFolder, Instant now) throws CommandException, IOException {
		try {
			SalesWorkspaceFolder sales = SalesWorkspaceFolder.load(salesFolder);
			Opportunity opportunity = sales.workspace().getOpportunities().stream()
					.filter(o -> o.getStatus() == OpportunityStatus.OPEN && o.getQuotes().isEmpty() && o.getAmount() != null)
					.max(Comparator.comparing(o -> o.getAmount().amount()))
					.orElseThrow(() -> new CommandException("the demo sales data has no open opportunity without a quote"));

			RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
			PriceCatalog catalog = PriceCatalogFile.sample(pack.getId());
			if (catalog == null) {
				throw new CommandException("rule pack '" + pack.getId() + "' has no sample price catalog");
			}
			// Authored quantities only: making the demo must not wait for the geometry engine.
			TakeoffResult takeoff = new TakeoffSession(IfcModel.open(model), ComputedQuantitySource.NONE).run(pack);
			PricedQuote priced = TakeoffPricing.price(TakeoffSources.of(takeoff), catalog, opportunity, null,
					LocalDate.ofInstant(now, ZoneOffset.UTC), now, null);
			if (priced.isBlocked()) {
				throw new CommandException("the demo quote is missing prices for " + priced.missing().stream().map(MissingPrice::itemCode)
						.distinct().collect(Collectors.joining(", ")));
			}
			QuoteTerms.standard(true).recordOn(priced.quote()); // the saved quote keeps its tax rate and discount
			sales.workspace().getPriceCatalogs().add(catalog);
			sales.save();

			Quote quote = priced.quote();
			Files.createDirectories(quotesFolder);
			Path pdf = quotesFolder.resolve(quote.getId() + ".pdf");
			Locale locale = Locale.SIMPLIFIED_CHINESE;
			String customer = opportunity.getCustomer() == null ? null : opportunity.getCustomer().getName();
			QuoteTerms terms = QuoteTerms.forQuote(quote, true);
			ReportService.get().render(new ReportRequest(ReportTemplates.CLIENT_QUOTE, ClientQuoteReport.data(
					QuoteStatement.of(quote, terms).forClient(), quote, terms, locale, customer, opportunity.getName()), locale,
					ReportFormat.PDF), pdf);
			ReproduciblePdf.settle(pdf, now);
			return pdf;
		} catch (WorkspaceFileException e) {
			throw new CommandException("the demo sales data cannot be updated: " + e.getMessage(), e);
		} catch (RulePackException | PriceCatalogFile.CatalogFormatException e) {
			throw new CommandException("the demo's rule pack or price catalog is broken: " + e.getMessage(), e);
		} catch (ReportFontException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (ReportException e) {
			throw new CommandException("the demo quote cannot be printed: " + e.getMessage(), e);
		}
	}
}
