package org.bidbench.ifc.internal.step;

/** Receives problems found while scanning or decoding, by byte offset. */
@FunctionalInterface
public interface ProblemSink {

	/**
	 * @param offset   byte offset in the file, or -1
	 * @param entityId the {@code #id} concerned, or 0
	 * @param error    true for an error (data lost), false for a warning
	 * @param message  what is wrong
	 */
	void report(int offset, int entityId, boolean error, String message);
}
