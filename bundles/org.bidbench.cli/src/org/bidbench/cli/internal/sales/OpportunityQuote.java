package org.bidbench.cli.internal.sales;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.sales.core.quote.LineDifference;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.core.quote.pricing.PricingStrategies;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.TakeoffSource;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;

/**
 * {@code bidbench quote MODEL.ifc --opportunity ID --workspace DIR [--rules PACK] [--prices CATALOG.csv] [--pricing ID]
 * [--tax PERCENT] [--discount PERCENT] [--by NAME] [--json]}: takes the model off, prices it and saves the result as a
 * new quote revision of the opportunity (revision 1, or the next one, where approvals carry over for unchanged lines),
 * submitted for review. {@code QuoteCommand} hands over to this class when it sees {@code --opportunity}.
 */
public final class OpportunityQuote {

	private OpportunityQuote() {
	}

	public static int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments,
				Set.of("--opportunity", "--workspace", "--rules", "--prices", "--pricing", "--tax", "--discount",
						"--by"),
				Set.of("--json"));
		if (options.positional().size() != 1) {
			throw new UsageException("give one model: bidbench quote MODEL.ifc --opportunity ID --workspace DIR");
		}
		String opportunityId = options.required("--opportunity", "the opportunity the quote revision belongs to");
		String workspace = options.required("--workspace", "the sales workspace folder holding the opportunity");
		Path model = context.resolve(options.positional().get(0));
		if (!Files.isRegularFile(model)) {
			throw new CommandException(model + ": no such file; give the IFC model to price");
		}
		PricingStrategies.Registered pricing;
		try {
			pricing = PricingStrategies.get(options.value("--pricing") == null ? PricingStrategies.CATALOG : options.value("--pricing"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		BigDecimal tax = percent(options.value("--tax"), "--tax");
		BigDecimal discount = percent(options.value("--discount"), "--discount");
		RulePack pack;
		PriceCatalog catalog;
		TakeoffResult takeoff;
		try {
			pack = options.value("--rules") == null ? RulePacks.defaultPack() : RulePacks.load(options.value("--rules"), context.workingDirectory());
			catalog = options.value("--prices") != null
					? PriceCatalogFile.read(context.resolve(options.value("--prices")))
					: PriceCatalogFile.sample(pack.getId());
			if (catalog == null) {
				throw new CommandException("rule pack '" + pack.getId() + "' has no sample price catalog: give one with --prices FILE.csv");
			}
			// Authored quantities only, as 'bidbench quote' does: no geometry engine needed.
			takeoff = new TakeoffSession(ModelImporters.open(model), ComputedQuantitySource.NONE).run(pack);
		} catch (RulePackException e) {
			throw new CommandException("rule pack " + options.value("--rules") + ": " + e.getMessage(), e);
		} catch (PriceCatalogFile.CatalogFormatException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(model + " or the price catalog cannot be read: " + e.getMessage(), e);
		}
		TakeoffSource source = TakeoffSources.of(takeoff);
		Quote quote = SalesCommands.change(context, workspace, ops -> {
			Opportunity o = ops.opportunity(opportunityId);
			Quote q = ops.createQuoteRevision(o, source, catalog, pricing,
					SalesInputs.actor(options, ops, o.getTeam() == null ? null : o.getTeam().getSalesLead()));
			if (q.getRevision() == 1 || tax != null || discount != null) {
				// the first revision records the terms it was quoted with; a later one keeps its predecessor's unless told
				QuoteTerms standard = QuoteTerms.standard(false);
				ops.setQuoteTerms(q, tax != null ? tax : q.getRevision() == 1 ? standard.taxRatePercent() : q.getTaxRatePercent(),
						discount != null ? discount : q.getRevision() == 1 ? standard.discountPercent() : q.getDiscountPercent());
			}
			ops.submitQuoteForReview(q);
			return q;
		});
		List<LineDifference> changes = quote.getPreviousRevision() == null ? List.of() : QuoteRevisions.diff(quote.getPreviousRevision(), quote);
		long changed = changes.stream().filter(c -> c.change() != LineDifference.Change.UNCHANGED).count();
		if (options.flag("--json")) {
			var json = SalesJson.quote(quote);
			json.put("changedLines", changes.stream().filter(c -> c.change() != LineDifference.Change.UNCHANGED).map(LineDifference::key).toList());
			context.out().print(JsonWriter.write(json));
		} else {
			context.out().println("quote " + quote.getId() + " (revision " + quote.getRevision() + ", " + quote.getLines().size() + " lines"
					+ (quote.getPreviousRevision() == null ? "" : ", " + changed + " changed since revision " + quote.getPreviousRevision().getRevision())
					+ ") saved to opportunity " + opportunityId + ", in review");
		}
		return 0;
	}

	private static BigDecimal percent(String text, String option) throws UsageException {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a percentage like 9 or 2.5, not '" + text + "'");
		}
	}
}
