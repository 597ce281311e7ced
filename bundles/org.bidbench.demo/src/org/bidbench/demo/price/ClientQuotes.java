package org.bidbench.demo.price;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.sales.core.quote.takeoff.MissingPrice;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;

/**
 * Where the price of a demo comes from: the quote in the sales workspace that prices this model's
 * elements, or a take-off priced on the fly with the sample catalog. Either way the caller gets the
 * client-safe {@link ClientQuote}; the quote itself stays here.
 */
public final class ClientQuotes {

	/** A price that cannot be had; the message says why and what to do. */
	public static final class PriceUnavailableException extends Exception {
		private static final long serialVersionUID = 1L;

		public PriceUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private ClientQuotes() {
	}

	/**
	 * The latest revision, among the workspace's quotes, whose lines name most of the model's
	 * elements; {@code null} when no quote names any of them.
	 *
	 * @param salesFolder the sales workspace folder (a demo workspace's {@code sales/})
	 * @param modelGlobalIds the GlobalIds of the model shown
	 */
	public static ClientQuote fromWorkspace(Path salesFolder, Set<String> modelGlobalIds, boolean chinese)
			throws PriceUnavailableException {
		Found found = findInWorkspace(salesFolder, modelGlobalIds, chinese);
		return found == null ? null : found.quote();
	}

	/** A quote found in a workspace and the id of the opportunity that holds it (where a storyboard is kept with it). */
	public record Found(ClientQuote quote, String opportunityId) {
	}

	/** As {@link #fromWorkspace}, with the opportunity; {@code null} when no quote names the model's elements. */
	public static Found findInWorkspace(Path salesFolder, Set<String> modelGlobalIds, boolean chinese)
			throws PriceUnavailableException {
		SalesWorkspaceFolder sales;
		try {
			sales = SalesWorkspaceFolder.load(salesFolder);
		} catch (WorkspaceFileException e) {
			throw new PriceUnavailableException(salesFolder + ": the sales workspace cannot be read (" + e.getMessage()
					+ "); give the sales folder of a workspace (demo-workspace DIR makes one: DIR/sales)", e);
		}
		Quote best = null;
		long bestHits = 0;
		for (Opportunity o : sales.workspace().getOpportunities()) {
			for (Quote q : o.getQuotes()) {
				if (q.getNextRevision() != null) {
					continue;
				}
				long hits = q.getLines().stream().flatMap(l -> l.getGlobalIds().stream()).filter(modelGlobalIds::contains)
						.distinct().count();
				if (hits > bestHits || (hits == bestHits && hits > 0 && newer(q, best))) {
					best = q;
					bestHits = hits;
				}
			}
		}
		if (best == null) {
			return null;
		}
		String opportunity = best.eContainer() instanceof Opportunity o ? o.getId() : null;
		return new Found(ClientQuote.of(best, chinese), opportunity);
	}

	private static boolean newer(Quote a, Quote b) {
		return b == null || Comparator.nullsFirst(Comparator.<Instant>naturalOrder()).compare(a.getCreatedAt(),
				b.getCreatedAt()) > 0;
	}

	/**
	 * Takes the model off with the GB/T 50500-style pack (authored quantities) and prices it with the
	 * pack's sample catalog under the standard terms.
	 */
	public static ClientQuote priceOnTheFly(IfcModel model, boolean chinese) throws PriceUnavailableException {
		try {
			RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
			var catalog = PriceCatalogFile.sample(pack.getId());
			if (catalog == null) {
				throw new PriceUnavailableException("rule pack '" + pack.getId() + "' has no sample price catalog", null);
			}
			TakeoffResult takeoff = new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack);
			Instant now = Instant.now();
			PricedQuote priced = TakeoffPricing.price(TakeoffSources.of(takeoff), catalog, null, null,
					LocalDate.ofInstant(now, ZoneOffset.UTC), now, null);
			if (priced.isBlocked()) {
				throw new PriceUnavailableException(model.fileName() + ": the sample catalog has no price for "
						+ priced.missing().stream().map(MissingPrice::itemCode).distinct().collect(Collectors.joining(", "))
						+ "; price the model into a quote in the workspace instead", null);
			}
			QuoteTerms.standard(chinese).recordOn(priced.quote());
			return ClientQuote.of(priced.quote(), chinese);
		} catch (IOException | RulePackException | PriceCatalogFile.CatalogFormatException e) {
			throw new PriceUnavailableException("the built-in rule pack or sample catalog cannot be read: "
					+ e.getMessage(), e);
		}
	}
}
