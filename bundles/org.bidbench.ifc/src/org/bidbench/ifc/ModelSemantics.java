package org.bidbench.ifc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IFC meaning on top of the entity graph: units, spatial structure, types, property and
 * quantity sets, materials, classifications, placements. Uses attribute names common to
 * IFC2X3, IFC4 and IFC4X3 so one code path serves all three.
 */
final class ModelSemantics {

	/** Aggregation and placement chains longer than this are cycles in a broken file. */
	private static final int MAX_CHAIN = 256;
	private static final String SPATIAL = "IfcSpatialStructureElement";
	private static final int MAX_TREE_DEPTH = 64;

	private final IfcModel model;
	private volatile UnitSystem units;
	private volatile SpatialNode tree;
	private final Map<Integer, double[]> placements = new ConcurrentHashMap<>();

	ModelSemantics(IfcModel model) {
		this.model = model;
	}

	// ------------------------------------------------------------------ units

	UnitSystem units() {
		UnitSystem u = units;
		if (u == null) {
			u = readUnits();
			units = u;
		}
		return u;
	}

	private UnitSystem readUnits() {
		Map<MeasureKind, Double> factors = new EnumMap<>(MeasureKind.class);
		Map<MeasureKind, String> names = new EnumMap<>(MeasureKind.class);
		IfcEntity project = model.project();
		IfcEntity assignment = project == null ? null : project.getEntity("UnitsInContext");
		if (assignment == null) {
			model.report(-1, project == null ? 0 : project.id(), false,
					"no IfcUnitAssignment on the project; SI units assumed");
		} else {
			for (IfcEntity unit : assignment.getEntities("Units")) {
				UnitInfo info = namedUnit(unit, 0);
				if (info != null && info.kind != MeasureKind.OTHER) {
					factors.put(info.kind, info.factor);
					names.put(info.kind, info.name);
				}
			}
		}
		return new UnitSystem(factors, names);
	}

	private record UnitInfo(MeasureKind kind, double factor, String name) {
	}

	/** Kind, SI factor and name of an IfcSIUnit or IfcConversionBasedUnit; null for others. */
	private UnitInfo namedUnit(IfcEntity unit, int depth) {
		if (unit == null || depth > 8) {
			return null;
		}
		MeasureKind kind = MeasureKind.ofUnitType(unit.getString("UnitType"));
		if (unit.isA("IfcSIUnit")) {
			String prefix = unit.getString("Prefix");
			String name = unit.getString("Name");
			double p = prefixFactor(prefix);
			double factor = switch (name == null ? "" : name) {
				case "SQUARE_METRE" -> p * p;
				case "CUBIC_METRE" -> p * p * p;
				case "GRAM" -> p * 1e-3;
				default -> p;
			};
			return new UnitInfo(kind, factor, (prefix == null ? "" : prefix) + name);
		}
		if (unit.isA("IfcConversionBasedUnit")) {
			IfcEntity measure = unit.getEntity("ConversionFactor");
			double factor = 1.0;
			if (measure != null) {
				Double value = IfcEntity.asNumber(measure.get("ValueComponent"));
				UnitInfo base = namedUnit(measure.getEntity("UnitComponent"), depth + 1);
				factor = (value == null ? 1.0 : value) * (base == null ? 1.0 : base.factor);
			}
			return new UnitInfo(kind, factor, unit.getString("Name"));
		}
		return new UnitInfo(kind, 1.0, unit.getString("Name"));
	}

	private static double prefixFactor(String prefix) {
		if (prefix == null) {
			return 1.0;
		}
		return switch (prefix) {
			case "EXA" -> 1e18;
			case "PETA" -> 1e15;
			case "TERA" -> 1e12;
			case "GIGA" -> 1e9;
			case "MEGA" -> 1e6;
			case "KILO" -> 1e3;
			case "HECTO" -> 1e2;
			case "DECA" -> 1e1;
			case "DECI" -> 1e-1;
			case "CENTI" -> 1e-2;
			case "MILLI" -> 1e-3;
			case "MICRO" -> 1e-6;
			case "NANO" -> 1e-9;
			case "PICO" -> 1e-12;
			case "FEMTO" -> 1e-15;
			case "ATTO" -> 1e-18;
			default -> 1.0;
		};
	}

