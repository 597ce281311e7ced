package org.bidbench.qto;

import org.bidbench.geometry.ClearHeightProfile;

/**
 * What a geometry engine measured on one element, in SI units; {@code NaN} where it has no value.
 * Net and gross volume are kept apart because an engine that cuts openings can only vouch for the
 * net volume, and one that does not only for the gross.
 *
 * @param netVolume     volume with openings subtracted (m3), only from a closed mesh
 * @param grossVolume   volume without openings subtracted (m3), only from a closed mesh
 * @param surfaceArea   whole outer surface (m2)
 * @param footprintArea area of the plan projection (m2)
 * @param length        extent along the element's dominant axis (m), e.g. of a beam or column
 * @param closedMesh    whether the mesh encloses a volume, i.e. its volume can be trusted
 * @param clearHeight   for a space, its floor area by clear height (what net floor area rules count
 *                      under a sloping roof); {@code null} for other elements
 */
public record ComputedQuantities(double netVolume, double grossVolume, double surfaceArea, double footprintArea,
		double length, boolean closedMesh, ClearHeightProfile clearHeight) {

	/** Quantities of an element that is not a space. */
	public ComputedQuantities(double netVolume, double grossVolume, double surfaceArea, double footprintArea,
			double length, boolean closedMesh) {
		this(netVolume, grossVolume, surfaceArea, footprintArea, length, closedMesh, null);
	}
}
