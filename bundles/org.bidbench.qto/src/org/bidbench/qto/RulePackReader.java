package org.bidbench.qto;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.ifc.schema.EntityDef;
import org.bidbench.ifc.schema.IfcSchema;
import org.bidbench.qto.internal.Formula;
import org.bidbench.qto.internal.PackText;
import org.bidbench.qto.internal.PackText.Entry;
import org.bidbench.qto.internal.PackText.ListNode;
import org.bidbench.qto.internal.PackText.MapNode;
import org.bidbench.qto.internal.PackText.Node;
import org.bidbench.qto.internal.PackText.Scalar;
import org.bidbench.qto.rules.Condition;
import org.bidbench.qto.rules.BoqItem;
import org.bidbench.qto.rules.GroupKey;
import org.bidbench.qto.rules.Measure;
import org.bidbench.qto.rules.Operator;
import org.bidbench.qto.rules.RoundingPolicy;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.qto.rules.RulesFactory;
import org.bidbench.qto.rules.Selector;
import org.bidbench.qto.rules.SourcePreference;

/**
 * Reads a rule pack from its text form ({@code *.qto.yaml}, documented in
 * {@code docs/rule-packs.md}) into the EMF model {@link RulePack}.
 *
 * <p>Strict: an unknown key, a wrong value, an unknown IFC class, a unit that does not fit the
 * measure or a formula that does not parse is an error with file and line; every problem of the
 * file is reported at once, not only the first.
 */
public final class RulePackReader {

	/** File name ending of rule packs. */
	public static final String FILE_SUFFIX = ".qto.yaml";

	private static final Set<String> PACK_KEYS = Set.of("pack", "name", "version", "description", "units", "rounding",
			"decimals", "tolerance", "rules", "edition", "code-scheme", "unit-decimals");
	private static final Set<String> RULE_KEYS = Set.of("id", "item", "select", "measure", "quantity", "formula",
			"source", "group", "density", "tolerance", "deduct-openings-above", "factor", "characteristics");
	/** Characteristics a rule may split its item by (项目特征). */
	public static final List<String> CHARACTERISTICS = List.of("material", "strength", "thickness", "type", "size");
	/** A GB/T 50500 item code: 2 digits of the trade, 2 of the appendix, 2 of the section, 3 of the item, 3 of sequence. */
	private static final Pattern GB_CODE = Pattern.compile("(0[1-9])(\\d{2})(\\d{2})(\\d{3})(\\d{3})");
	private static final Set<String> ITEM_KEYS = Set.of("code", "description", "unit");
	private static final Set<String> SELECT_KEYS = Set.of("class", "not-class", "predefined-type", "object-type",
			"type-name", "material", "not-material", "storey", "classification", "where");
	/** The operators of a condition, two-character ones first so that {@code <=} is not read as {@code <}. */
	private static final List<String> OPERATORS = List.of("!=", "<=", ">=", "=", "<", ">", "~");

	private final String location;
	private final List<RulePackProblem> problems = new ArrayList<>();

	private RulePackReader(String location) {
		this.location = location;
	}

	/** Reads a pack file (UTF-8). */
	public static RulePack read(Path file) throws IOException, RulePackException {
		return read(decode(Files.readAllBytes(file), file.toString()), file.toString());
	}

	/** Reads a pack from a URL, e.g. a bundle entry. */
	public static RulePack read(URL url) throws IOException, RulePackException {
		try (InputStream in = url.openStream()) {
			return read(decode(in.readAllBytes(), url.toString()), url.toString());
		}
	}

	/**
	 * Reads a pack from text.
	 *
	 * @param location file name or URL used in problem messages
	 */
	public static RulePack read(String text, String location) throws RulePackException {
		RulePackReader reader = new RulePackReader(location);
		RulePack pack = reader.bind(PackText.parse(text, location, reader.problems));
		if (!reader.problems.isEmpty()) {
			reader.problems.sort(java.util.Comparator.comparingInt(RulePackProblem::line));
			throw new RulePackException(reader.problems);
		}
		return pack;
	}

