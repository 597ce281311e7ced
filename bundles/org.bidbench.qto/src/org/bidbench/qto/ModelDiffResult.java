package org.bidbench.qto;

import java.util.List;

/**
 * The difference between two versions of a model under one pack.
 *
 * @param before            take-off of the old model
 * @param after             take-off of the new model
 * @param added             elements only in the new model
 * @param removed           elements only in the old model
 * @param changed           elements in both that differ
 * @param lineDeltas        every line whose quantity or elements changed, in line order
 * @param unchanged         elements in both that do not differ
 * @param matchedByIdentity pairs with the same GlobalId
 * @param contentMatches    pairs whose GlobalIds differ, matched by content or confirmed by a person
 * @param doubtful          candidate pairs not made because they were not sure or not unique: for a person
 */
public record ModelDiffResult(TakeoffResult before, TakeoffResult after, List<ElementChange> added,
		List<ElementChange> removed, List<ElementChange> changed, List<LineDelta> lineDeltas, int unchanged,
		int matchedByIdentity, List<ElementMatch> contentMatches, List<ElementMatch> doubtful) {

	/** A diff by GlobalId only, as before content matching existed. */
	public ModelDiffResult(TakeoffResult before, TakeoffResult after, List<ElementChange> added, List<ElementChange> removed,
			List<ElementChange> changed, List<LineDelta> lineDeltas) {
		this(before, after, added, removed, changed, lineDeltas, 0, 0, List.of(), List.of());
	}

	/** Pairs matched by content (not confirmed ones). */
	public int matchedByContent() {
		return (int) contentMatches.stream().filter(m -> m.by() == ElementMatch.By.CONTENT).count();
	}

	/** Pairs a person confirmed. */
	public int matchedByConfirmation() {
		return (int) contentMatches.stream().filter(m -> m.by() == ElementMatch.By.CONFIRMED).count();
	}

	/** The change of one element, or {@code null}. */
	public ElementChange change(String globalId) {
		for (List<ElementChange> list : List.of(added, removed, changed)) {
			for (ElementChange c : list) {
				if (c.globalId().equals(globalId)) {
					return c;
				}
			}
		}
		return null;
	}
}
