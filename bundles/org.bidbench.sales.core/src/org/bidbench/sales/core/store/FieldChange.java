package org.bidbench.sales.core.store;

/**
 * One field of a record changed by the working copy.
 *
 * @param path  the field's path inside its record (see {@link RecordFields}), e.g. {@code stage}
 *              or {@code quotes[Q-1]/lines[L-3]/unitPrice}
 * @param base  its value in the version the change was based on; {@code null} when it was not set
 * @param value its new value; {@code null} to unset it
 */
public record FieldChange(String path, String base, String value) {
}
