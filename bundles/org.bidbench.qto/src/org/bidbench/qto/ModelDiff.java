package org.bidbench.qto;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.PropertySet;
import org.bidbench.ifc.PropertyValue;
import org.bidbench.qto.rules.RulePack;

/**
 * Compares two versions of a model element by element (matched by GlobalId) and line by line
 * under one pack. Both sessions keep their caches, so diffing again with another pack is cheap.
 */
public final class ModelDiff {

    /** Placements closer than this (m, or unit-less for rotation terms) are the same. */
    private static final double PLACEMENT_TOLERANCE = 1e-6;
    /** Quantities closer than this, relatively, are the same. */
    private static final double QUANTITY_TOLERANCE = 1e-6;

    private ModelDiff() {
    }

    public static ModelDiffResult compare(TakeoffSession before, TakeoffSession after, RulePack pack) {
        TakeoffResult oldResult = before.run(pack);
        TakeoffResult newResult = after.run(pack);
        Map<String, IfcEntity> oldElements = elements(before.model());
        Map<String, IfcEntity> newElements = elements(after.model());
        List<ElementChange> added = new ArrayList<>();
        List<ElementChange> removed = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        for (Map.Entry<String, IfcEntity> e : newElements.entrySet()) {
            IfcEntity old = oldElements.get(e.getKey());
            if (old == null) {
                ElementFacts f = after.facts(e.getValue());
                added.add(new ElementChange(e.getKey(), f.ifcClass, f.name, EnumSet.of(ChangeKind.ADDED),
                        List.of("added " + f.ifcClass + (f.storey == null ? "" : " on " + f.storey))));
            } else {
                ElementChange c = compare(before, old, after, e.getValue());
                if (c != null) {
                    changed.add(c);
                }
            }
        }
        for (Map.Entry<String, IfcEntity> e : oldElements.entrySet()) {
            if (!newElements.containsKey(e.getKey())) {
                ElementFacts f = before.facts(e.getValue());
                removed.add(new ElementChange(e.getKey(), f.ifcClass, f.name, EnumSet.of(ChangeKind.REMOVED),
                        List.of("removed " + f.ifcClass + (f.storey == null ? "" : " from " + f.storey))));
            }
        }
        return new ModelDiffResult(oldResult, newResult, List.copyOf(added), List.copyOf(removed), List.copyOf(changed),
                lineDeltas(oldResult, newResult, pack.getDecimals()));
    }

    private static Map<String, IfcEntity> elements(IfcModel model) {
        Map<String, IfcEntity> out = new LinkedHashMap<>();
        for (String cls : List.of("IfcElement", "IfcSpace")) {
            for (IfcEntity e : model.instancesOf(cls)) {
                String id = e.globalId();
                if (id != null) {
                    out.putIfAbsent(id, e);
                }
            }
        }
        return out;
    }

    private static ElementChange compare(TakeoffSession before, IfcEntity oldE, TakeoffSession after, IfcEntity newE) {
        ElementFacts o = before.facts(oldE);
        ElementFacts n = after.facts(newE);
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        List<String> details = new ArrayList<>();
        check(kinds, details, ChangeKind.CLASS, "class", o.ifcClass, n.ifcClass);
        check(kinds, details, ChangeKind.NAME, "name", o.name, n.name);
        // Types are compared by identity: exporters give different types the same name.
        if (!Objects.equals(o.typeGlobalId, n.typeGlobalId) || !Objects.equals(typeLabel(o), typeLabel(n))) {
            kinds.add(ChangeKind.TYPE);
            details.add("type: " + typeLabel(o) + (o.typeGlobalId == null ? "" : " (" + o.typeGlobalId + ")") + " -> "
                    + typeLabel(n) + (n.typeGlobalId == null ? "" : " (" + n.typeGlobalId + ")"));
        }
        check(kinds, details, ChangeKind.MATERIAL, "material", String.join(", ", o.materials), String.join(", ", n.materials));
        check(kinds, details, ChangeKind.STOREY, "storey", o.storey, n.storey);
        Map<String, String> oldProps = properties(o, false);
        Map<String, String> newProps = properties(n, false);
        if (!oldProps.equals(newProps)) {
            kinds.add(ChangeKind.PROPERTIES);
            details.add("properties: " + describeMapChange(oldProps, newProps));
        }
        List<String> geometry = new ArrayList<>();
        if (!samePlacement(before.model().worldTransform(oldE), after.model().worldTransform(newE))) {
            geometry.add("placement moved");
        }
        Map<String, String> oldQ = properties(o, true);
        Map<String, String> newQ = properties(n, true);
        if (!oldQ.equals(newQ)) {
            geometry.add("quantities " + describeMapChange(oldQ, newQ));
        }
        ComputedQuantities oc = before.computedSource().quantities(o.globalId);
        ComputedQuantities nc = after.computedSource().quantities(n.globalId);
        if (oc != null && nc != null && (differ(oc.netVolume(), nc.netVolume()) || differ(oc.grossVolume(), nc.grossVolume())
                || differ(oc.surfaceArea(), nc.surfaceArea()))) {
            geometry.add("computed volume or area changed");
        }
        if (!geometry.isEmpty()) {
            kinds.add(ChangeKind.GEOMETRY);
            details.add("geometry: " + String.join("; ", geometry));
        }
        return kinds.isEmpty() ? null : new ElementChange(n.globalId, n.ifcClass, n.name, kinds, List.copyOf(details));
    }

