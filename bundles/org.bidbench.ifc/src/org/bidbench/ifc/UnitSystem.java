package org.bidbench.ifc;

import java.util.EnumMap;
import java.util.Map;

/**
 * The project units of a model: for each kind of measure, the factor that turns a value in
 * the file's unit into SI, and the unit's name as the file gives it (e.g. {@code MILLIMETRE},
 * {@code FOOT}). Kinds the file does not assign are SI (factor 1).
 */
public final class UnitSystem {

	private final Map<MeasureKind, Double> factors;
	private final Map<MeasureKind, String> names;

	UnitSystem(Map<MeasureKind, Double> factors, Map<MeasureKind, String> names) {
		this.factors = new EnumMap<>(MeasureKind.class);
		this.factors.putAll(factors);
		this.names = new EnumMap<>(MeasureKind.class);
		this.names.putAll(names);
	}

	/** Multiply a value of this kind by the factor to get SI. */
	public double factor(MeasureKind kind) {
		return factors.getOrDefault(kind, 1.0);
	}

	/** The unit name, e.g. {@code MILLIMETRE}, {@code SQUARE_METRE}, {@code FOOT}, or the SI symbol if unassigned. */
	public String name(MeasureKind kind) {
		return names.getOrDefault(kind, kind.siSymbol());
	}

	/** The value converted to SI. */
	public double toSi(MeasureKind kind, double value) {
		return value * factor(kind);
	}

	@Override
	public String toString() {
		return "UnitSystem" + names + " factors " + factors;
	}
}
