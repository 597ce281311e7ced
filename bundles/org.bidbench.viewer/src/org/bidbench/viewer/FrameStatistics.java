package org.bidbench.viewer;

/**
 * What the last frame drew.
 *
 * @param trianglesDrawn triangles sent to the rasteriser after culling, hiding and simplification
 * @param drawCalls multi-draw calls issued
 * @param elementsCulled element ranges skipped by frustum or section culling, or because they were
 *     below a pixel
 * @param elementsSimplified element ranges drawn at a coarser level of detail
 */
public record FrameStatistics(long trianglesDrawn, int drawCalls, int elementsCulled, int elementsSimplified) {
}
