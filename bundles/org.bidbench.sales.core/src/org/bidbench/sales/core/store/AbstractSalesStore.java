package org.bidbench.sales.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.ecore.EObject;

/**
 * The working copy every store keeps, for implementations of {@link SalesStore}: the workspace,
 * the fields and version of each record as last read (the <em>base</em>), and what follows from
 * them: {@link #changes()}, taking stored state in while keeping unsaved edits
 * ({@link #takeStored}), settling conflicts, and telling listeners.
 */
public abstract class AbstractSalesStore implements SalesStore {

	private SalesWorkspace workspace;
	private final Map<RecordKey, SortedMap<String, String>> base = new HashMap<>();
	private final Map<RecordKey, Long> versions = new HashMap<>();
	private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
	private StoreAuditHook auditHook;

	/** Sets the working copy and its base: each record's stored fields and version. */
	protected void setWorkingCopy(SalesWorkspace workspace, Map<RecordKey, Long> storedVersions) {
		this.workspace = workspace;
		base.clear();
		versions.clear();
		base.putAll(RecordFields.flattenAll(workspace));
		for (RecordKey key : base.keySet()) {
			versions.put(key, storedVersions.getOrDefault(key, 0L));
		}
	}

	@Override
	public SalesWorkspace workspace() {
		return workspace;
	}

	@Override
	public Map<RecordKey, Long> versions() {
		return Map.copyOf(versions);
	}

	protected StoreAuditHook auditHook() {
		return auditHook;
	}

	@Override
	public void setAuditHook(StoreAuditHook hook) {
		this.auditHook = hook;
	}

	/** Whether the working copy has been read (a store {@link SalesStoreProvider#connect connected} without it has none yet). */
	protected boolean hasWorkingCopy() {
		return workspace != null;
	}

	@Override
	public ChangeSet changes() {
		if (workspace == null) {
			return new ChangeSet(List.of());
		}
		Map<RecordKey, SortedMap<String, String>> current = RecordFields.flattenAll(workspace);
		List<RecordChange> changes = new ArrayList<>();
		for (Map.Entry<RecordKey, SortedMap<String, String>> record : current.entrySet()) {
			RecordKey key = record.getKey();
			SortedMap<String, String> before = base.get(key);
			if (before == null) {
				List<FieldChange> fields = new ArrayList<>();
				record.getValue().forEach((path, value) -> fields.add(new FieldChange(path, null, value)));
				changes.add(new RecordChange(key, 0, false, fields));
				continue;
			}
			List<FieldChange> fields = diff(before, record.getValue());
			if (!fields.isEmpty()) {
				changes.add(new RecordChange(key, versions.getOrDefault(key, 0L), false, fields));
			}
		}
		for (RecordKey key : base.keySet()) {
			if (!current.containsKey(key)) {
				changes.add(new RecordChange(key, versions.getOrDefault(key, 0L), true, List.of()));
			}
		}
		return new ChangeSet(changes);
	}

