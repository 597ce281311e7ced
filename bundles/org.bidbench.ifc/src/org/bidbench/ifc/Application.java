package org.bidbench.ifc;

/**
 * The authoring application from IfcOwnerHistory.OwningApplication.
 *
 * @param fullName   ApplicationFullName, e.g. {@code ArchiCAD-64}
 * @param version    the version text
 * @param identifier ApplicationIdentifier
 * @param developer  the developing organisation's name, or {@code null}
 */
public record Application(String fullName, String version, String identifier, String developer) {
}
