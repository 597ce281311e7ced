package org.bidbench.cli.internal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.cli.JsonWriter;
import org.bidbench.ifc.io.AtomicWrite;
import org.bidbench.qto.Coverage;
import org.bidbench.qto.LineSource;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PaymentShare;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;

/**
 * {@code bidbench quote MODEL --out quote.json}: the priced quote for machines. Each line has
 * {@code code}, {@code name}, {@code unit}, {@code quantity}, {@code quantity_source} (authored,
 * computed or mixed, with {@code quantity_split}), {@code unit_price}, {@code amount},
 * {@code global_ids} and {@code flags}; beside them the totals, the terms and the
 * {@code coverage} summary.
 */
final class QuoteJson {

	private QuoteJson() {
	}

	/** The quote's JSON: every amount is the statement's. */
	static Map<String, Object> of(Quote quote, QuoteStatement statement, QuoteTakeoff takeoff) {
		TakeoffResult t = takeoff.result();
		Map<String, TakeoffLine> takeoffLines = new LinkedHashMap<>();
		t.lines().forEach(l -> takeoffLines.put(l.key(), l));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("quote", quote.getId());
		out.put("revision", quote.getRevision());
		out.put("model", t.modelFile());
		out.put("model_sha256", t.modelSha256());
		out.put("rule_pack", t.packId());
		out.put("rule_pack_version", t.packVersion());
		out.put("engine", t.engine());
		out.put("currency", statement.currency());
		List<Object> lines = new ArrayList<>();
		for (QuoteStatement.Line line : statement.lines()) {
			Map<String, Object> l = new LinkedHashMap<>();
			l.put("key", line.key());
			l.put("code", line.code());
			l.put("name", line.description());
			l.put("characteristics", line.characteristics());
			l.put("unit", line.unit());
			l.put("quantity", line.quantity());
			TakeoffLine source = takeoffLines.get(line.key());
			LineSource s = source == null ? null : source.source();
			l.put("quantity_source", s == null ? null : s.kind());
			if (s != null) {
				Map<String, Object> split = new LinkedHashMap<>();
				split.put("authored_elements", s.authoredElements());
				split.put("authored_quantity", s.authoredQuantity());
				split.put("computed_elements", s.computedElements());
				split.put("computed_quantity", s.computedQuantity());
				l.put("quantity_split", split);
			}
			l.put("unit_price", amount(line.unitPrice()));
			l.put("amount", amount(line.amount()));
			l.put("global_ids", line.globalIds());
			List<Object> flags = new ArrayList<>();
			for (QuoteFlag f : quote.getFlags()) {
				if (line.key().equals(f.getLineKey())) {
					flags.add(flag(f));
				}
			}
			l.put("flags", flags);
			lines.add(l);
		}
		out.put("lines", lines);
		out.put("lines_total", amount(statement.linesTotal()));
		out.put("net", amount(statement.net()));
		out.put("tax_rate_percent", statement.taxRatePercent());
		out.put("tax", amount(statement.tax()));
		out.put("grand_total", amount(statement.grandTotal()));
		Map<String, Object> terms = new LinkedHashMap<>();
		terms.put("template", quote.getTermsTemplate());
		terms.put("valid_until", quote.getValidUntil() == null ? null : quote.getValidUntil().toString());
		List<Object> schedule = new ArrayList<>();
		for (PaymentShare p : quote.getPaymentSchedule()) {
			schedule.add(Map.of("name", p.getName(), "percent", p.getPercent()));
		}
		terms.put("payment_schedule", schedule);
		terms.put("text", List.copyOf(quote.getTermsText()));
		out.put("terms", terms);
		List<Object> unattached = new ArrayList<>();
		for (QuoteFlag f : quote.getFlags()) {
			if (f.getLineKey() == null) {
				unattached.add(flag(f));
			}
		}
		out.put("flags_without_line", unattached);
		out.put("coverage", coverage(takeoff.coverage()));
		return out;
	}

	private static Map<String, Object> flag(QuoteFlag f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", f.getKind());
		m.put("severity", f.getSeverity().getLiteral());
		m.put("global_id", f.getGlobalId());
		m.put("message", f.getMessage());
		m.put("acknowledged", f.isAcknowledged());
		return m;
	}

	static Map<String, Object> coverage(Coverage c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("products", c.products().size());
		m.put("priced", c.count(Coverage.Status.PRICED));
		m.put("excluded", c.count(Coverage.Status.EXCLUDED));
		m.put("unmatched", c.count(Coverage.Status.UNMATCHED));
		m.put("priced_volume_share", c.pricedVolumeShare());
		List<Object> classes = new ArrayList<>();
		for (Coverage.ClassCoverage k : c.byClass()) {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("class", k.ifcClass());
			x.put("count", k.count());
			x.put("priced", k.priced());
			x.put("excluded", k.excluded());
			x.put("unmatched", k.unmatched());
			x.put("volume", k.totalVolume());
			x.put("priced_volume_share", k.pricedVolumeShare());
			classes.add(x);
		}
		m.put("classes", classes);
		m.put("exclusions", c.exclusionsInWords());
		List<Object> unmatched = new ArrayList<>();
		for (Coverage.ProductCoverage p : c.with(Coverage.Status.UNMATCHED)) {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("global_id", p.globalId());
			x.put("class", p.ifcClass());
			x.put("name", p.name());
			x.put("reason", p.reason());
			unmatched.add(x);
		}
		m.put("unmatched_products", unmatched);
		return m;
	}

	private static Object amount(Money m) {
		return m == null ? null : m.amount();
	}

	/** Writes beside the target and renames, so a failed write leaves the old file whole. */
	static void write(Map<String, Object> json, Path out) throws IOException {
		AtomicWrite.write(out, JsonWriter.write(json).getBytes(StandardCharsets.UTF_8));
	}
}
