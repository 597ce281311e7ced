package org.bidbench.viewer;

/**
 * What the last frame drew.
 *
 * @param trianglesDrawn triangles sent to the rasteriser after culling and hiding
 * @param drawCalls multi-draw calls issued
 * @param elementsCulled element ranges skipped by frustum or section culling
 */
public record FrameStatistics(long trianglesDrawn, int drawCalls, int elementsCulled) {
}
