package org.bidbench.sales.core.quote.takeoff;

import java.util.List;

/**
 * A take-off as quote pricing reads it: the lines, and what pins them to their inputs.
 *
 * @param modelFile    the model file name, for messages
 * @param modelSha256  SHA-256 of the model file, kept on every quote line
 * @param packName     the rule pack's name
 * @param packVersion  the rule pack's version
 * @param lines        the take-off lines
 */
public record TakeoffSource(String modelFile, String modelSha256, String packName, String packVersion,
		List<TakeoffQuantity> lines) {

	public TakeoffSource {
		lines = List.copyOf(lines);
	}
}
