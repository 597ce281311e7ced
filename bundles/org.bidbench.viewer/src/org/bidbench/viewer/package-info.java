/**
 * The JOGL scene: buffers, camera, picking, sections, viewpoints and an offscreen renderer. The API
 * arrives with the BIM perspective issue (#8); JOGL inside OSGi is proven by this bundle's test fragment.
 */
package org.bidbench.viewer;
