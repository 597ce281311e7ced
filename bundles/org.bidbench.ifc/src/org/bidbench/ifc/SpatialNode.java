package org.bidbench.ifc;

import java.util.List;

/**
 * A node of the spatial tree: the project, a site, building, storey or space.
 *
 * @param element   the spatial element
 * @param children  spatial elements aggregated below it, in file order
 * @param contained elements contained directly in it (IfcRelContainedInSpatialStructure)
 */
public record SpatialNode(IfcEntity element, List<SpatialNode> children, List<IfcEntity> contained) {
}
