package org.bidbench.ifc;

import java.util.List;

/**
 * The material of an element as associated by IfcRelAssociatesMaterial.
 *
 * @param kind     which IFC construct: {@code MATERIAL}, {@code LAYER_SET}, {@code PROFILE_SET},
 *                 {@code CONSTITUENT_SET} or {@code LIST}
 * @param setName  the layer/profile/constituent set name, or {@code null}
 * @param parts    the materials in order (one for a single material)
 * @param fromType true when found on the element's type
 * @param source   the associated instance (IfcMaterial, IfcMaterialLayerSetUsage, ...)
 */
public record MaterialAssignment(String kind, String setName, List<Part> parts, boolean fromType, IfcEntity source) {

	/**
	 * One material in a set.
	 *
	 * @param material  the material name
	 * @param name      the layer / profile / constituent name, or {@code null}
	 * @param thickness layer thickness in metres, or {@code null} if not a layer
	 * @param category  the material or constituent category, or {@code null}
	 * @param fraction  constituent fraction, or {@code null}
	 */
	public record Part(String material, String name, Double thickness, String category, Double fraction) {
	}
}
