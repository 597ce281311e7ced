package org.bidbench.qto;

import java.util.List;
import java.util.Set;

/**
 * One element that was added, removed or changed between two versions of a model.
 *
 * @param globalId the element's GlobalId, the key both versions are matched by
 * @param ifcClass its IFC class (in the new version, unless removed)
 * @param name     its Name
 * @param kinds    what changed
 * @param details  one readable line per change, e.g. {@code storey: Erdgeschoss -> Dachgeschoss}
 */
public record ElementChange(String globalId, String ifcClass, String name, Set<ChangeKind> kinds, List<String> details) {
}
