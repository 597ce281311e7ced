/**
 * Geometry API: {@link org.bidbench.geometry.GeometryEngine} kernels contributed through the extension
 * point {@code org.bidbench.geometry.engines} and found with {@link org.bidbench.geometry.GeometryEngines};
 * per-product {@link org.bidbench.geometry.ProductGeometry} results streamed from a
 * {@link org.bidbench.geometry.GeometrySession}, with {@link org.bidbench.geometry.Mesh}es in world
 * coordinates (metres, Z up) and colours; {@link org.bidbench.geometry.MeshQuantities} computed from
 * closed meshes, with net versus gross said honestly.
 */
package org.bidbench.geometry;
