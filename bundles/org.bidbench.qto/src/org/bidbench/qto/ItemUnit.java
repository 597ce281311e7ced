package org.bidbench.qto;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.bidbench.qto.rules.Measure;

/**
 * A bill-of-quantities item unit: its physical dimension and the factor from the SI value a measure gives
 * (m, m2, m3, kg, count) to a quantity in this unit.
 */
record ItemUnit(String symbol, Dimension dimension, double fromSi) {

	/** Physical dimension of a quantity. */
	enum Dimension {
		COUNT("a count"), LENGTH("a length"), AREA("an area"), VOLUME("a volume"), MASS("a mass");

		private final String description;

		Dimension(String description) {
			this.description = description;
		}

		String describe() {
			return description;
		}
	}

	private static final Map<String, ItemUnit> UNITS = new LinkedHashMap<>();

	static {
		add(new ItemUnit("m", Dimension.LENGTH, 1));
		add(new ItemUnit("mm", Dimension.LENGTH, 1000));
		add(new ItemUnit("m2", Dimension.AREA, 1));
		add(new ItemUnit("m²", Dimension.AREA, 1));
		add(new ItemUnit("m3", Dimension.VOLUME, 1));
		add(new ItemUnit("m³", Dimension.VOLUME, 1));
		add(new ItemUnit("kg", Dimension.MASS, 1));
		add(new ItemUnit("t", Dimension.MASS, 0.001));
		// Count units of English and Chinese bills: piece, each, number, 个 樘 (doors, windows) 根 块 套 台 件 扇 组.
		for (String count : new String[]{"pcs", "ea", "nr", "no", "item", "个", "樘", "根", "块", "套", "台", "件", "扇", "组"}) {
			add(new ItemUnit(count, Dimension.COUNT, 1));
		}
	}

	private static void add(ItemUnit unit) {
		UNITS.put(unit.symbol.toLowerCase(Locale.ROOT), unit);
	}

	/** The unit for a symbol (any letter case), or {@code null}. */
	static ItemUnit of(String symbol) {
		return symbol == null ? null : UNITS.get(symbol.trim().toLowerCase(Locale.ROOT));
	}

	static String known() {
		return UNITS.keySet().toString();
	}

	/** The dimension a measure yields; formulas have none of their own and take the unit's. */
	static Dimension dimensionOf(Measure measure) {
		return switch (measure) {
			case COUNT -> Dimension.COUNT;
			case LENGTH -> Dimension.LENGTH;
			case AREA, NET_SIDE_AREA, GROSS_SIDE_AREA, FOOTPRINT, SURFACE -> Dimension.AREA;
			case NET_VOLUME, GROSS_VOLUME -> Dimension.VOLUME;
			case WEIGHT -> Dimension.MASS;
			case FORMULA -> null;
		};
	}
}
