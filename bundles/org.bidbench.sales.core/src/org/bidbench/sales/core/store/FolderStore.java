package org.bidbench.sales.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bidbench.sales.core.workspace.ConcurrentChangeException;
import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.SalesFactory;
import org.eclipse.emf.ecore.EObject;

/**
 * The folder workspace ({@link SalesWorkspaceFolder}) as a store: one user, no server. Saving
 * writes the changed files as the folder always did; a file another program changed since it
 * was read is a conflict without field detail. Every record is at version 1.
 */
public final class FolderStore extends AbstractSalesStore implements org.bidbench.sales.core.audit.AuditStoreProvider {

	private final SalesWorkspaceFolder folder;

	private FolderStore(SalesWorkspaceFolder folder) {
		this.folder = folder;
		Map<RecordKey, Long> versions = new LinkedHashMap<>();
		RecordFields.records(folder.workspace()).keySet().forEach(key -> versions.put(key, 1L));
		setWorkingCopy(folder.workspace(), versions);
	}

	/**
	 * Opens the workspace in that folder; a folder holding {@code sales/workspace.xmi} (a demo
	 * workspace) opens its {@code sales} folder.
	 */
	public static FolderStore open(Path folder) throws StoreException {
		Path path = folder;
		if (!Files.exists(path.resolve(SalesWorkspaceFolder.ROOT)) && Files.exists(path.resolve("sales").resolve(SalesWorkspaceFolder.ROOT))) {
			path = path.resolve("sales");
		}
		if (!Files.exists(path.resolve(SalesWorkspaceFolder.ROOT))) {
			throw new StoreException(path + " holds no sales workspace (no " + SalesWorkspaceFolder.ROOT
					+ "); give the folder made by 'bidbench demo-workspace' or by the workbench");
		}
		try {
			return new FolderStore(SalesWorkspaceFolder.load(path));
		} catch (WorkspaceFileException e) {
			throw new StoreException("cannot read the sales workspace in " + path + ": " + e.getMessage(), e);
		}
	}

	/** A new, empty workspace in a folder that holds none yet (written on the first save). */
	public static FolderStore create(Path folder) throws StoreException {
		if (Files.exists(folder.resolve(SalesWorkspaceFolder.ROOT))) {
			throw new StoreException(folder + " already holds a sales workspace; give an empty or new folder");
		}
		FolderStore store = new FolderStore(SalesWorkspaceFolder.create(folder, SalesFactory.eINSTANCE.createSalesWorkspace()));
		// Nothing is on disk yet: every record of the working copy is new.
		store.setWorkingCopy(store.workspace(), Map.of());
		return store;
	}

	/** The wrapped folder, for code that still needs files (e.g. the folder's path). */
	public SalesWorkspaceFolder folder() {
		return folder;
	}

	@Override
	public String location() {
		return folder.folder().toString();
	}

	@Override
	public String user() {
		return System.getProperty("user.name", "");
	}

	@Override
	public boolean canSeeCosts() {
		return true;
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	public List<LoadProblem> problems() {
		return folder.problems();
	}

	@Override
	public StoredRecord read(RecordKey key) throws StoreException {
		EObject root = RecordFields.records(onDisk().workspace()).get(key);
		return root == null ? new StoredRecord(key, 0, Map.of()) : new StoredRecord(key, 1, RecordFields.flatten(root));
	}

	@Override
	public Map<RecordKey, Long> list(RecordKind kind) throws StoreException {
		Map<RecordKey, Long> keys = new LinkedHashMap<>();
		for (RecordKey key : RecordFields.records(onDisk().workspace()).keySet()) {
			if (key.kind() == kind) {
				keys.put(key, 1L);
			}
		}
		return keys;
	}

	private SalesWorkspaceFolder onDisk() throws StoreException {
		if (!Files.exists(folder.folder().resolve(SalesWorkspaceFolder.ROOT))) {
			return SalesWorkspaceFolder.create(folder.folder(), SalesFactory.eINSTANCE.createSalesWorkspace());
		}
		try {
			return SalesWorkspaceFolder.load(folder.folder());
		} catch (WorkspaceFileException e) {
			throw new StoreException("cannot read the sales workspace in " + folder.folder() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public SaveResult save(ChangeSet changes) throws StoreException {
		if (changes.isEmpty()) {
			return SaveResult.nothing();
		}
		StoreAuditHook hook = auditHook();
		if (hook != null) {
			hook.beforeCommit(new StoreAuditHook.Save() {
				@Override
				public String location() {
					return FolderStore.this.location();
				}

				@Override
				public String user() {
					return FolderStore.this.user();
				}

				@Override
				public ChangeSet changes() {
					return changes;
				}

				@Override
				public Optional<java.sql.Connection> connection() {
					return Optional.empty();
				}
			});
		}
		try {
			folder.save();
		} catch (ConcurrentChangeException e) {
			throw new StoreConflictException(e.getMessage());
		} catch (WorkspaceFileException e) {
			throw new StoreException(e.getMessage(), e);
		}
		Map<RecordKey, Long> versions = new LinkedHashMap<>();
		changes.records().forEach(change -> versions.put(change.key(), change.removed() ? 0L : 1L));
		saved(changes, versions);
		fire(new StoreEvent(eventVersions(changes, versions), user(), true));
		return new SaveResult(versions, List.of());
	}

	/** The folder's audit log, {@code audit/audit-log.txt}. */
	@Override
	public org.bidbench.sales.core.audit.AuditStore auditStore() {
		return new org.bidbench.sales.core.audit.AuditFile(org.bidbench.sales.core.audit.AuditFile.in(folder.folder()));
	}

	@Override
	public void close() {
		// Nothing held open: the files are read and written whole.
	}
}
