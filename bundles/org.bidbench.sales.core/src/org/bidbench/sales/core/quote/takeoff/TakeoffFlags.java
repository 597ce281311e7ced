package org.bidbench.sales.core.quote.takeoff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.qto.Coverage;
import org.bidbench.qto.TakeoffFlag;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesFactory;

/**
 * Carries a take-off's flags, each line's quantity source and the coverage's exclusions onto the
 * quote revision priced from it, so that the review and the release see them.
 */
public final class TakeoffFlags {

	private TakeoffFlags() {
	}

	/**
	 * Records the take-off's flags on the quote (errors and warnings) and each line's quantity
	 * source. Acknowledgements of the same flag (kind, element, line) on the revision the quote was
	 * made from stay when the line did not change.
	 *
	 * @param coverage the take-off's coverage, for the exclusions in words; may be null
	 */
	public static void record(Quote quote, TakeoffResult takeoff, Coverage coverage) {
		Map<String, TakeoffLine> linesByKey = new HashMap<>();
		takeoff.lines().forEach(l -> linesByKey.put(l.key(), l));
		for (QuoteLine line : quote.getLines()) {
			TakeoffLine t = linesByKey.get(line.getKey());
			if (t != null) {
				line.setQuantitySource(t.source().describe());
			}
		}
		Map<String, QuoteFlag> previous = new HashMap<>();
		Quote before = quote.getPreviousRevision();
		if (before != null) {
			before.getFlags().forEach(f -> previous.put(identity(f.getKind(), f.getGlobalId(), f.getLineKey()), f));
		}
		quote.getFlags().clear();
		for (TakeoffFlag f : takeoff.flags()) {
			QuoteFlag q = SalesFactory.eINSTANCE.createQuoteFlag();
			q.setKind(f.kind().label());
			q.setSeverity(f.kind().isError() ? FlagSeverity.ERROR : FlagSeverity.WARNING);
			q.setGlobalId(f.globalId());
			q.setLineKey(lineOf(takeoff.lines(), f));
			q.setMessage(f.message());
			QuoteFlag earlier = previous.get(identity(q.getKind(), q.getGlobalId(), q.getLineKey()));
			if (earlier != null && earlier.isAcknowledged() && unchanged(before, quote, q.getLineKey())) {
				q.setAcknowledged(true);
				q.setAcknowledgedBy(earlier.getAcknowledgedBy());
				q.setAcknowledgedAt(earlier.getAcknowledgedAt());
				q.setComment(earlier.getComment());
			}
			quote.getFlags().add(q);
		}
		if (coverage != null) {
			quote.getExclusions().clear();
			quote.getExclusions().addAll(coverage.exclusionsInWords());
		}
	}

	private static String identity(String kind, String globalId, String lineKey) {
		return kind + "|" + globalId + "|" + lineKey;
	}

	/** The line the flagged element feeds under the flag's rule, or null. */
	private static String lineOf(List<TakeoffLine> lines, TakeoffFlag f) {
		if (f.ruleId() == null) {
			return null;
		}
		List<String> rules = List.of(f.ruleId().split(","));
		for (TakeoffLine l : lines) {
			if (rules.contains(l.ruleId()) && l.globalIds().contains(f.globalId())) {
				return l.key();
			}
		}
		return null;
	}

	/** Whether the line has the same quantity, price and elements in both revisions (no line: unchanged). */
	private static boolean unchanged(Quote before, Quote after, String lineKey) {
		if (lineKey == null) {
			return true;
		}
		QuoteLine a = line(before, lineKey);
		QuoteLine b = line(after, lineKey);
		if (a == null || b == null) {
			return a == b;
		}
		return a.getQuantity() != null && b.getQuantity() != null && a.getQuantity().compareTo(b.getQuantity()) == 0
				&& java.util.Objects.equals(a.getUnitPrice(), b.getUnitPrice())
				&& new java.util.HashSet<>(a.getGlobalIds()).equals(new java.util.HashSet<>(b.getGlobalIds()));
	}

	private static QuoteLine line(Quote quote, String key) {
		for (QuoteLine l : quote.getLines()) {
			if (key.equals(l.getKey())) {
				return l;
			}
		}
		return null;
	}
}