	// ------------------------------------------------------------------ structure

	IfcEntity parentOf(IfcEntity part) {
		for (String rel : new String[]{"IfcRelAggregates", "IfcRelNests"}) {
			for (IfcEntity r : model.referrers(rel, "RelatedObjects", part)) {
				IfcEntity whole = r.getEntity("RelatingObject");
				if (whole != null) {
					return whole;
				}
			}
		}
		return null;
	}

	List<IfcEntity> partsOf(IfcEntity whole) {
		List<IfcEntity> out = new ArrayList<>();
		for (IfcEntity r : model.referrers("IfcRelAggregates", "RelatingObject", whole)) {
			out.addAll(r.getEntities("RelatedObjects"));
		}
		return out;
	}

	IfcEntity containerOf(IfcEntity element) {
		IfcEntity current = element;
		Set<Integer> seen = new HashSet<>();
		while (current != null && seen.add(current.id()) && seen.size() < MAX_CHAIN) {
			for (IfcEntity rel : model.referrers("IfcRelContainedInSpatialStructure", "RelatedElements", current)) {
				IfcEntity structure = rel.getEntity("RelatingStructure");
				if (structure != null) {
					return structure;
				}
			}
			if (current != element && current.isA(SPATIAL)) {
				return current;
			}
			IfcEntity next = parentOf(current);
			if (next == null) {
				next = hostOfFilling(current);
			}
			if (next == null) {
				next = hostOfOpening(current);
			}
			current = next;
		}
		return null;
	}

	private IfcEntity hostOfFilling(IfcEntity filling) {
		for (IfcEntity rel : model.referrers("IfcRelFillsElement", "RelatedBuildingElement", filling)) {
			return rel.getEntity("RelatingOpeningElement");
		}
		return null;
	}

	private IfcEntity hostOfOpening(IfcEntity opening) {
		for (IfcEntity rel : model.referrers("IfcRelVoidsElement", "RelatedOpeningElement", opening)) {
			return rel.getEntity("RelatingBuildingElement");
		}
		return null;
	}

	IfcEntity storeyOf(IfcEntity element) {
		IfcEntity current = element.isA("IfcBuildingStorey") ? element : containerOf(element);
		for (int steps = 0; current != null && steps < MAX_CHAIN; steps++) {
			if (current.isA("IfcBuildingStorey")) {
				return current;
			}
			current = parentOf(current);
		}
		return null;
	}

	SpatialNode spatialTree() {
		SpatialNode t = tree;
		if (t == null) {
			IfcEntity project = model.project();
			if (project == null) {
				return null;
			}
			t = node(project, new HashSet<>(), 0);
			tree = t;
		}
		return t;
	}

	private SpatialNode node(IfcEntity element, Set<Integer> seen, int depth) {
		seen.add(element.id());
		List<SpatialNode> children = new ArrayList<>();
		// Real trees are a handful of levels deep; a deeper chain is a hostile file, not a building.
		if (depth < MAX_TREE_DEPTH) {
			for (IfcEntity part : partsOf(element)) {
				if (part.isA(SPATIAL) && !seen.contains(part.id())) {
					children.add(node(part, seen, depth + 1));
				}
			}
		} else {
			model.report(-1, element.id(), true, "spatial structure deeper than " + MAX_TREE_DEPTH
					+ " levels; the tree is cut here");
		}
		return new SpatialNode(element, List.copyOf(children), List.copyOf(model.containedElements(element)));
	}