	private static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> fields = new ArrayList<>();
		Set<String> paths = new java.util.TreeSet<>(before.keySet());
		paths.addAll(after.keySet());
		for (String path : paths) {
			String was = before.get(path);
			String now = after.get(path);
			if (!Objects.equals(was, now)) {
				fields.add(new FieldChange(path, was, now));
			}
		}
		return fields;
	}

	/**
	 * After a save committed: the saved fields become the base, at their new versions.
	 *
	 * @param newVersions each saved record's new version (0 when removed)
	 */
	protected void saved(ChangeSet changes, Map<RecordKey, Long> newVersions) {
		if (workspace == null) {
			return;
		}
		for (RecordChange change : changes.records()) {
			RecordKey key = change.key();
			if (change.removed()) {
				base.remove(key);
				versions.remove(key);
				continue;
			}
			SortedMap<String, String> fields = base.computeIfAbsent(key, k -> new TreeMap<>());
			for (FieldChange field : change.fields()) {
				if (field.value() == null) {
					fields.remove(field.path());
				} else {
					fields.put(field.path(), field.value());
				}
			}
			versions.put(key, newVersions.getOrDefault(key, versions.getOrDefault(key, 0L)));
		}
	}

	/**
	 * Takes a record as stored into the working copy, keeping the fields this user changed and
	 * has not saved (their base stays the old value, so a later save still checks them against
	 * the store). An empty map means the record is not in the store.
	 */
	protected void takeStored(RecordKey key, long storedVersion, Map<String, String> stored) {
		if (workspace == null) {
			return;
		}
		EObject root = RecordFields.records(workspace).get(key);
		Map<String, String> local = root == null ? Map.of() : RecordFields.flatten(root);
		Map<String, String> before = base.getOrDefault(key, new TreeMap<>());
		boolean known = base.containsKey(key);
		SortedMap<String, String> merged = new TreeMap<>(stored);
		SortedMap<String, String> newBase = new TreeMap<>(stored);
		boolean keptEdits = false;
		Set<String> paths = new HashSet<>(local.keySet());
		paths.addAll(before.keySet());
		for (String path : paths) {
			String mine = local.get(path);
			String was = known ? before.get(path) : null;
			if (!Objects.equals(mine, was) && (known || root != null)) {
				keptEdits = true;
				putOrRemove(merged, path, mine);
				putOrRemove(newBase, path, was);
			}
		}
		if (!known && root != null) {
			// A record this user added and another user added under the same key too: keep ours
			// entirely as an addition; the save will report the clash field by field.
			return;
		}
		if (!merged.equals(local)) {
			RecordFields.apply(workspace, key, merged);
		}
		if (stored.isEmpty() && !keptEdits) {
			base.remove(key);
			versions.remove(key);
		} else {
			base.put(key, newBase);
			if (!keptEdits) {
				versions.put(key, storedVersion);
			}
		}
	}

	private static void putOrRemove(Map<String, String> map, String path, String value) {
		if (value == null) {
			map.remove(path);
		} else {
			map.put(path, value);
		}
	}

	@Override
	public void resolve(FieldConflict conflict, boolean keepMine) throws StoreException {
		RecordKey key = conflict.key();
		if (conflict.path().isEmpty()) {
			StoredRecord theirs = read(key);
			if (keepMine) {
				// Our whole record goes over theirs: base it on their version.
				base.put(key, new TreeMap<>(theirs.fields()));
				versions.put(key, theirs.version());
				if (theirs.fields().isEmpty()) {
					base.remove(key);
					versions.remove(key);
				}
			} else {
				base.remove(key);
				versions.remove(key);
				EObject root = RecordFields.records(workspace).get(key);
				if (root != null && root != workspace) {
					org.eclipse.emf.ecore.util.EcoreUtil.remove(root);
				}
				if (!theirs.fields().isEmpty()) {
					RecordFields.apply(workspace, key, theirs.fields());
					base.put(key, new TreeMap<>(theirs.fields()));
					versions.put(key, theirs.version());
				}
			}
			return;
		}
		SortedMap<String, String> fields = base.computeIfAbsent(key, k -> new TreeMap<>());
		putOrRemove(fields, conflict.path(), conflict.theirs());
		if (!keepMine) {
			EObject root = RecordFields.records(workspace).get(key);
			Map<String, String> local = root == null ? new TreeMap<>() : RecordFields.flatten(root);
			putOrRemove(local, conflict.path(), conflict.theirs());
			RecordFields.apply(workspace, key, local);
		}
	}

	/**
	 * Saves {@link #changes()}; when the only trouble is that another user added an object under
	 * the same name in the same list (both took the next free id, e.g. two activities
	 * {@code O-7-A5} logged at once), this user's object takes the next name free on both sides
	 * and the save runs again, so that both additions are kept.
	 */
	@Override
	public SaveResult save() throws StoreException {
		try {
			return save(changes());
		} catch (StoreConflictException e) {
			if (!renameClashingAdditions(e.conflicts())) {
				throw e;
			}
			return save(changes());
		}
	}

	/**
	 * Gives objects this user added a new id where another user's addition took theirs.
	 *
	 * @return whether every conflict was such a clash and each clashing object was renamed
	 */
	protected boolean renameClashingAdditions(List<FieldConflict> conflicts) throws StoreException {
		if (conflicts.isEmpty() || workspace == null) {
			return false;
		}
		Map<RecordKey, StoredRecord> stored = new HashMap<>();
		Map<String, EObject> renamed = new LinkedHashMap<>();
		for (FieldConflict conflict : conflicts) {
			String added = conflict.base() == null ? addedObjectPath(conflict) : null;
			if (added == null) {
				return false;
			}
			String id = conflict.key() + " " + added;
			if (renamed.containsKey(id)) {
				continue;
			}
			EObject root = RecordFields.records(workspace).get(conflict.key());
			EObject object = root == null ? null : RecordFields.objectAt(root, added);
			org.eclipse.emf.ecore.EAttribute idAttribute = object == null ? null : object.eClass().getEIDAttribute();
			if (idAttribute == null || !(object.eGet(idAttribute) instanceof String current)) {
				return false;
			}
			StoredRecord theirs = stored.get(conflict.key());
			if (theirs == null) {
				theirs = read(conflict.key());
				stored.put(conflict.key(), theirs);
			}
			String listPath = added.substring(0, added.lastIndexOf('['));
			Set<String> taken = new HashSet<>();
			String theirList = theirs.fields().get(listPath);
			if (theirList != null) {
				taken.addAll(RecordFields.splitList(theirList));
			}
			String myList = RecordFields.flatten(root).get(listPath);
			if (myList != null) {
				taken.addAll(RecordFields.splitList(myList));
			}
			java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("^(.*?)(\\d+)$").matcher(current);
			if (!numbered.matches()) {
				return false;
			}
			long number = Long.parseLong(numbered.group(2));
			String candidate;
			do {
				number++;
				candidate = numbered.group(1) + number;
			} while (taken.contains(RecordFields.escape(candidate)));
			renamed.put(id, object);
			object.eSet(idAttribute, candidate);
		}
		return !renamed.isEmpty();
	}

	/** The path of the object a conflicting field belongs to when this user added that object, else null. */
	private String addedObjectPath(FieldConflict conflict) {
		SortedMap<String, String> before = base.get(conflict.key());
		String path = conflict.path();
		for (int close = path.indexOf("]/"); close >= 0; close = path.indexOf("]/", close + 1)) {
			String objectPath = path.substring(0, close + 1);
			if (before == null || !before.containsKey(objectPath + "/" + RecordFields.CLASS)) {
				return objectPath;
			}
		}
		return null;
	}

	@Override
	public void refresh(Collection<RecordKey> keys) throws StoreException {
		for (RecordKey key : keys) {
			StoredRecord stored = read(key);
			takeStored(key, stored.version(), stored.fields());
		}
	}

	@Override
	public AutoCloseable listen(StoreListener listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	/** Tells every listener; one that throws does not stop the others. */
	protected void fire(StoreEvent event) {
		for (StoreListener listener : listeners) {
			try {
				listener.changed(event);
			} catch (RuntimeException e) {
				// A broken view must not stop the store's notifications to the others.
				System.err.println("A store listener failed on " + event + ": " + e);
			}
		}
	}

	/** Whether anyone listens (a store may start its notification thread lazily). */
	protected boolean hasListeners() {
		return !listeners.isEmpty();
	}

	/** The stored versions of a change set's records after the save, for events. */
	protected static Map<RecordKey, Long> eventVersions(ChangeSet changes, Map<RecordKey, Long> newVersions) {
		Map<RecordKey, Long> result = new LinkedHashMap<>();
		for (RecordChange change : changes.records()) {
			result.put(change.key(), change.removed() ? 0L : newVersions.getOrDefault(change.key(), 0L));
		}
		return result;
	}
}
