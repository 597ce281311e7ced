package org.bidbench.qto;

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
 */
public record ComputedQuantities(double netVolume, double grossVolume, double surfaceArea, double footprintArea,
        double length, boolean closedMesh) {
}
