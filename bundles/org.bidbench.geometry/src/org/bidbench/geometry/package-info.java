/**
 * Geometry API: the GeometryEngine extension point, per-product meshes in world coordinates (metres),
 * colours, and quantities computed from closed meshes. The API arrives with the geometry issue (#4).
 */
package org.bidbench.geometry;
