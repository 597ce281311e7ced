package org.bidbench.geometry;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.PropertySet;
import org.bidbench.ifc.PropertyValue;

/**
 * The volumes an authoring tool wrote into an element's quantity sets, in m3 (converted through the
 * file's units), to compare with the computed ones.
 *
 * @param net {@code NetVolume}, or {@code null}
 * @param gross {@code GrossVolume}, or {@code null}
 * @param setName the quantity set they come from, e.g. {@code BaseQuantities} or
 *        {@code Qto_WallBaseQuantities}; {@code null} when there is none
 */
public record AuthoredVolumes(Double net, Double gross, String setName) {

	/** Reads the first quantity set of {@code element} that has a NetVolume or a GrossVolume. */
	public static AuthoredVolumes of(IfcModel model, IfcEntity element) {
		for (PropertySet set : model.propertySets(element)) {
			if (!set.quantities()) {
				continue;
			}
			Double net = si(set.get("NetVolume"));
			Double gross = si(set.get("GrossVolume"));
			if (net != null || gross != null) {
				return new AuthoredVolumes(net, gross, set.name());
			}
		}
		return new AuthoredVolumes(null, null, null);
	}

	/** True when the file gives at least one volume. */
	public boolean isPresent() {
		return net != null || gross != null;
	}

	private static Double si(PropertyValue v) {
		return v == null ? null : v.siValue();
	}
}