    private static String typeLabel(ElementFacts f) {
        return f.typeName != null ? f.typeName : f.objectType;
    }

    private static void check(Set<ChangeKind> kinds, List<String> details, ChangeKind kind, String label, String a,
            String b) {
        if (!Objects.equals(a, b)) {
            kinds.add(kind);
            details.add(label + ": " + a + " -> " + b);
        }
    }

    /** Property or quantity values by {@code Set.Name}, numbers in SI. */
    private static Map<String, String> properties(ElementFacts f, boolean quantities) {
        Map<String, String> out = new TreeMap<>();
        for (PropertySet set : f.propertySets) {
            if (set.quantities() != quantities) {
                continue;
            }
            for (PropertyValue v : set.values()) {
                String value = v.siValue() != null ? String.format(java.util.Locale.ROOT, "%.9g", v.siValue())
                        : String.valueOf(v.value());
                out.put(set.name() + "." + v.name(), value);
            }
        }
        return out;
    }

    private static String describeMapChange(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                parts.add(k + " " + a.get(k) + " -> " + b.get(k));
            }
        }
        return parts.size() > 5 ? String.join(", ", parts.subList(0, 5)) + " and " + (parts.size() - 5) + " more"
                : String.join(", ", parts);
    }

    private static boolean samePlacement(double[] a, double[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (Math.abs(a[i] - b[i]) > PLACEMENT_TOLERANCE) {
                return false;
            }
        }
        return a.length == b.length;
    }

    private static boolean differ(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) != Double.isNaN(b);
        }
        return Math.abs(a - b) > QUANTITY_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static List<LineDelta> lineDeltas(TakeoffResult before, TakeoffResult after, int decimals) {
        Map<String, TakeoffLine> oldLines = new LinkedHashMap<>();
        before.lines().forEach(l -> oldLines.put(l.key(), l));
        Map<String, TakeoffLine> newLines = new LinkedHashMap<>();
        after.lines().forEach(l -> newLines.put(l.key(), l));
        Set<String> keys = new LinkedHashSet<>(oldLines.keySet());
        keys.addAll(newLines.keySet());
        List<LineDelta> out = new ArrayList<>();
        for (String key : keys) {
            TakeoffLine o = oldLines.get(key);
            TakeoffLine n = newLines.get(key);
            TakeoffLine any = n != null ? n : o;
            List<String> oldIds = o == null ? List.of() : o.globalIds();
            List<String> newIds = n == null ? List.of() : n.globalIds();
            List<String> addedIds = newIds.stream().filter(id -> !oldIds.contains(id)).toList();
            List<String> removedIds = oldIds.stream().filter(id -> !newIds.contains(id)).toList();
            double b = o == null ? 0 : o.quantity();
            double a = n == null ? 0 : n.quantity();
            double delta = TakeoffSession.round(a - b, decimals);
            if (delta != 0 || !addedIds.isEmpty() || !removedIds.isEmpty()) {
                out.add(new LineDelta(key, any.ruleId(), any.itemCode(), any.description(), any.unit(), any.groups(), b, a,
                        delta, addedIds, removedIds));
            }
        }
        return out;
    }
}
