package org.bidbench.qto;

import java.util.List;

/**
 * The difference between two versions of a model under one pack.
 *
 * @param before     take-off of the old model
 * @param after      take-off of the new model
 * @param added      elements only in the new model
 * @param removed    elements only in the old model
 * @param changed    elements in both that differ
 * @param lineDeltas every line whose quantity or elements changed, in line order
 */
public record ModelDiffResult(TakeoffResult before, TakeoffResult after, List<ElementChange> added,
        List<ElementChange> removed, List<ElementChange> changed, List<LineDelta> lineDeltas) {

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
