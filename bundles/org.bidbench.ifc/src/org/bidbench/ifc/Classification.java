package org.bidbench.ifc;

/**
 * A classification reference of an element.
 *
 * @param system the classification system name (e.g. Uniclass), or {@code null}
 * @param code   the item reference / identification, or {@code null}
 * @param name   the reference's name, or {@code null}
 */
public record Classification(String system, String code, String name) {
}
