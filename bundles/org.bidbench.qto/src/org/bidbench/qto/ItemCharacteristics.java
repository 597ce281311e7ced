package org.bidbench.qto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.MeasureKind;
import org.bidbench.ifc.PropertyValue;
import org.bidbench.qto.rules.RulePack;

/**
 * Item characteristics (项目特征) derived from the model: material, strength class, thickness,
 * type and size band. Items of one 9-digit code that differ in them are different items of the
 * bill, each with its own 12-digit code (the last three digits) and its characteristics text.
 */
public final class ItemCharacteristics {

	/** The code scheme of GB/T 50500 bills. */
	public static final String GB = "gb";

	/** Size bands of doors and windows by opening area (m2), each its own item and price. */
	private static final double[] SIZE_BANDS = {1.5, 3, 6};
	private static final Pattern STRENGTH = Pattern.compile("\\b(LC\\d{2}|C\\d{2}(/\\d{2})?|MU\\d+(\\.\\d)?|M\\d+(\\.\\d)?|Q\\d{3})\\b");

	private ItemCharacteristics() {
	}

	/** The characteristics text of one element, e.g. {@code 材质: 砖; 厚度: 240 mm}. */
	static String describe(List<String> characteristics, ElementFacts f, IfcModel model, boolean chinese) {
		List<String> parts = new ArrayList<>();
		for (String c : characteristics) {
			String value = switch (c) {
				case "material" -> f.materialLabel != null
						? f.materialLabel
						: f.materials.isEmpty() ? null : String.join("/", f.materials);
				case "strength" -> strength(f);
				case "thickness" -> thickness(f);
				case "type" -> f.typeName != null && !f.typeName.isBlank() ? f.typeName : f.objectType;
				case "size" -> sizeBand(f, model, chinese);
				default -> null;
			};
			parts.add(label(c, chinese) + ": " + (value == null || value.isBlank() ? notGiven(chinese) : value));
		}
		return String.join("; ", parts);
	}

	private static String label(String characteristic, boolean chinese) {
		if (!chinese) {
			return characteristic;
		}
		return switch (characteristic) {
			case "material" -> "材质";
			case "strength" -> "强度等级";
			case "thickness" -> "厚度";
			case "type" -> "类型";
			case "size" -> "规格";
			default -> characteristic;
		};
	}

	/**
	 * A characteristics text in the other language: the labels and "not given" translated, the
	 * model's values (material names, type names, sizes) as they are. A GB pack writes them in
	 * Chinese; an English client quote prints them in English.
	 *
	 * @param characteristics a text made by this class, in either language, or null
	 * @param chinese the language wanted
	 * @return the text in that language, or null for null
	 */
	public static String inLanguage(String characteristics, boolean chinese) {
		if (characteristics == null || characteristics.isEmpty()) {
			return characteristics;
		}
		List<String> parts = new ArrayList<>();
		for (String part : characteristics.split("; ")) {
			String translated = part;
			for (String c : RulePackReader.CHARACTERISTICS) {
				String from = label(c, !chinese) + ": ";
				if (part.startsWith(from)) {
					String value = part.substring(from.length());
					if (value.equals(notGiven(!chinese))) {
						value = notGiven(chinese);
					} else if (c.equals("size")) {
						value = chinese ? value.replace(" m2", " m²") : value.replace(" m²", " m2");
					}
					translated = label(c, chinese) + ": " + value;
					break;
				}
			}
			parts.add(translated);
		}
		return String.join("; ", parts);
	}

	private static String notGiven(boolean chinese) {
		return chinese ? "未注明" : "not given";
	}

	private static String strength(ElementFacts f) {
		List<String> texts = new ArrayList<>(f.materials);
		if (f.materialLabel != null) {
			texts.add(f.materialLabel);
		}
		for (String t : texts) {
			Matcher m = STRENGTH.matcher(t);
			if (m.find()) {
				return m.group(1);
			}
		}
		PropertyValue p = f.property("StrengthClass");
		return p == null || p.value() == null ? null : String.valueOf(p.value());
	}

	private static String thickness(ElementFacts f) {
		Double t = f.layerThickness;
		if (t == null) {
			PropertyValue w = f.property("Width");
			t = w == null ? null : w.siValue();
		}
		return t == null ? null : Math.round(t * 1000) + " mm";
	}

	/** The opening area of a door or window (m2) from its overall width and height, or null. */
	static Double openingArea(ElementFacts f, IfcModel model) {
		if (!f.entity.hasAttribute("OverallWidth") || !f.entity.hasAttribute("OverallHeight")) {
			return null;
		}
		Double w = f.entity.getDouble("OverallWidth");
		Double h = f.entity.getDouble("OverallHeight");
		if (w == null || h == null || w <= 0 || h <= 0) {
			return null;
		}
		double toMetres = model.units().factor(MeasureKind.LENGTH);
		return w * toMetres * h * toMetres;
	}

