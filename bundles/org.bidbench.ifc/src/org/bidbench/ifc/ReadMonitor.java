package org.bidbench.ifc;

/**
 * Progress and cancellation for reading a model; the UI adapts an Eclipse {@code SubMonitor}
 * to it. Reading calls {@link #worked} every few megabytes and stops with a
 * {@link java.util.concurrent.CancellationException} once {@link #isCanceled()} is true.
 */
public interface ReadMonitor {

	/** A monitor that reports nothing and never cancels. */
	ReadMonitor NONE = new ReadMonitor() {
	};

	/** {@code done} of {@code total} bytes have been read. */
	default void worked(long done, long total) {
	}

	default boolean isCanceled() {
		return false;
	}
}
