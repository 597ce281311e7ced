/**
 * Plugins installed into a BidBench installation the Eclipse way, through its p2 profile: from a p2
 * repository or a bundle jar, listed and removed. Used by the command line's {@code plugins} commands.
 */
package org.bidbench.plugins;
