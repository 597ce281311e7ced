package org.bidbench.geometry;

/**
 * Progress and cancellation of a geometry stream. The UI adapts an Eclipse {@code SubMonitor} to
 * it; the CLI uses it for its time budget. {@link #worked} is called on the streaming thread.
 */
public interface GeometryMonitor {

	/** A monitor that reports nothing and never cancels. */
	GeometryMonitor NONE = new GeometryMonitor() {
	};

	/** {@code done} of {@code total} products have been reported. */
	default void worked(int done, int total) {
	}

	/**
	 * Polled between elements, and by the engine's watchdog thread while an element runs (so a stuck
	 * element can be interrupted): must be thread-safe. True stops the stream.
	 */
	default boolean isCanceled() {
		return false;
	}
}
