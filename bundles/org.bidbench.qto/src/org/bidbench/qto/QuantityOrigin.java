package org.bidbench.qto;

/**
 * Where a contribution's value came from.
 *
 * @param kind         authored, computed, count or formula
 * @param setName      for authored values: the quantity set, e.g. {@code BaseQuantities}
 * @param quantityName for authored values: the quantity, e.g. {@code NetVolume}
 * @param engine       for computed values: the geometry engine; for formula values the engine that gave
 *                     one of its inputs, or {@code null} when every input was authored
 * @param formula      for formula values: the formula
 */
public record QuantityOrigin(Kind kind, String setName, String quantityName, String engine, String formula) {

	/** The kinds of origin. */
	public enum Kind {
		AUTHORED, COMPUTED, COUNT, FORMULA
	}

	public static QuantityOrigin authored(String setName, String quantityName) {
		return new QuantityOrigin(Kind.AUTHORED, setName, quantityName, null, null);
	}

	public static QuantityOrigin computed(String engine) {
		return new QuantityOrigin(Kind.COMPUTED, null, null, engine, null);
	}

	public static QuantityOrigin count() {
		return new QuantityOrigin(Kind.COUNT, null, null, null, null);
	}

	public static QuantityOrigin formula(String formula) {
		return new QuantityOrigin(Kind.FORMULA, null, null, null, formula);
	}

	/** A formula some of whose inputs the geometry engine computed, the file having none. */
	public static QuantityOrigin formula(String formula, String engine) {
		return new QuantityOrigin(Kind.FORMULA, null, null, engine, formula);
	}

	/**
	 * Whether the value was read from the file's quantity sets ({@code false}: measured by
	 * BidBench, from the solid or by counting the elements). What a quote line's source sums.
	 */
	public boolean isAuthored() {
		return kind == Kind.AUTHORED || kind == Kind.FORMULA && engine == null;
	}

	/** E.g. {@code authored BaseQuantities.NetVolume}, {@code computed web-ifc 0.0.78}. */
	public String describe() {
		return switch (kind) {
			case AUTHORED -> "authored " + setName + "." + quantityName;
			case COMPUTED -> "computed " + engine;
			case COUNT -> "count";
			case FORMULA -> "formula " + formula + (engine == null ? "" : " (inputs computed by " + engine + ")");
		};
	}
}
