package org.bidbench.qto;

import java.util.List;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.PropertySet;
import org.bidbench.ifc.PropertyValue;
import org.bidbench.qto.rules.Measure;

/**
 * The measurement codes' opening rule: a net quantity has every opening deducted, but the code
 * deducts only openings above a size (GB 50854: holes of 0.3 m2 or less are not deducted from
 * walls, slabs and finishes). What this class gives back is the part of the net quantity that the
 * small openings took away.
 */
final class OpeningDeductions {

	private OpeningDeductions() {
	}

	/**
	 * What the openings of the element at or below {@code threshold} m2 took from its net quantity:
	 * their area (for areas) or their area times the element's thickness (for volumes), in SI.
	 */
	static double smallOpenings(IfcModel model, ElementFacts f, Measure measure, double threshold) {
		double sum = 0;
		for (IfcEntity opening : model.openings(f.entity)) {
			Double area = area(model, opening);
			if (area == null || area > threshold) {
				continue; // deducted as the code says (an opening of unknown size is taken as large)
			}
			if (measure == Measure.NET_VOLUME) {
				Double depth = f.layerThickness != null ? f.layerThickness : quantity(model, opening, "Depth");
				if (depth != null) {
					sum += area * depth;
				}
			} else {
				sum += area;
			}
		}
		return sum;
	}

	/** The opening's area: its quantity set (Area, or Width x Height), else its filling's overall size. */
	static Double area(IfcModel model, IfcEntity opening) {
		Double area = quantity(model, opening, "Area");
		if (area != null) {
			return area;
		}
		Double w = quantity(model, opening, "Width");
		Double h = quantity(model, opening, "Height");
		if (w != null && h != null) {
			return w * h;
		}
		for (IfcEntity filling : model.fillings(opening)) {
			Double a = ItemCharacteristics.openingArea(new ElementFacts(model, filling), model);
			if (a != null) {
				return a;
			}
		}
		return null;
	}

	private static Double quantity(IfcModel model, IfcEntity opening, String name) {
		List<PropertySet> sets = model.propertySets(opening);
		for (PropertySet set : sets) {
			if (set.quantities()) {
				PropertyValue v = set.get(name);
				if (v != null && v.siValue() != null && v.siValue() > 0) {
					return v.siValue();
				}
			}
		}
		return null;
	}
}