	private static String decode(byte[] bytes, String location) throws RulePackException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new RulePackException(List.of(new RulePackProblem(location, 1,
					"the file is not UTF-8 text; save it as UTF-8")));
		}
	}

	private void error(int line, String message) {
		problems.add(new RulePackProblem(location, line, message));
	}

	private RulePack bind(MapNode root) {
		RulePack pack = RulesFactory.eINSTANCE.createRulePack();
		pack.setLocation(location);
		if (root == null) {
			return pack;
		}
		checkKeys(root, PACK_KEYS, "a rule pack");
		pack.setId(requiredText(root, "pack", "the pack's identifier, e.g. 'pack: general-building'"));
		if (pack.getId() != null && !pack.getId().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			error(root.entries().get("pack").line(), "pack identifier '" + pack.getId()
					+ "' may only hold letters, digits, '.', '_' and '-'");
		}
		pack.setName(requiredText(root, "name", "a readable name, e.g. 'name: General building'"));
		pack.setVersion(requiredText(root, "version", "the pack version, e.g. 'version: 1.0.0'"));
		pack.setDescription(optionalText(root, "description"));
		String units = optionalText(root, "units");
		if (units != null && !units.equalsIgnoreCase("SI")) {
			error(root.entries().get("units").line(), "units '" + units
					+ "' is not supported; quantities are evaluated in SI (write 'units: SI') and each bill-of-quantities item"
					+ " converts through its own unit");
		}
		Entry rounding = root.entries().get("rounding");
		if (rounding != null) {
			String r = text(rounding);
			RoundingPolicy policy = r == null ? null : RoundingPolicy.get(r.toLowerCase(Locale.ROOT));
			if (policy == null) {
				error(rounding.line(), "rounding must be 'element' or 'line', not '" + r + "'");
			} else {
				pack.setRounding(policy);
			}
		}
		Entry decimals = root.entries().get("decimals");
		if (decimals != null) {
			Double d = number(decimals);
			if (d != null && (d != Math.rint(d) || d < 0 || d > 9)) {
				error(decimals.line(), "decimals must be a whole number from 0 to 9");
			} else if (d != null) {
				pack.setDecimals(d.intValue());
			}
		}
		Entry tolerance = root.entries().get("tolerance");
		if (tolerance != null) {
			Double value = tolerance(tolerance);
			if (value != null) {
				pack.setTolerance(value);
			}
		}
		pack.setEdition(optionalText(root, "edition"));
		Entry scheme = root.entries().get("code-scheme");
		if (scheme != null) {
			String c = text(scheme);
			if (c != null && !c.equals("gb") && !c.equals("free")) {
				error(scheme.line(), "code-scheme must be 'gb' (12-digit GB/T 50500 codes) or 'free', not '" + c + "'");
			} else if (c != null && c.equals("gb")) {
				pack.setCodeScheme(c);
			}
		}
		Entry unitDecimals = root.entries().get("unit-decimals");
		if (unitDecimals != null) {
			if (!(unitDecimals.value() instanceof MapNode byUnit)) {
				error(unitDecimals.line(), "unit-decimals must be a map of unit to decimals, e.g. {m3: 2, t: 3}");
			} else {
				for (Entry e : byUnit.entries().values()) {
					Double d = number(e);
					if (ItemUnit.of(e.key()) == null) {
						error(e.line(), "unit-decimals: unknown unit '" + e.key() + "'; use one of " + ItemUnit.known());
					} else if (d != null && (d != Math.rint(d) || d < 0 || d > 9)) {
						error(e.line(), "unit-decimals: decimals of " + e.key() + " must be a whole number from 0 to 9");
					} else if (d != null) {
						pack.getUnitDecimals().add(e.key() + "=" + d.intValue());
					}
				}
			}
		}
		Entry rules = root.entries().get("rules");
		if (rules == null) {
			error(root.line(), "no 'rules:' list; a pack needs at least one rule");
			return pack;
		}
		if (!(rules.value() instanceof ListNode list) || list.items().isEmpty()) {
			error(rules.line(), "'rules' must be a list of rules, each starting with '- id: ...'");
			return pack;
		}
		Map<String, Integer> ids = new HashMap<>();
		for (Node node : list.items()) {
			if (!(node instanceof MapNode ruleMap)) {
				error(node.line(), "a rule must be a map starting with '- id: ...'");
				continue;
			}
			Rule rule = rule(ruleMap);
			if (rule.getId() != null) {
				Integer first = ids.putIfAbsent(rule.getId(), ruleMap.line());
				if (first != null) {
					error(ruleMap.line(), "rule id '" + rule.getId() + "' is used twice (first on line " + first + ")");
				}
			}
			pack.getRules().add(rule);
			if ("gb".equals(pack.getCodeScheme()) && rule.getItem().getCode() != null) {
				String problem = gbCodeProblem(rule.getItem().getCode());
				if (problem != null) {
					error(ruleMap.line(), "rule '" + rule.getId() + "': item code '" + rule.getItem().getCode() + "' " + problem);
				}
			}
		}
		return pack;
	}

	/**
	 * Why a code is not a GB/T 50500 item code (12 digits: trade 01-09, appendix, section, item and a
	 * 3-digit sequence from 001), or {@code null} when it is one.
	 */
	public static String gbCodeProblem(String code) {
		if (!code.matches("\\d+")) {
			return "is not all digits: a GB/T 50500 item code is 12 digits, the 9-digit code of the standard and a 3-digit sequence";
		}
		if (code.length() != 12) {
			return "has " + code.length() + " digits, not 12 (9 of the standard's code and 3 of sequence, e.g. 010401003001)";
		}
		Matcher m = GB_CODE.matcher(code);
		if (!m.matches()) {
			return "does not start with a trade code 01-09 (01 is building and decoration works)";
		}
		if (m.group(2).equals("00") || m.group(3).equals("00") || m.group(4).equals("000")) {
			return "has an appendix, section or item number of zero: take the 9 digits from the standard's appendix";
		}
		if (m.group(5).equals("000")) {
			return "has the sequence 000: the last three digits count from 001 within the bill";
		}
		return null;
	}

	/** A tolerance as a fraction, from {@code 0.01} or {@code 1%}; {@code null} (and an error) when invalid. */
	private Double tolerance(Entry tolerance) {
		String t = text(tolerance);
		Double value = null;
		if (t != null) {
			try {
				value = t.endsWith("%")
						? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
						: Double.parseDouble(t);
			} catch (NumberFormatException e) {
				value = null;
			}
		}
		if (value == null || value < 0 || value >= 1) {
			error(tolerance.line(), "tolerance must be a fraction like 0.01 or a percentage like 1% (below 100%),"
					+ " not '" + t + "'");
			return null;
		}
		return value;
	}

	private Rule rule(MapNode map) {
		Rule rule = RulesFactory.eINSTANCE.createRule();
		rule.setLine(map.line());
		checkKeys(map, RULE_KEYS, "a rule");
		rule.setId(requiredText(map, "id", "an id unique within the pack, e.g. 'id: concrete-walls'"));
		String where = rule.getId() == null ? "this rule" : "rule '" + rule.getId() + "'";

		Entry itemEntry = map.entries().get("item");
		BoqItem item = RulesFactory.eINSTANCE.createBoqItem();
		rule.setItem(item);
		ItemUnit unit = null;
		if (itemEntry == null) {
			error(map.line(), where + " has no 'item:' (code, description, unit of the bill-of-quantities item it feeds)");
		} else if (!(itemEntry.value() instanceof MapNode itemMap)) {
			error(itemEntry.line(), "'item' must be a map with code, description and unit");
		} else {
			checkKeys(itemMap, ITEM_KEYS, "an item");
			item.setCode(requiredText(itemMap, "code", "the bill-of-quantities item code"));
			item.setDescription(requiredText(itemMap, "description", "the bill-of-quantities item description"));
			item.setUnit(requiredText(itemMap, "unit", "the unit, e.g. m3, m2, m, kg, t, pcs"));
			if (item.getUnit() != null) {
				unit = ItemUnit.of(item.getUnit());
				if (unit == null) {
					error(itemMap.entries().get("unit").line(), "unknown unit '" + item.getUnit() + "'; use one of "
							+ ItemUnit.known());
				}
			}
		}

		Entry measureEntry = map.entries().get("measure");
		if (measureEntry == null) {
			error(map.line(), where + " has no 'measure:'; one of " + literals(Measure.VALUES));
		} else {
			String m = text(measureEntry);
			Measure measure = m == null ? null : Measure.get(m.toLowerCase(Locale.ROOT));
			if (measure == null) {
				error(measureEntry.line(), "unknown measure '" + m + "'; use one of " + literals(Measure.VALUES));
			} else {
				rule.setMeasure(measure);
				if (unit != null && measure != Measure.FORMULA && unit.dimension() != ItemUnit.dimensionOf(measure)) {
					error(itemEntry.line(), where + " measures " + m + " (" + ItemUnit.dimensionOf(measure).describe()
							+ ") but its item unit '" + item.getUnit() + "' is " + unit.dimension().describe());
				}
			}
		}
		Entry formula = map.entries().get("formula");
		if (formula != null) {
			String f = text(formula);
			rule.setFormula(f);
			if (rule.getMeasure() != Measure.FORMULA) {
				error(formula.line(), "'formula' is only used with 'measure: formula'");
			}
			try {
				Formula.parse(f == null ? "" : f);
			} catch (IllegalArgumentException e) {
				error(formula.line(), e.getMessage());
			}
		} else if (measureEntry != null && rule.getMeasure() == Measure.FORMULA) {
			error(measureEntry.line(), "'measure: formula' needs a 'formula:', e.g. formula: NetSideArea * 2");
		}
		Entry quantity = map.entries().get("quantity");
		if (quantity != null) {
			rule.getQuantityNames().addAll(texts(quantity));
			if (rule.getMeasure() == Measure.COUNT || rule.getMeasure() == Measure.FORMULA) {
				error(quantity.line(), "'quantity' names authored quantities and does not apply to measure "
						+ rule.getMeasure().getLiteral());
			}
		}
		Entry source = map.entries().get("source");
		if (source != null) {
			String s = text(source);
			SourcePreference preference = s == null ? null : SourcePreference.get(s.toLowerCase(Locale.ROOT));
			if (preference == null) {
				error(source.line(), "unknown source '" + s + "'; use one of " + literals(SourcePreference.VALUES));
			} else {
				rule.setSource(preference);
			}
		}
		Entry group = map.entries().get("group");
		if (group != null) {
			for (String g : texts(group)) {
				GroupKey key = GroupKey.get(g.toLowerCase(Locale.ROOT));
				if (key == null) {
					error(group.line(), "unknown group '" + g + "'; use any of " + literals(GroupKey.VALUES));
				} else if (rule.getGroupBy().contains(key)) {
					error(group.line(), "group '" + g + "' is given twice");
				} else {
					rule.getGroupBy().add(key);
				}
			}
		}
		Entry density = map.entries().get("density");
		if (density != null) {
			Double d = number(density);
			if (d != null && d <= 0) {
				error(density.line(), "density must be positive (kg/m3), e.g. 7850 for steel");
			} else if (d != null) {
				rule.setDensity(d);
			}
			if (rule.getMeasure() != Measure.WEIGHT) {
				error(density.line(), "'density' is only used with 'measure: weight'");
			}
		}

		Entry ruleTolerance = map.entries().get("tolerance");
		if (ruleTolerance != null) {
			Double t = tolerance(ruleTolerance);
			if (t != null) {
				rule.setTolerance(t);
			}
		}

		Entry deduct = map.entries().get("deduct-openings-above");
		if (deduct != null) {
			Double d = number(deduct);
			if (d != null && d < 0) {
				error(deduct.line(), "deduct-openings-above is an opening area in m2 (0 or more), e.g. 0.3");
			} else if (d != null) {
				rule.setDeductOpeningsAbove(d);
			}
			if (rule.getMeasure() != Measure.NET_SIDE_AREA && rule.getMeasure() != Measure.NET_VOLUME
					&& rule.getMeasure() != Measure.AREA) {
				error(deduct.line(), "'deduct-openings-above' applies to net-side-area, net-volume and area, not to "
						+ (rule.getMeasure() == null ? "this measure" : rule.getMeasure().getLiteral()));
			}
		}
		Entry factor = map.entries().get("factor");
		if (factor != null) {
			Double f = number(factor);
			if (f != null && f <= 0) {
				error(factor.line(), "factor must be positive, e.g. 2 for both faces");
			} else if (f != null) {
				rule.setFactor(f);
			}
		}
		Entry characteristics = map.entries().get("characteristics");
		if (characteristics != null) {
			for (String c : texts(characteristics)) {
				String k = c.toLowerCase(Locale.ROOT);
				if (!CHARACTERISTICS.contains(k)) {
					error(characteristics.line(), "unknown characteristic '" + c + "'; use any of " + CHARACTERISTICS);
				} else if (!rule.getCharacteristics().contains(k)) {
					rule.getCharacteristics().add(k);
				}
			}
		}

		Entry select = map.entries().get("select");
		Selector selector = RulesFactory.eINSTANCE.createSelector();
		rule.setSelector(selector);
		if (select == null || !(select.value() instanceof MapNode selectMap)) {
			error(select == null ? map.line() : select.line(),
					where + " needs 'select:' with at least 'class:', e.g. class: [IfcWall]");
		} else {
			selector(selectMap, selector, where);
		}
		return rule;
	}

	private void selector(MapNode map, Selector selector, String where) {
		checkKeys(map, SELECT_KEYS, "'select'");
		Entry classes = map.entries().get("class");
		if (classes == null) {
			error(map.line(), where + " selects no IFC class; add e.g. 'class: [IfcWall]'");
		} else {
			selector.getIfcClasses().addAll(ifcClasses(classes));
		}
		Entry notClasses = map.entries().get("not-class");
		if (notClasses != null) {
			selector.getExcludedClasses().addAll(ifcClasses(notClasses));
		}
		addTexts(map, "predefined-type", selector.getPredefinedTypes());
		addTexts(map, "object-type", selector.getObjectTypes());
		addTexts(map, "type-name", selector.getTypeNames());
		addTexts(map, "material", selector.getMaterials());
		addTexts(map, "not-material", selector.getExcludedMaterials());
		addTexts(map, "storey", selector.getStoreys());
		addTexts(map, "classification", selector.getClassificationCodes());
		Entry where2 = map.entries().get("where");
		if (where2 != null) {
			List<Node> items = where2.value() instanceof ListNode l ? l.items() : List.of(where2.value());
			for (Node n : items) {
				if (!(n instanceof Scalar s) || s.text().isBlank()) {
					error(n.line(), "each 'where' entry is one condition in quotes, e.g. \"BaseQuantities.Width >= 0.2\"");
					continue;
				}
				Condition c = condition(s.text(), n.line());
				if (c != null) {
					selector.getConditions().add(c);
				}
			}
		}
	}

	private Condition condition(String text, int line) {
		Condition c = RulesFactory.eINSTANCE.createCondition();
		c.setLine(line);
		// Scanned by hand, in one pass: the regular expressions this replaces took quadratic time
		// on a condition of many spaces.
		String trimmed = text.strip();
		if (trimmed.endsWith("exists")) {
			String property = trimmed.substring(0, trimmed.length() - "exists".length());
			if (!property.isEmpty() && Character.isWhitespace(property.charAt(property.length() - 1)) && !property.isBlank()) {
				c.setProperty(property.strip());
				c.setOperator(Operator.EXISTS);
				return c;
			}
		}
		String[] parts = splitAtOperator(trimmed);
		if (parts == null || parts[2].isEmpty()) {
			error(line, "condition '" + abbreviate(text) + "' is not 'Name op value' (op one of = != < <= > >= ~) or 'Name exists'");
			return null;
		}
		Operator op = Operator.get(parts[1]);
		c.setProperty(parts[0]);
		c.setOperator(op);
		String value = parts[2];
		if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
			value = value.substring(1, value.length() - 1);
		}
		c.setValue(value);
		if ((op == Operator.LESS || op == Operator.LESS_OR_EQUAL || op == Operator.GREATER
				|| op == Operator.GREATER_OR_EQUAL) && parseNumber(value) == null) {
			error(line, "condition '" + abbreviate(text) + "' compares with " + op.getLiteral() + " but '" + value + "' is not a number");
		}
		return c;
	}

	/**
	 * Splits {@code Name op value} at the first operator after a non-empty name: {name, op,
	 * value}, each stripped; null without an operator.
	 */
	private static String[] splitAtOperator(String text) {
		for (int i = 1; i < text.length(); i++) {
			for (String op : OPERATORS) {
				if (text.startsWith(op, i)) {
					String name = text.substring(0, i).strip();
					if (name.isEmpty()) {
						break;
					}
					return new String[]{name, op, text.substring(i + op.length()).strip()};
				}
			}
		}
		return null;
	}

	/** A text cut to a length that fits in one line of an error message. */
	private static String abbreviate(String text) {
		String oneLine = text.strip().replaceAll("\\s+", " ");
		return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
	}

	private List<String> ifcClasses(Entry entry) {
		List<String> out = new ArrayList<>();
		for (String name : texts(entry)) {
			String canonical = canonicalClass(name);
			if (canonical == null) {
				error(entry.line(), "'" + name + "' is not an IFC entity in IFC2X3, IFC4 or IFC4X3; check the spelling"
						+ " (e.g. IfcWall, IfcSlab, IfcBeam)");
			} else {
				out.add(canonical);
			}
		}
		return out;
	}

	private static String canonicalClass(String name) {
		for (String schema : List.of("IFC4X3_ADD2", "IFC4", "IFC2X3")) {
			EntityDef def = IfcSchema.forName(schema).entity(name);
			if (def != null) {
				return def.name();
			}
		}
		return null;
	}

	private void addTexts(MapNode map, String key, List<String> target) {
		Entry e = map.entries().get(key);
		if (e != null) {
			target.addAll(texts(e));
		}
	}

	private void checkKeys(MapNode map, Set<String> known, String what) {
		for (Entry e : map.entries().values()) {
			if (!known.contains(e.key())) {
				error(e.line(), "unknown key '" + e.key() + "' in " + what + "; known keys: "
						+ known.stream().sorted().toList());
			}
		}
	}

	private String requiredText(MapNode map, String key, String hint) {
		Entry e = map.entries().get(key);
		if (e == null) {
			error(map.line(), "missing '" + key + ":' (" + hint + ")");
			return null;
		}
		String t = text(e);
		if (t != null && t.isBlank()) {
			error(e.line(), "'" + key + "' is empty (" + hint + ")");
			return null;
		}
		return t;
	}

	private String optionalText(MapNode map, String key) {
		Entry e = map.entries().get(key);
		return e == null ? null : text(e);
	}

	private String text(Entry e) {
		if (e.value() instanceof Scalar s) {
			return s.text();
		}
		error(e.line(), "'" + e.key() + "' must be a single value, not a list or map");
		return null;
	}

	private List<String> texts(Entry e) {
		if (e.value() instanceof Scalar s) {
			if (s.text().isBlank()) {
				error(e.line(), "'" + e.key() + "' is empty");
				return List.of();
			}
			return List.of(s.text());
		}
		if (e.value() instanceof ListNode l) {
			List<String> out = new ArrayList<>();
			for (Node n : l.items()) {
				if (n instanceof Scalar s && !s.text().isBlank()) {
					out.add(s.text());
				} else {
					error(n.line(), "'" + e.key() + "' takes a list of values, not of lists or maps");
				}
			}
			if (out.isEmpty()) {
				error(e.line(), "'" + e.key() + "' is an empty list");
			}
			return out;
		}
		error(e.line(), "'" + e.key() + "' must be a value or a list [a, b], not a map");
		return List.of();
	}

	private Double number(Entry e) {
		String t = text(e);
		if (t == null) {
			return null;
		}
		Double d = parseNumber(t);
		if (d == null) {
			error(e.line(), "'" + e.key() + "' must be a number, not '" + t + "'");
		}
		return d;
	}

	static Double parseNumber(String t) {
		try {
			double d = Double.parseDouble(t.trim());
			return Double.isFinite(d) ? d : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String literals(List<? extends org.eclipse.emf.common.util.Enumerator> values) {
		return values.stream().map(org.eclipse.emf.common.util.Enumerator::getLiteral).toList().toString();
	}
}
