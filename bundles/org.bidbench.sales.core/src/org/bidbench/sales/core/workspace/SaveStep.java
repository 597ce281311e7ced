package org.bidbench.sales.core.workspace;

/** The steps of an atomic save, in order; a {@link SalesWorkspaceFile.SaveObserver} sees each. */
public enum SaveStep {
	/** The new content is in the temporary file beside the target. */
	TEMPORARY_WRITTEN,
	/** The temporary file is flushed to the disk. */
	TEMPORARY_SYNCED,
	/** The previous version is kept as {@code <name>.bak}. */
	BACKUP_KEPT,
	/** The temporary file has replaced the target. */
	RENAMED
}
