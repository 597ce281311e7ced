package org.bidbench.viewer;

/**
 * One product of the model as the scene knows it.
 *
 * @param index dense index in the scene, 0..{@link Scene#elementCount()}-1; what picking returns
 * @param productId the product's {@code #id} in the IFC file
 * @param globalId the product's GlobalId
 * @param ifcClass the IFC class, e.g. {@code IfcWall}
 * @param triangles triangles of all its meshes
 */
public record SceneElement(int index, int productId, String globalId, String ifcClass, int triangles) {
}
