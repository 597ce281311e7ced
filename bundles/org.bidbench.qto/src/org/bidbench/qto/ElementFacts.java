package org.bidbench.qto;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bidbench.ifc.Classification;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.MaterialAssignment;
import org.bidbench.ifc.PropertySet;
import org.bidbench.ifc.PropertyValue;

/**
 * What rules look at on one element, read once from the model and kept for every later
 * take-off of the same model (the session's cache).
 */
final class ElementFacts {

	final IfcEntity entity;
	final String globalId;
	final String ifcClass;
	final String name;
	final String objectType;
	final String predefinedType;
	final String typeName;
	final String typeGlobalId;
	final String storey;
	final List<String> materials;
	final String materialLabel;
	final String profile;
	final List<String> classificationCodes;
	final List<PropertySet> propertySets;
	final boolean hasBody;
	/** Sum of the material layers' thicknesses (m), or {@code null} when the element has no layer set. */
	final Double layerThickness;

	ElementFacts(IfcModel model, IfcEntity e) {
		this.entity = e;
		this.globalId = e.globalId();
		this.ifcClass = e.typeName();
		this.name = e.name();
		this.objectType = e.hasAttribute("ObjectType") ? e.getString("ObjectType") : null;
		IfcEntity type = model.typeOf(e);
		this.typeName = type == null ? null : type.name();
		this.typeGlobalId = type == null ? null : type.globalId();
		String predefined = e.hasAttribute("PredefinedType") ? e.getString("PredefinedType") : null;
		if ((predefined == null || predefined.equals("NOTDEFINED")) && type != null && type.hasAttribute("PredefinedType")) {
			predefined = type.getString("PredefinedType");
		}
		this.predefinedType = predefined;
		IfcEntity storeyEntity = model.storeyOf(e);
		this.storey = storeyEntity == null ? null : firstNonBlank(storeyEntity.name(), storeyEntity.getString("LongName"));
		Set<String> materialNames = new LinkedHashSet<>();
		List<String> labels = new ArrayList<>();
		String profileName = null;
		Double layers = null;
		for (MaterialAssignment m : model.materials(e)) {
			if ("LAYER_SET".equals(m.kind()) && layers == null) {
				double sum = 0;
				for (MaterialAssignment.Part p : m.parts()) {
					sum += p.thickness() == null ? 0 : p.thickness();
				}
				layers = sum > 0 ? sum : null;
			}
			for (MaterialAssignment.Part p : m.parts()) {
				if (p.material() != null) {
					materialNames.add(p.material());
				}
				if (profileName == null && "PROFILE_SET".equals(m.kind()) && p.name() != null) {
					profileName = p.name();
				}
			}
			if (m.setName() != null && !m.setName().isBlank()) {
				labels.add(m.setName());
			} else if (!m.parts().isEmpty() && m.parts().get(0).material() != null) {
				labels.add(String.join("/", m.parts().stream().map(MaterialAssignment.Part::material)
						.filter(s -> s != null).toList()));
			}
		}
		this.layerThickness = layers;
		this.materials = List.copyOf(materialNames);
		this.materialLabel = labels.isEmpty() ? null : String.join(" + ", labels);
		List<String> codes = new ArrayList<>();
		for (Classification c : model.classifications(e)) {
			if (c.code() != null) {
				codes.add(c.code());
			}
		}
		this.classificationCodes = List.copyOf(codes);
		this.propertySets = model.propertySets(e);
		if (profileName == null) {
			PropertyValue p = property("Profile");
			if (p != null && p.value() instanceof String s) {
				profileName = s;
			}
		}
		// Tekla and others write the profile (e.g. HEA300) as ObjectType of members.
		this.profile = firstNonBlank(profileName, objectType, typeName);
		this.hasBody = hasBody(e);
	}

	private static String firstNonBlank(String... values) {
		for (String v : values) {
			if (v != null && !v.isBlank()) {
				return v;
			}
		}
		return null;
	}

	private static boolean hasBody(IfcEntity e) {
		IfcEntity shape = e.hasAttribute("Representation") ? e.getEntity("Representation") : null;
		if (shape == null) {
			return false;
		}
		for (IfcEntity rep : shape.getEntities("Representations")) {
			String id = rep.getString("RepresentationIdentifier");
			String type = rep.getString("RepresentationType");
			if (id != null && id.toLowerCase(Locale.ROOT).startsWith("body")) {
				return true;
			}
			if (id == null && type != null && !type.equals("Curve2D") && !type.equals("Annotation2D")
					&& !type.equals("GeometricCurveSet") && !type.equals("BoundingBox")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A property or quantity by {@code Name} or {@code Set.Name}. A bare name looks in quantity
	 * sets first (BaseQuantities, then Qto_ sets, then others), then in property sets.
	 */
	PropertyValue property(String reference) {
		for (PropertySet set : propertySets) {
			String setName = set.name();
			if (setName != null && reference.length() > setName.length() + 1 && reference.startsWith(setName)
					&& reference.charAt(setName.length()) == '.') {
				PropertyValue v = set.get(reference.substring(setName.length() + 1));
				if (v != null) {
					return v;
				}
			}
		}
		Found found = quantity(List.of(reference));
		if (found != null) {
			return found.value;
		}
		for (PropertySet set : propertySets) {
			if (!set.quantities()) {
				PropertyValue v = set.get(reference);
				if (v != null) {
					return v;
				}
			}
		}
		return null;
	}

	/** A quantity found in a set. */
	record Found(String setName, PropertyValue value) {
	}

	/**
	 * The first of {@code names} (each {@code Name} or {@code Set.Name}) found in a quantity set
	 * with a numeric value, sets searched BaseQuantities first, then Qto_*, then the rest.
	 */
	Found quantity(List<String> names) {
		for (String n : names) {
			for (int pass = 0; pass < 3; pass++) {
				for (PropertySet set : propertySets) {
					if (!set.quantities() || set.name() == null || rank(set.name()) != pass) {
						continue;
					}
					String q = n;
					int dot = n.indexOf('.');
					if (dot > 0 && n.startsWith(set.name() + ".")) {
						q = n.substring(set.name().length() + 1);
					} else if (dot > 0 && n.substring(0, dot).matches("(BaseQuantities|Qto_\\w+)")) {
						continue;
					}
					PropertyValue v = set.get(q);
					if (v != null && v.siValue() != null) {
						return new Found(set.name(), v);
					}
				}
			}
		}
		return null;
	}

	private static int rank(String setName) {
		if (setName.equals("BaseQuantities")) {
			return 0;
		}
		return setName.startsWith("Qto_") ? 1 : 2;
	}
}
