package org.bidbench.cli.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.cli.internal.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bidbench quote MODEL --out quote.json}: every line with its quantity source and flags, the
 * coverage summary, and the same lines from a model without quantity sets (priced from the solids
 * by default); the terms come from a template in the workspace and must agree with the computation.
 */
class QuoteCoverageCommandTest {

	private static final Pattern STATEMENT = Pattern.compile("^#(\\d+)\\s*=\\s*(\\w+)\\s*\\((.*)\\)\\s*;\\s*$", Pattern.DOTALL);

	/** The model with every IfcElementQuantity, its quantities and their relations removed. */
	static Path withoutQuantitySets(Path source, Path target) throws Exception {
		List<String> lines = Files.readAllLines(source, StandardCharsets.ISO_8859_1);
		Set<String> sets = new HashSet<>();
		for (String l : lines) {
			Matcher m = STATEMENT.matcher(l.strip());
			if (m.matches() && m.group(2).equalsIgnoreCase("IFCELEMENTQUANTITY")) {
				sets.add("#" + m.group(1));
			}
		}
		StringBuilder out = new StringBuilder();
		for (String l : lines) {
			Matcher m = STATEMENT.matcher(l.strip());
			if (m.matches()) {
				String type = m.group(2).toUpperCase(java.util.Locale.ROOT);
				if (type.equals("IFCELEMENTQUANTITY") || type.startsWith("IFCQUANTITY") || type.equals("IFCRELDEFINESBYPROPERTIES")
						&& sets.contains(m.group(3).substring(m.group(3).lastIndexOf(',') + 1).strip())) {
					continue;
				}
			}
			out.append(l).append('\n');
		}
		Files.writeString(target, out, StandardCharsets.ISO_8859_1);
		return target;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> linesByKey(Map<String, Object> quote) {
		Map<String, Map<String, Object>> out = new LinkedHashMap<>();
		for (Object o : (List<Object>) quote.get("lines")) {
			Map<String, Object> line = (Map<String, Object>) o;
			out.put((String) line.get("key"), line);
		}
		return out;
	}

	@Test
	@SuppressWarnings("unchecked")
	void aModelWithoutQuantitySetsIsQuotedFromItsSolidsWithTheSameLines(@TempDir Path folder) throws Exception {
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		withoutQuantitySets(folder.resolve("AC20-FZK-Haus.ifc"), folder.resolve("no-quantities.ifc"));
		CommandRun a = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "original.json");
		assertEquals(0, a.exitCode, a.toString());
		CommandRun b = CommandRun.of(folder, "quote", "no-quantities.ifc", "--out", "stripped.json");
		assertEquals(0, b.exitCode, b.toString());
		Map<String, Object> original = JsonText.object(Files.readString(folder.resolve("original.json")));
		Map<String, Object> stripped = JsonText.object(Files.readString(folder.resolve("stripped.json")));
		Map<String, Map<String, Object>> before = linesByKey(original);
		Map<String, Map<String, Object>> after = linesByKey(stripped);
		assertTrue(before.values().stream().anyMatch(l -> "authored".equals(l.get("quantity_source"))), "the original is authored");
		assertTrue(before.keySet().containsAll(after.keySet()), "no line the original lacks");
		// What the engine cannot measure (AC20's gable walls, clipped by the roof, come out of web-ifc as open meshes)
		// is flagged as a missing quantity, an error the technical lead must acknowledge: never priced low in silence.
		Set<Object> unmatched = new HashSet<>();
		for (Object u : (List<Object>) stripped.get("flags_without_line")) {
			Map<String, Object> flag = (Map<String, Object>) u;
			if ("missing-quantity".equals(flag.get("kind"))) {
				assertEquals("error", flag.get("severity"));
				unmatched.add(flag.get("global_id"));
			}
		}
		int agree = 0;
		for (Map<String, Object> o : before.values()) {
			Map<String, Object> l = after.get(o.get("key"));
			Set<Object> missing = new HashSet<>((List<Object>) o.get("global_ids"));
			if (l != null) {
				for (String field : List.of("code", "name", "unit", "quantity", "quantity_source", "unit_price", "amount", "global_ids",
						"flags")) {
					assertTrue(l.containsKey(field), "line field " + field);
				}
				assertEquals("computed", l.get("quantity_source"), l.toString());
				// The amount is the rounded quantity times the unit price.
				assertEquals(0, ((BigDecimal) l.get("quantity")).multiply((BigDecimal) l.get("unit_price"))
						.setScale(2, java.math.RoundingMode.HALF_UP)
						.compareTo(((BigDecimal) l.get("amount")).setScale(2, java.math.RoundingMode.HALF_UP)), l.toString());
				missing.removeAll((List<Object>) l.get("global_ids"));
			}
			assertTrue(unmatched.containsAll(missing), o.get("key") + ": left-out elements are flagged " + missing);
			if (!missing.isEmpty()) {
				continue;
			}
			BigDecimal q0 = (BigDecimal) o.get("quantity");
			BigDecimal q1 = (BigDecimal) l.get("quantity");
			if (String.valueOf(o.get("key")).startsWith("spaces") && String.valueOf(o.get("key")).contains("Erdgeschoss")) {
				// ArchiCAD multiplies its ground floor zones' area by a zone factor of 0.97 ('Raumfläche Faktor', a
				// plaster allowance set per zone, 1.0 on the attic): a setting the solid cannot show (2.58 % apart).
				q0 = q0.divide(new BigDecimal("0.97"), 6, java.math.RoundingMode.HALF_UP);
			}
			// Side areas from the solid (volume over layer thickness) are within 2 % of ArchiCAD's; everything else within 1 %.
			String tolerance = String.valueOf(o.get("key")).startsWith("wall-area") ? "0.02" : "0.01";
			assertTrue(q0.subtract(q1).abs().compareTo(q0.abs().max(q1.abs()).multiply(new BigDecimal(tolerance))) <= 0,
					l.get("key") + ": " + q0 + " authored vs " + q1 + " computed");
			agree++;
		}
		assertTrue(agree >= before.size() - 3, agree + " of " + before.size() + " lines agree within 1 %");
		Map<String, Object> coverage = (Map<String, Object>) stripped.get("coverage");
		int products = ((BigDecimal) coverage.get("products")).intValue();
		assertEquals(products, ((BigDecimal) coverage.get("priced")).intValue() + ((BigDecimal) coverage.get("excluded")).intValue()
				+ ((BigDecimal) coverage.get("unmatched")).intValue());
		assertEquals(((List<Object>) coverage.get("unmatched_products")).size(), ((BigDecimal) coverage.get("unmatched")).intValue());
		assertFalse(((List<Object>) coverage.get("classes")).isEmpty());
		assertFalse(((List<Object>) coverage.get("exclusions")).isEmpty(), "openings and storeys are excluded in words");

		CommandRun authoredOnly = CommandRun.of(folder, "quote", "no-quantities.ifc", "--authored-only", "--out", "authored.json");
		// Without the engine the stripped model has almost nothing to price, and says what is missing.
		if (authoredOnly.exitCode == 0) {
			Map<String, Object> thin = JsonText.object(Files.readString(folder.resolve("authored.json")));
			assertTrue(linesByKey(thin).size() < after.size(), "authored only prices less");
			assertTrue(authoredOnly.out.contains("error flag"), authoredOnly.out);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void termsComeFromATemplateInTheWorkspaceAndMustAgreeWithTheComputation(@TempDir Path folder) throws Exception {
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		Files.createDirectories(folder.resolve("terms"));
		Files.writeString(folder.resolve("terms/acme.properties"), """
				currency = CNY
				tax = 6
				validity-days = 45
				payment.1 = 40 Advance payment
				payment.2 = 60 On completion
				text.1 = All prices are excluding VAT; VAT at {tax}% is added on top.
				text.2 = This quote holds for {validity} days.
				""", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("terms/acme_zh.properties"), """
				currency = CNY
				tax = 6
				validity-days = 45
				payment.1 = 40 预付款
				payment.2 = 60 完工款
				firm.name = 杭州建工示范有限公司
				firm.address = 杭州市西湖区文三路 100 号
				firm.contact = 电话 0571-8888 0000
				text.1 = 以上价格不含增值税，增值税按 {tax}% 另行计取。
				text.2 = 本报价有效期 {validity} 天。
				""", StandardCharsets.UTF_8);
		CommandRun run = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--terms", "acme", "--out", "q.json");
		assertEquals(0, run.exitCode, run.toString());
		Map<String, Object> quote = JsonText.object(Files.readString(folder.resolve("q.json")));
		Map<String, Object> terms = (Map<String, Object>) quote.get("terms");
		assertEquals("acme", terms.get("template"));
		assertEquals(0, new BigDecimal("6").compareTo((BigDecimal) quote.get("tax_rate_percent")));
		assertEquals(List.of("All prices are excluding VAT; VAT at 6% is added on top.", "This quote holds for 45 days."), terms.get("text"));
		assertEquals(2, ((List<Object>) terms.get("payment_schedule")).size());
		BigDecimal net = (BigDecimal) quote.get("net");
		assertEquals(0, net.multiply(new BigDecimal("0.06")).setScale(2, java.math.RoundingMode.HALF_UP)
				.compareTo(((BigDecimal) quote.get("tax")).setScale(2, java.math.RoundingMode.HALF_UP)), "VAT added at the template's rate");

		CommandRun zh = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--terms", "acme", "--lang", "zh", "--out", "q-zh.json");
		assertEquals(0, zh.exitCode, zh.toString());
		Map<String, Object> zhQuote = JsonText.object(Files.readString(folder.resolve("q-zh.json")));
		assertEquals("以上价格不含增值税，增值税按 6% 另行计取。", ((List<Object>) ((Map<String, Object>) zhQuote.get("terms")).get("text")).get(0));

		// The client PDF under the GB pack: the firm's letterhead, the customer, full 12-digit codes, the text as computed.
		CommandRun pdf = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--rules", "gb50500-building", "--terms", "acme", "--lang", "zh",
				"--customer", "杭州地铁集团有限公司", "--out", "q-zh.pdf");
		assertEquals(0, pdf.exitCode, pdf.toString());
		String text = QuoteAndReportCommandTest.pdftotext(folder.resolve("q-zh.pdf"));
		assertTrue(text.contains("杭州建工示范有限公司") && text.contains("杭州地铁集团有限公司"), text);
		assertTrue(text.contains("不含增值税"), text);
		assertTrue(java.util.regex.Pattern.compile("\\b0\\d{11}\\b").matcher(text).find(), "a full 12-digit code: " + text);
		assertTrue(text.contains("本报价不包含的内容"), "the exclusions in words: " + text);

		Files.writeString(folder.resolve("terms/wrong.properties"), "tax = 9\ntext.1 = Prices include VAT.\n", StandardCharsets.UTF_8);
		CommandRun wrong = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--terms", "wrong", "--out", "w.json");
		assertEquals(1, wrong.exitCode, wrong.toString());
		assertTrue(wrong.err.contains("wrong.properties") && wrong.err.contains("excluding VAT"), wrong.err);
		assertFalse(Files.exists(folder.resolve("w.json")));

		CommandRun missing = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--terms", "nope", "--out", "n.json");
		assertEquals(1, missing.exitCode, missing.toString());
		assertTrue(missing.err.contains("no terms template 'nope'"), missing.err);
	}
}
