package org.bidbench.plugins;

/**
 * A unit of an installation's p2 profile.
 *
 * @param id the installable unit's id (a feature's ends in {@code .feature.group})
 * @param version its version
 * @param name its human name, or the id when it has none
 * @param plugin whether the user installed it (not a part of the product)
 */
public record InstalledPlugin(String id, String version, String name, boolean plugin) {
}
