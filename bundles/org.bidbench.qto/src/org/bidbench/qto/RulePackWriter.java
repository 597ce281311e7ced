package org.bidbench.qto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.bidbench.ifc.io.AtomicWrite;
import org.bidbench.qto.rules.Condition;
import org.bidbench.qto.rules.GroupKey;
import org.bidbench.qto.rules.Measure;
import org.bidbench.qto.rules.Operator;
import org.bidbench.qto.rules.RoundingPolicy;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.qto.rules.Selector;
import org.bidbench.qto.rules.SourcePreference;

/**
 * Writes a {@link RulePack} back to its text form, so a pack edited in the UI (as an EMF model)
 * is saved as a file people can still read and diff. Reading the written text gives an equal
 * model; comments of the original file are not kept.
 */
public final class RulePackWriter {

	private final StringBuilder out = new StringBuilder();

	private RulePackWriter() {
	}

	/** The pack as text in the format of docs/rule-packs.md. */
	public static String write(RulePack pack) {
		RulePackWriter w = new RulePackWriter();
		w.pack(pack);
		return w.out.toString();
	}

	/** Writes the pack to a file (UTF-8), replacing it atomically. */
	public static void write(RulePack pack, Path file) throws IOException {
		AtomicWrite.write(file, write(pack).getBytes(StandardCharsets.UTF_8));
	}

	private void pack(RulePack p) {
		line(0, "pack", p.getId());
		line(0, "name", p.getName());
		line(0, "version", p.getVersion());
		if (p.getDescription() != null) {
			line(0, "description", p.getDescription());
		}
		line(0, "units", p.getUnits() == null ? "SI" : p.getUnits());
		line(0, "rounding", p.getRounding() == null ? RoundingPolicy.PER_LINE.getLiteral() : p.getRounding().getLiteral());
		line(0, "decimals", String.valueOf(p.getDecimals()));
		line(0, "tolerance", number(p.getTolerance()));
		if (p.getEdition() != null) {
			line(0, "edition", p.getEdition());
		}
		if (p.getCodeScheme() != null) {
			line(0, "code-scheme", p.getCodeScheme());
		}
		if (!p.getUnitDecimals().isEmpty()) {
			out.append("unit-decimals: {");
			for (int i = 0; i < p.getUnitDecimals().size(); i++) {
				String[] kv = p.getUnitDecimals().get(i).split("=", 2);
				out.append(i == 0 ? "" : ", ").append(kv[0]).append(": ").append(kv[1]);
			}
			out.append("}\n");
		}
		out.append("\nrules:\n");
		for (Rule r : p.getRules()) {
			out.append("  - id: ").append(scalar(r.getId())).append('\n');
			out.append("    item:\n");
			line(6, "code", r.getItem().getCode());
			line(6, "description", r.getItem().getDescription());
			line(6, "unit", r.getItem().getUnit());
			selector(r.getSelector());
			line(4, "measure", r.getMeasure().getLiteral());
			if (!r.getQuantityNames().isEmpty()) {
				list(4, "quantity", r.getQuantityNames());
			}
			if (r.getMeasure() == Measure.FORMULA) {
				line(4, "formula", r.getFormula());
			}
			if (r.getSource() != SourcePreference.AUTHORED_THEN_COMPUTED) {
				line(4, "source", r.getSource().getLiteral());
			}
			if (!r.getGroupBy().isEmpty()) {
				list(4, "group", r.getGroupBy().stream().map(GroupKey::getLiteral).toList());
			}
			if (r.getDensity() > 0) {
				line(4, "density", number(r.getDensity()));
			}
			if (r.getTolerance() >= 0) {
				line(4, "tolerance", number(r.getTolerance()));
			}
			if (r.getDeductOpeningsAbove() >= 0) {
				line(4, "deduct-openings-above", number(r.getDeductOpeningsAbove()));
			}
			if (r.getFactor() != 1) {
				line(4, "factor", number(r.getFactor()));
			}
			if (!r.getCharacteristics().isEmpty()) {
				list(4, "characteristics", r.getCharacteristics());
			}
			out.append('\n');
		}
	}

	private void selector(Selector s) {
		out.append("    select:\n");
		list(6, "class", s.getIfcClasses());
		optionalList("not-class", s.getExcludedClasses());
		optionalList("predefined-type", s.getPredefinedTypes());
		optionalList("object-type", s.getObjectTypes());
		optionalList("type-name", s.getTypeNames());
		optionalList("material", s.getMaterials());
		optionalList("not-material", s.getExcludedMaterials());
		optionalList("storey", s.getStoreys());
		optionalList("classification", s.getClassificationCodes());
		if (!s.getConditions().isEmpty()) {
			out.append("      where:\n");
			for (Condition c : s.getConditions()) {
				String text = c.getOperator() == Operator.EXISTS
						? c.getProperty() + " exists"
						: c.getProperty() + " " + c.getOperator().getLiteral() + " " + quoteConditionValue(c.getValue());
				out.append("        - ").append(quote(text)).append('\n');
			}
		}
	}

	private void optionalList(String key, List<String> values) {
		if (!values.isEmpty()) {
			list(6, key, values);
		}
	}

	private void line(int indent, String key, String value) {
		out.append(" ".repeat(indent)).append(key).append(": ").append(scalar(value)).append('\n');
	}

	private void list(int indent, String key, List<String> values) {
		out.append(" ".repeat(indent)).append(key).append(": [");
		for (int i = 0; i < values.size(); i++) {
			out.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
		}
		out.append("]\n");
	}

	/** Plain where the reader gives the same text back, else double-quoted. */
	private static String scalar(String v) {
		if (v == null || v.isEmpty()) {
			return "\"\"";
		}
		boolean plain = v.equals(v.strip()) && "&*!|>%@`\"'[{#-".indexOf(v.charAt(0)) < 0 && !v.contains(": ")
				&& !v.contains(" #") && !v.endsWith(":");
		return plain ? v : quote(v);
	}

	private static String quote(String v) {
		return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
	}

	/** Values with spaces at their ends keep them inside single quotes, which the condition reader strips. */
	private static String quoteConditionValue(String v) {
		return v != null && (!v.equals(v.strip()) || v.startsWith("'") || v.startsWith("\"")) ? "'" + v + "'" : v;
	}

	private static String number(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15
				? String.valueOf((long) d)
				: java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
	}
}
