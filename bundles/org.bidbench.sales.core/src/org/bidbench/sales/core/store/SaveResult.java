package org.bidbench.sales.core.store;

import java.util.List;
import java.util.Map;

/**
 * What a save did.
 *
 * @param versions each saved record and its new version (0 when removed)
 * @param merged   records whose save was merged with other users' changes to other fields; the
 *                 working copy now holds both
 */
public record SaveResult(Map<RecordKey, Long> versions, List<RecordKey> merged) {

	public SaveResult {
		versions = Map.copyOf(versions);
		merged = List.copyOf(merged);
	}

	public static SaveResult nothing() {
		return new SaveResult(Map.of(), List.of());
	}
}
