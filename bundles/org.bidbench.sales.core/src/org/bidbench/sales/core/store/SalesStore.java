package org.bidbench.sales.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * Where a sales workspace is kept: a folder of XMI files for one user, or a team database shared
 * by many (PostgreSQL). Open one with {@link SalesStores#open(String)}.
 *
 * <p>A store holds a <em>working copy</em>, {@link #workspace()}: an ordinary EMF
 * {@link SalesWorkspace} that commands and editors read and change. {@link #save()} writes what
 * changed since it was read, record by record (see {@link RecordKind}), each with the version it
 * was based on (optimistic concurrency):
 * <ul>
 * <li>fields nobody else changed are written;</li>
 * <li>fields another user changed while this user changed <em>other</em> fields of the same
 * record are merged: both changes are kept and the working copy receives theirs;</li>
 * <li>a field both changed to different values is a {@link FieldConflict}: the save writes
 * nothing and throws {@link StoreConflictException} with both values; the caller chooses with
 * {@link #resolve(FieldConflict, boolean)} and saves again.</li>
 * </ul>
 * A save is one transaction. When it fails for any reason the store is unchanged and the working
 * copy keeps its edits, so the caller can retry.
 *
 * <p>Other users' saves are announced to {@link #listen(StoreListener) listeners}; a listener
 * takes them into the working copy with {@link #refresh(Collection)}, which keeps this user's
 * unsaved edits.
 *
 * <p>A store is not thread-safe: use the working copy from one thread (the UI thread in the
 * workbench). Listeners are called on a thread of the store.
 */
public interface SalesStore extends AutoCloseable {

	/** The location it was opened from: a folder path or a {@code postgresql://} URL (without password). */
	String location();

	/** The user the store acts as: the database role, or the system user for a folder. */
	String user();

	/**
	 * Whether this user may see costs and margins (unit costs, estimated contract costs, catalog
	 * margins). When not, the store never hands them out: they are absent from the working copy.
	 */
	boolean canSeeCosts();

	/** Whether other users may change the store concurrently (a team database). */
	boolean shared();

	/** The working copy. The same object until the store is closed; {@link #refresh} updates it in place. */
	SalesWorkspace workspace();

	/** Parts that could not be loaded (the rest was); empty for a database. */
	List<LoadProblem> problems();

	/** The version of each record the working copy is based on. */
	Map<RecordKey, Long> versions();

	/**
	 * Reads one record as it is in the store now, without touching the working copy: a query
	 * for "what does the team see". Empty fields map when the record does not exist.
	 *
	 * @return the record's fields by path (see {@link RecordFields}) and its version
	 */
	StoredRecord read(RecordKey key) throws StoreException;

	/** The records of one kind in the store now, each with its version. */
	Map<RecordKey, Long> list(RecordKind kind) throws StoreException;

	/** What {@link #save()} would write now. */
	ChangeSet changes();

	/** Saves {@link #changes()}. */
	default SaveResult save() throws StoreException {
		return save(changes());
	}

	/**
	 * Saves a change set made by {@link #changes()} (possibly earlier, e.g. before a lost
	 * connection).
	 *
	 * @throws StoreConflictException when other users changed some of the same fields; nothing saved
	 * @throws StoreUnavailableException when the server cannot be reached; nothing saved
	 */
	SaveResult save(ChangeSet changes) throws StoreException;

	/**
	 * Settles a conflict reported by a save: {@code keepMine} keeps this user's value (the next
	 * save overwrites theirs); otherwise the working copy takes theirs.
	 */
	void resolve(FieldConflict conflict, boolean keepMine) throws StoreException;

	/**
	 * Takes the store's current state of these records into the working copy, in place (EMF
	 * notifications tell open editors), keeping fields this user changed and has not saved.
	 * Records removed from the store are removed from the working copy unless this user changed them.
	 */
	void refresh(Collection<RecordKey> keys) throws StoreException;

	/**
	 * Registers a listener for changes saved by anyone. Close the returned handle to stop.
	 * A folder store announces only its own saves.
	 */
	AutoCloseable listen(StoreListener listener);

	/** Sets the hook that appends each save's changes to the audit log; {@code null} for none. */
	void setAuditHook(StoreAuditHook hook);

	/** Releases connections and listener threads. Unsaved edits are dropped. */
	@Override
	void close();

	/** One record as stored: its fields by path and its version (0 when it does not exist). */
	record StoredRecord(RecordKey key, long version, Map<String, String> fields) {

		public StoredRecord {
			fields = Map.copyOf(fields);
		}
	}
}
