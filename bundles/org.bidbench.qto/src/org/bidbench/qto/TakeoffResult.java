package org.bidbench.qto;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The quantities of one model under one rule pack: lines with their contributions, flags,
 * and what identifies the inputs (the model file's SHA-256, the pack id, name and version).
 *
 * @param modelFile    the model file name
 * @param modelSha256  SHA-256 of the model file in hex, or {@code null} when the model was not read from a file
 * @param ifcSchema    the model's schema, e.g. IFC4
 * @param packId       the pack identifier
 * @param packName     the pack name
 * @param packVersion  the pack version
 * @param engine       the geometry engine computed quantities came from, or {@code none}
 * @param lines        the lines, in rule order then group order
 * @param flags        every flag, in the order raised
 * @param unitDecimals the decimals the pack rounds each line's unit to (e.g. {@code m3=2, t=3, 樘=0}),
 *                     for every unit a line has; empty when not known
 */
public record TakeoffResult(String modelFile, String modelSha256, String ifcSchema, String packId, String packName,
		String packVersion, String engine, List<TakeoffLine> lines, List<TakeoffFlag> flags,
		Map<String, Integer> unitDecimals) {

	public TakeoffResult {
		unitDecimals = Map.copyOf(unitDecimals);
	}

	/** A result whose lines' rounding is not known. */
	public TakeoffResult(String modelFile, String modelSha256, String ifcSchema, String packId, String packName,
			String packVersion, String engine, List<TakeoffLine> lines, List<TakeoffFlag> flags) {
		this(modelFile, modelSha256, ifcSchema, packId, packName, packVersion, engine, lines, flags, Map.of());
	}

	/**
	 * The decimals the pack rounded quantities in this unit to, so that a bill can print 15.20 m3 as
	 * the pack measured it rather than 15.2; -1 when not known.
	 */
	public int decimalsOf(String unit) {
		Integer d = unit == null ? null : unitDecimals.get(unit);
		return d == null ? -1 : d;
	}

	/** How many flags of each kind. */
	public Map<FlagKind, Integer> flagCounts() {
		Map<FlagKind, Integer> counts = new EnumMap<>(FlagKind.class);
		for (FlagKind k : FlagKind.values()) {
			counts.put(k, 0);
		}
		for (TakeoffFlag f : flags) {
			counts.merge(f.kind(), 1, Integer::sum);
		}
		return counts;
	}

	/** The flags of one kind. */
	public List<TakeoffFlag> flags(FlagKind kind) {
		return flags.stream().filter(f -> f.kind() == kind).toList();
	}

	/**
	 * The flags behind a line: those raised on its elements under its rule (a double count names
	 * several rules), in the order raised.
	 */
	public List<TakeoffFlag> flagsOf(TakeoffLine line) {
		java.util.Set<String> ids = new java.util.HashSet<>(line.globalIds());
		return flags.stream().filter(f -> f.ruleId() != null && f.globalId() != null && ids.contains(f.globalId())
				&& List.of(f.ruleId().split(",")).contains(line.ruleId())).toList();
	}

	/**
	 * A rule's elements that produced no value (no quantity in the file nor from the solid, a
	 * formula without its inputs): they are in no line, and listed here with the reason instead.
	 *
	 * @param ruleId the rule
	 * @param flags  one missing-quantity flag per element, with the reason
	 */
	public record NoValue(String ruleId, List<TakeoffFlag> flags) {

		/** The reason of the first element, e.g. the formula and the quantity it lacks. */
		public String reason() {
			return flags.isEmpty() ? "" : flags.get(0).message();
		}

		public List<String> globalIds() {
			return flags.stream().map(TakeoffFlag::globalId).toList();
		}
	}

	/** Per rule, the elements that produced no value, in rule order of first appearance. */
	public List<NoValue> noValues() {
		Map<String, List<TakeoffFlag>> byRule = new java.util.LinkedHashMap<>();
		for (TakeoffFlag f : flags) {
			if (f.kind() == FlagKind.MISSING_QUANTITY && f.ruleId() != null) {
				byRule.computeIfAbsent(f.ruleId(), k -> new java.util.ArrayList<>()).add(f);
			}
		}
		return byRule.entrySet().stream().map(e -> new NoValue(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	/** The lines a rule produced. */
	public List<TakeoffLine> lines(String ruleId) {
		return lines.stream().filter(l -> l.ruleId().equals(ruleId)).toList();
	}

	/** The sum over a rule's lines. */
	public double total(String ruleId) {
		return lines(ruleId).stream().mapToDouble(TakeoffLine::quantity).sum();
	}
}
