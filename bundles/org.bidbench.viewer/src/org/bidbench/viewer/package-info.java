/**
 * The JOGL model viewer, free of the workbench so that it also renders offscreen (tests, benchmarks,
 * reports).
 *
 * <ul>
 * <li>{@link org.bidbench.viewer.Scene}: the meshes of a model batched per colour into chunks that
 * are uploaded once, one {@link org.bidbench.viewer.SceneElement} per product, and the display state
 * (hidden, selected, colours, X-ray, section planes).</li>
 * <li>{@link org.bidbench.viewer.Camera}: orbit, pan, zoom to a point, fit, standard views,
 * perspective or orthographic, walking.</li>
 * <li>{@link org.bidbench.viewer.SceneRenderer}: draws a scene into the current OpenGL 3.3 core
 * context with frustum culling and one multi-draw per chunk; picks through an id pass.</li>
 * <li>{@link org.bidbench.viewer.OffscreenRenderer}: the same renderer in a framebuffer object,
 * giving {@link org.bidbench.viewer.RgbImage}s written as PNG.</li>
 * <li>{@link org.bidbench.viewer.ViewerCanvas}: the SWT widget with mouse and keyboard navigation.</li>
 * <li>{@link org.bidbench.viewer.Viewpoint} and {@link org.bidbench.viewer.BcfViewpoints}: saved views,
 * exported and imported as BCF 2.1.</li>
 * </ul>
 */
package org.bidbench.viewer;