	List<IfcEntity> storeys() {
		List<IfcEntity> out = new ArrayList<>();
		SpatialNode root = spatialTree();
		if (root != null) {
			collectStoreys(root, out);
		}
		for (IfcEntity s : model.instancesOf("IfcBuildingStorey")) {
			if (!out.contains(s)) {
				out.add(s);
			}
		}
		return out;
	}

	private static void collectStoreys(SpatialNode node, List<IfcEntity> out) {
		if (node.element().isA("IfcBuildingStorey")) {
			out.add(node.element());
		}
		for (SpatialNode c : node.children()) {
			collectStoreys(c, out);
		}
	}

	IfcEntity typeOf(IfcEntity element) {
		for (IfcEntity rel : model.referrers("IfcRelDefinesByType", "RelatedObjects", element)) {
			IfcEntity type = rel.getEntity("RelatingType");
			if (type != null) {
				return type;
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ properties

	List<PropertySet> propertySets(IfcEntity element) {
		Map<String, Map<String, PropertyValue>> values = new LinkedHashMap<>();
		Map<String, IfcEntity> definitions = new LinkedHashMap<>();
		Map<String, Boolean> quantityFlags = new LinkedHashMap<>();
		IfcEntity type = typeOf(element);
		if (type != null && type.hasAttribute("HasPropertySets")) {
			for (IfcEntity def : type.getEntities("HasPropertySets")) {
				addSet(def, true, values, definitions, quantityFlags);
			}
		}
		for (IfcEntity rel : model.referrers("IfcRelDefinesByProperties", "RelatedObjects", element)) {
			// IFC4 allows a set of definitions (IfcPropertySetDefinitionSet) here.
			for (IfcEntity def : rel.getEntities("RelatingPropertyDefinition")) {
				addSet(def, false, values, definitions, quantityFlags);
			}
		}
		List<PropertySet> out = new ArrayList<>();
		for (var e : values.entrySet()) {
			out.add(new PropertySet(e.getKey(), quantityFlags.get(e.getKey()), definitions.get(e.getKey()),
					List.copyOf(e.getValue().values())));
		}
		return out;
	}

	private void addSet(IfcEntity def, boolean fromType, Map<String, Map<String, PropertyValue>> values,
			Map<String, IfcEntity> definitions, Map<String, Boolean> quantityFlags) {
		boolean quantities = def.isA("IfcElementQuantity");
		if (!quantities && !def.isA("IfcPropertySet")) {
			return;
		}
		String setName = def.name() == null ? "" : def.name();
		Map<String, PropertyValue> target = values.computeIfAbsent(setName, k -> new LinkedHashMap<>());
		if (!fromType || !definitions.containsKey(setName)) {
			definitions.put(setName, def);
		}
		quantityFlags.put(setName, quantities);
		for (IfcEntity p : def.getEntities(quantities ? "Quantities" : "HasProperties")) {
			PropertyValue v = quantities ? quantity(p, fromType) : property(p, fromType);
			if (v != null) {
				target.put(v.name(), v);
			}
		}
	}

	private PropertyValue property(IfcEntity p, boolean fromType) {
		String name = p.name();
		IfcEntity explicitUnit = p.hasAttribute("Unit") ? p.getEntity("Unit") : null;
		if (p.isA("IfcPropertySingleValue")) {
			Object nominal = p.get("NominalValue");
			String ifcType = nominal instanceof TypedValue t ? t.type() : null;
			Object raw = unwrap(nominal);
			MeasureKind kind = MeasureKind.ofMeasureType(ifcType);
			return withUnit(name, raw, ifcType, kind, explicitUnit, fromType);
		}
		if (p.isA("IfcPropertyEnumeratedValue")) {
			return new PropertyValue(name, unwrapAll(p.get("EnumerationValues")), p.typeName(), MeasureKind.OTHER,
					null, null, fromType);
		}
		if (p.isA("IfcPropertyListValue")) {
			return new PropertyValue(name, unwrapAll(p.get("ListValues")), p.typeName(), MeasureKind.OTHER, null,
					null, fromType);
		}
		if (p.isA("IfcPropertyBoundedValue")) {
			List<Object> bounds = new ArrayList<>();
			bounds.add(unwrap(p.get("LowerBoundValue")));
			bounds.add(unwrap(p.get("UpperBoundValue")));
			return new PropertyValue(name, bounds, p.typeName(), MeasureKind.OTHER, null, null, fromType);
		}
		return new PropertyValue(name, null, p.typeName(), MeasureKind.OTHER, null, null, fromType);
	}

	private PropertyValue quantity(IfcEntity q, boolean fromType) {
		String attr;
		MeasureKind kind;
		if (q.isA("IfcQuantityLength")) {
			attr = "LengthValue";
			kind = MeasureKind.LENGTH;
		} else if (q.isA("IfcQuantityArea")) {
			attr = "AreaValue";
			kind = MeasureKind.AREA;
		} else if (q.isA("IfcQuantityVolume")) {
			attr = "VolumeValue";
			kind = MeasureKind.VOLUME;
		} else if (q.isA("IfcQuantityWeight")) {
			attr = "WeightValue";
			kind = MeasureKind.MASS;
		} else if (q.isA("IfcQuantityTime")) {
			attr = "TimeValue";
			kind = MeasureKind.TIME;
		} else if (q.isA("IfcQuantityCount")) {
			attr = "CountValue";
			kind = MeasureKind.OTHER;
		} else {
			return new PropertyValue(q.name(), null, q.typeName(), MeasureKind.OTHER, null, null, fromType);
		}
		IfcEntity explicitUnit = q.getEntity("Unit");
		return withUnit(q.name(), unwrap(q.get(attr)), q.typeName(), kind, explicitUnit, fromType);
	}

	private PropertyValue withUnit(String name, Object raw, String ifcType, MeasureKind kind, IfcEntity explicitUnit,
			boolean fromType) {
		Double number = IfcEntity.asNumber(raw);
		double factor = 1.0;
		String unitName = null;
		if (kind != MeasureKind.OTHER) {
			UnitInfo own = explicitUnit == null ? null : namedUnit(explicitUnit, 0);
			if (own != null) {
				factor = own.factor;
				unitName = own.name;
			} else {
				factor = units().factor(kind);
				unitName = units().name(kind);
			}
		}
		Double si = number == null ? null : number * factor;
		return new PropertyValue(name, raw, ifcType, kind, si, unitName, fromType);
	}

	private static Object unwrap(Object v) {
		return v instanceof TypedValue t ? t.value() : v;
	}

	private static Object unwrapAll(Object v) {
		if (v instanceof List<?> list) {
			List<Object> out = new ArrayList<>(list.size());
			for (Object o : list) {
				out.add(unwrap(o));
			}
			return out;
		}
		return unwrap(v);
	}

	// ------------------------------------------------------------------ materials, classification

	List<MaterialAssignment> materials(IfcEntity element) {
		List<MaterialAssignment> out = new ArrayList<>();
		for (IfcEntity rel : model.referrers("IfcRelAssociatesMaterial", "RelatedObjects", element)) {
			MaterialAssignment m = material(rel.getEntity("RelatingMaterial"), false);
			if (m != null) {
				out.add(m);
			}
		}
		if (out.isEmpty()) {
			IfcEntity type = typeOf(element);
			if (type != null) {
				for (IfcEntity rel : model.referrers("IfcRelAssociatesMaterial", "RelatedObjects", type)) {
					MaterialAssignment m = material(rel.getEntity("RelatingMaterial"), true);
					if (m != null) {
						out.add(m);
					}
				}
			}
		}
		return out;
	}

	private MaterialAssignment material(IfcEntity m, boolean fromType) {
		if (m == null) {
			return null;
		}
		IfcEntity source = m;
		if (m.isA("IfcMaterialLayerSetUsage")) {
			m = m.getEntity("ForLayerSet");
		} else if (m.hasAttribute("ForProfileSet")) {
			m = m.getEntity("ForProfileSet");
		}
		if (m == null) {
			return null;
		}
		double length = units().factor(MeasureKind.LENGTH);
		List<MaterialAssignment.Part> parts = new ArrayList<>();
		if (m.isA("IfcMaterial")) {
			parts.add(new MaterialAssignment.Part(m.name(), null, null, m.getString("Category"), null));
			return new MaterialAssignment("MATERIAL", null, parts, fromType, source);
		}
		if (m.isA("IfcMaterialLayerSet") || m.isA("IfcMaterialLayer")) {
			List<IfcEntity> layers = m.isA("IfcMaterialLayer") ? List.of(m) : m.getEntities("MaterialLayers");
			for (IfcEntity layer : layers) {
				IfcEntity mat = layer.getEntity("Material");
				Double t = layer.getDouble("LayerThickness");
				parts.add(new MaterialAssignment.Part(mat == null ? null : mat.name(), layer.getString("Name"),
						t == null ? null : t * length, category(layer, mat), null));
			}
			String setName = m.hasAttribute("LayerSetName") ? m.getString("LayerSetName") : null;
			return new MaterialAssignment("LAYER_SET", setName, parts, fromType, source);
		}
		if (m.hasAttribute("MaterialProfiles")) {
			for (IfcEntity profile : m.getEntities("MaterialProfiles")) {
				IfcEntity mat = profile.getEntity("Material");
				parts.add(new MaterialAssignment.Part(mat == null ? null : mat.name(), profile.getString("Name"), null,
						category(profile, mat), null));
			}
			return new MaterialAssignment("PROFILE_SET", m.name(), parts, fromType, source);
		}
		if (m.hasAttribute("MaterialConstituents")) {
			for (IfcEntity c : m.getEntities("MaterialConstituents")) {
				IfcEntity mat = c.getEntity("Material");
				parts.add(new MaterialAssignment.Part(mat == null ? null : mat.name(), c.getString("Name"), null,
						category(c, mat), c.getDouble("Fraction")));
			}
			return new MaterialAssignment("CONSTITUENT_SET", m.name(), parts, fromType, source);
		}
		if (m.isA("IfcMaterialList")) {
			for (IfcEntity mat : m.getEntities("Materials")) {
				parts.add(new MaterialAssignment.Part(mat.name(), null, null, null, null));
			}
			return new MaterialAssignment("LIST", null, parts, fromType, source);
		}
		return null;
	}

	/** The part's own category (IFC4 layers, profiles, constituents), else its material's. */
	private static String category(IfcEntity part, IfcEntity material) {
		String own = part.getString("Category");
		return own != null || material == null ? own : material.getString("Category");
	}

	List<Classification> classifications(IfcEntity element) {
		List<Classification> out = new ArrayList<>();
		List<IfcEntity> subjects = new ArrayList<>();
		subjects.add(element);
		IfcEntity type = typeOf(element);
		if (type != null) {
			subjects.add(type);
		}
		for (IfcEntity subject : subjects) {
			for (IfcEntity rel : model.referrers("IfcRelAssociatesClassification", "RelatedObjects", subject)) {
				IfcEntity c = rel.getEntity("RelatingClassification");
				if (c == null) {
					continue;
				}
				if (c.isA("IfcClassification")) {
					out.add(new Classification(c.name(), null, null));
					continue;
				}
				String code = c.hasAttribute("Identification")
						? c.getString("Identification")
						: c.getString("ItemReference");
				IfcEntity source = c.getEntity("ReferencedSource");
				for (int i = 0; source != null && !source.isA("IfcClassification") && i < 16; i++) {
					source = source.getEntity("ReferencedSource");
				}
				out.add(new Classification(source == null ? null : source.name(), code, c.name()));
			}
		}
		return out;
	}

	Application owningApplication() {
		for (IfcEntity history : model.instancesOf("IfcOwnerHistory")) {
			IfcEntity app = history.getEntity("OwningApplication");
			if (app != null) {
				IfcEntity developer = app.getEntity("ApplicationDeveloper");
				return new Application(app.getString("ApplicationFullName"), app.getString("Version"),
						app.getString("ApplicationIdentifier"), developer == null ? null : developer.name());
			}
		}
		return null;
	}

	// ------------------------------------------------------------------ placement

	double[] worldTransform(IfcEntity product) {
		IfcEntity placement = product.hasAttribute("ObjectPlacement") ? product.getEntity("ObjectPlacement") : null;
		return placement == null ? identity() : placementMatrix(placement, 0).clone();
	}

	private double[] placementMatrix(IfcEntity placement, int depth) {
		double[] cached = placements.get(placement.id());
		if (cached != null) {
			return cached;
		}
		double[] result;
		if (depth > MAX_CHAIN) {
			model.report(-1, placement.id(), true, "placement chain longer than " + MAX_CHAIN + " (a cycle?)");
			return identity();
		}
		if (placement.isA("IfcLocalPlacement")) {
			double[] local = axisPlacement(placement.getEntity("RelativePlacement"));
			IfcEntity relTo = placement.getEntity("PlacementRelTo");
			result = relTo == null ? local : multiply(placementMatrix(relTo, depth + 1), local);
		} else {
			model.report(-1, placement.id(), false, placement.typeName()
					+ " is not supported for placements; identity used");
			result = identity();
		}
		placements.put(placement.id(), result);
		return result;
	}

	private double[] axisPlacement(IfcEntity axis) {
		if (axis == null) {
			return identity();
		}
		double scale = units().factor(MeasureKind.LENGTH);
		double[] origin = vector(axis.getEntity("Location"), "Coordinates", new double[]{0, 0, 0});
		double[] z = axis.hasAttribute("Axis")
				? vector(axis.getEntity("Axis"), "DirectionRatios", new double[]{0, 0, 1})
				: new double[]{0, 0, 1};
		double[] x = vector(axis.getEntity("RefDirection"), "DirectionRatios", new double[]{1, 0, 0});
		normalize(z, new double[]{0, 0, 1});
		double dot = x[0] * z[0] + x[1] * z[1] + x[2] * z[2];
		for (int i = 0; i < 3; i++) {
			x[i] -= dot * z[i];
		}
		normalize(x, Math.abs(z[0]) < 0.9 ? new double[]{1, 0, 0} : new double[]{0, 1, 0});
		double[] y = {z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]};
		return new double[]{
				x[0], y[0], z[0], origin[0] * scale,
				x[1], y[1], z[1], origin[1] * scale,
				x[2], y[2], z[2], origin[2] * scale,
				0, 0, 0, 1};
	}

	private static double[] vector(IfcEntity e, String attribute, double[] fallback) {
		if (e == null) {
			return fallback;
		}
		double[] v = new double[3];
		if (e.get(attribute) instanceof List<?> list) {
			for (int i = 0; i < 3 && i < list.size(); i++) {
				Double d = IfcEntity.asNumber(list.get(i));
				v[i] = d == null ? 0 : d;
			}
			return v;
		}
		return fallback;
	}

	private static void normalize(double[] v, double[] fallback) {
		double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		if (len < 1e-12 || Double.isNaN(len)) {
			System.arraycopy(fallback, 0, v, 0, 3);
			return;
		}
		for (int i = 0; i < 3; i++) {
			v[i] /= len;
		}
	}

	static double[] identity() {
		return new double[]{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
	}

	static double[] multiply(double[] a, double[] b) {
		double[] r = new double[16];
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				double s = 0;
				for (int k = 0; k < 4; k++) {
					s += a[i * 4 + k] * b[k * 4 + j];
				}
				r[i * 4 + j] = s;
			}
		}
		return r;
	}
}
