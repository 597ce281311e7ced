package org.bidbench.qto;

/**
 * A pair of elements taken for the same thing in two versions of a model.
 *
 * @param oldGlobalId  the element in the old model
 * @param newGlobalId  the element in the new model
 * @param ifcClass     its class
 * @param name         its Name in the new model
 * @param by           how they were paired
 * @param confidence   0 to 1: how sure the content match is (1 for identity and confirmed pairs)
 * @param evidence     what agreed and what did not, for a person to judge
 */
public record ElementMatch(String oldGlobalId, String newGlobalId, String ifcClass, String name, By by, double confidence,
		String evidence) {

	/** How two elements were paired. */
	public enum By {
		/** The same GlobalId. */
		IDENTITY,
		/** Class, storey, type, material, placement and geometry agree, and no other candidate comes close. */
		CONTENT,
		/** A person confirmed the pair; saved beside the two model hashes and reused. */
		CONFIRMED,
		/** Not paired: a candidate a person should confirm or reject. */
		DOUBTFUL
	}
}
