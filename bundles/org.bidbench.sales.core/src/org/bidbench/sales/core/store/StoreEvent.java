package org.bidbench.sales.core.store;

import java.util.Map;

/**
 * Records changed in the store. An event with no versions means "changes may have been missed"
 * (the store's notification connection was lost and is back): refresh everything open.
 *
 * @param versions each changed record and its new version (0 when it was removed)
 * @param user     who saved them
 * @param own      whether this store's own save did it (a listener refreshing views may skip those)
 */
public record StoreEvent(Map<RecordKey, Long> versions, String user, boolean own) {

	public StoreEvent {
		versions = Map.copyOf(versions);
	}

	/** Whether listeners should refresh everything, not only {@link #versions()}. */
	public boolean everything() {
		return versions.isEmpty();
	}
}
