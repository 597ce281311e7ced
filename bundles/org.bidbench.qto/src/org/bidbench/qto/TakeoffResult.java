package org.bidbench.qto;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The quantities of one model under one rule pack: lines with their contributions, flags,
 * and what identifies the inputs (the model file's SHA-256, the pack id, name and version).
 *
 * @param modelFile    the model file name
 * @param modelSha256  SHA-256 of the model file in hex, or {@code null} when the model was not read from a file
 * @param ifcSchema    the model's schema, e.g. IFC4
 * @param packId       the pack identifier
 * @param packName     the pack name
 * @param packVersion  the pack version
 * @param engine       the geometry engine computed quantities came from, or {@code none}
 * @param lines        the lines, in rule order then group order
 * @param flags        every flag, in the order raised
 */
public record TakeoffResult(String modelFile, String modelSha256, String ifcSchema, String packId, String packName,
        String packVersion, String engine, List<TakeoffLine> lines, List<TakeoffFlag> flags) {

    /** How many flags of each kind. */
    public Map<FlagKind, Integer> flagCounts() {
        Map<FlagKind, Integer> counts = new EnumMap<>(FlagKind.class);
        for (FlagKind k : FlagKind.values()) {
            counts.put(k, 0);
        }
        for (TakeoffFlag f : flags) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** The flags of one kind. */
    public List<TakeoffFlag> flags(FlagKind kind) {
        return flags.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The lines a rule produced. */
    public List<TakeoffLine> lines(String ruleId) {
        return lines.stream().filter(l -> l.ruleId().equals(ruleId)).toList();
    }

    /** The sum over a rule's lines. */
    public double total(String ruleId) {
        return lines(ruleId).stream().mapToDouble(TakeoffLine::quantity).sum();
    }
}