	private static String sizeBand(ElementFacts f, IfcModel model, boolean chinese) {
		Double area = openingArea(f, model);
		if (area == null) {
			return null;
		}
		int band = band(area);
		String m2 = chinese ? "m²" : "m2";
		return switch (band) {
			case 0 -> "≤" + fmt(SIZE_BANDS[0]) + " " + m2;
			case 1, 2 -> fmt(SIZE_BANDS[band - 1]) + "–" + fmt(SIZE_BANDS[band]) + " " + m2;
			default -> ">" + fmt(SIZE_BANDS[SIZE_BANDS.length - 1]) + " " + m2;
		};
	}

	private static int band(double area) {
		int b = 0;
		while (b < SIZE_BANDS.length && area > SIZE_BANDS[b]) {
			b++;
		}
		return b;
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

	/**
	 * Gives every line its 12-digit code, so that no two lines of one bill share a code (the bill
	 * must have no repeated item code, and the last three digits tell apart items whose
	 * characteristics differ): lines of one 9-digit code are numbered 001, 002... in the order of
	 * their size band (smallest first, where the rule splits by size), then of their
	 * characteristics text, then of their other group values (e.g. the storey or the door type),
	 * so two take-offs of similar models number alike. Two door types of one size band are two
	 * items with two codes; what they cost is the band's price, found with {@link #bandPriceCode}.
	 */
	static List<TakeoffLine> numberCodes(RulePack pack, List<TakeoffLine> lines) {
		Map<String, TreeSet<String>> byBase = new LinkedHashMap<>();
		for (TakeoffLine l : lines) {
			if (l.itemCode() != null && l.itemCode().length() == 12) {
				byBase.computeIfAbsent(l.itemCode().substring(0, 9), k -> new TreeSet<>()).add(order(l));
			}
		}
		List<TakeoffLine> out = new ArrayList<>(lines.size());
		for (TakeoffLine l : lines) {
			if (l.itemCode() == null || l.itemCode().length() != 12
					|| (l.characteristics() == null && byBase.get(l.itemCode().substring(0, 9)).size() == 1)) {
				out.add(l); // alone under its 9-digit code and without characteristics: the pack's own code stands
				continue;
			}
			String base = l.itemCode().substring(0, 9);
			int sequence = new ArrayList<>(byBase.get(base)).indexOf(order(l)) + 1;
			out.add(l.withItemCode(base + String.format(Locale.ROOT, "%03d", sequence)));
		}
		return out;
	}

	/** Where a line goes among the others of its 9-digit code: size band, characteristics, other group values. */
	private static String order(TakeoffLine l) {
		Integer band = sizeBandNumber(l.characteristics());
		return (band == null ? 0 : band) + "\t" + (l.characteristics() == null ? "" : l.characteristics()) + "\t"
				+ l.groupLabel();
	}

	/**
	 * The catalog code that prices a line split by opening size: its 9-digit code and the band's
	 * number (001 up to 1.5 m2 of opening, 002 1.5-3 m2, 003 3-6 m2, 004 above 6 m2, 005 size not
	 * given). The line's own 12-digit code only numbers the items of one bill and moves when another
	 * door type joins the bill; the band does not.
	 *
	 * @param itemCode the line's 12-digit code
	 * @param characteristics the line's characteristics text (either language)
	 * @return the band's code, or null when the line is not split by size
	 */
	public static String bandPriceCode(String itemCode, String characteristics) {
		Integer band = sizeBandNumber(characteristics);
		if (band == null || itemCode == null || itemCode.length() != 12) {
			return null;
		}
		return itemCode.substring(0, 9) + String.format(Locale.ROOT, "%03d", band);
	}

	/** 1 for the smallest size band ... 4 for the largest, 5 when the size is not given; null without a size characteristic. */
	private static Integer sizeBandNumber(String characteristics) {
		if (characteristics == null) {
			return null;
		}
		for (String part : characteristics.split("; ")) {
			String value;
			if (part.startsWith(label("size", false) + ": ")) {
				value = part.substring(label("size", false).length() + 2);
			} else if (part.startsWith(label("size", true) + ": ")) {
				value = part.substring(label("size", true).length() + 2);
			} else {
				continue;
			}
			if (value.startsWith("≤" + fmt(SIZE_BANDS[0]) + " ")) {
				return 1;
			}
			for (int b = 1; b < SIZE_BANDS.length; b++) {
				if (value.startsWith(fmt(SIZE_BANDS[b - 1]) + "–" + fmt(SIZE_BANDS[b]) + " ")) {
					return b + 1;
				}
			}
			if (value.startsWith(">" + fmt(SIZE_BANDS[SIZE_BANDS.length - 1]) + " ")) {
				return SIZE_BANDS.length + 1;
			}
			return SIZE_BANDS.length + 2;
		}
		return null;
	}
}
