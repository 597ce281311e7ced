/**
 * The web-ifc engine run inside the JVM by Javet (Node.js embedded). Its implementation arrives with the
 * geometry issue (#4); the bundle already carries the Javet dependency, proven by its test fragment.
 */
package org.bidbench.geometry.webifc.internal;
