package org.bidbench.qto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.PropertyValue;
import org.bidbench.qto.ItemUnit.Dimension;
import org.bidbench.qto.internal.Formula;
import org.bidbench.qto.internal.Glob;
import org.bidbench.qto.rules.Condition;
import org.bidbench.qto.rules.GroupKey;
import org.bidbench.qto.rules.Measure;
import org.bidbench.qto.rules.RoundingPolicy;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.qto.rules.Selector;
import org.bidbench.qto.rules.SourcePreference;

/**
 * Takes quantities off one model: holds what was read from the model (element facts, the
 * file's SHA-256) and the computed-quantity source, so that running again with another or an
 * edited pack reads and tessellates nothing a second time. Safe to use from one thread at a time.
 */
public final class TakeoffSession {

    /** Quantity sets searched when a rule names none, by measure, first found wins. */
    private static final Map<Measure, List<String>> DEFAULT_QUANTITIES = Map.of(
            Measure.LENGTH, List.of("Length"),
            Measure.AREA, List.of("NetArea", "NetFloorArea", "GrossArea", "GrossFloorArea", "Area"),
            Measure.NET_SIDE_AREA, List.of("NetSideArea"),
            Measure.GROSS_SIDE_AREA, List.of("GrossSideArea"),
            Measure.FOOTPRINT, List.of("NetFootprintArea", "GrossFootprintArea"),
            Measure.SURFACE, List.of("OuterSurfaceArea", "NetSurfaceArea", "GrossSurfaceArea", "TotalSurfaceArea"),
            Measure.NET_VOLUME, List.of("NetVolume"),
            Measure.GROSS_VOLUME, List.of("GrossVolume"),
            Measure.WEIGHT, List.of("NetWeight", "GrossWeight"));

    /** Elements that have no quantities of their own to take: openings, virtual and spatial things. */
    private static final List<String> NEVER_UNMATCHED = List.of("IfcFeatureElement", "IfcVirtualElement");

    private final IfcModel model;
    private final ComputedQuantitySource computed;
    private final Map<IfcEntity, ElementFacts> facts = new ConcurrentHashMap<>();
    private final Map<String, Glob> globs = new ConcurrentHashMap<>();
    /** Instances per class: each lookup scans the whole model, and packs ask for the same classes again. */
    private final Map<String, List<IfcEntity>> instances = new ConcurrentHashMap<>();
    private volatile String sha256;
    private volatile boolean shaDone;

    /**
     * @param model    the model
     * @param computed computed quantities of this model, or {@link ComputedQuantitySource#NONE}
     */
    public TakeoffSession(IfcModel model, ComputedQuantitySource computed) {
        this.model = model;
        this.computed = computed == null ? ComputedQuantitySource.NONE : computed;
    }

    public IfcModel model() {
        return model;
    }

    public ComputedQuantitySource computedSource() {
        return computed;
    }

    /** SHA-256 of the model file, computed once; {@code null} when the model has no file. */
    public String modelSha256() {
        if (!shaDone) {
            try {
                sha256 = model.path() == null ? null : ModelFingerprint.sha256(model.path());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + model.path() + " to fingerprint it", e);
            }
            shaDone = true;
        }
        return sha256;
    }

    /** Runs a pack over the model. */
    public TakeoffResult run(RulePack pack) {
        return run(pack, () -> false);
    }

    /**
     * Runs a pack over the model.
     *
     * @param canceled polled between rules; the run stops with a {@link CancellationException}
     */
    public TakeoffResult run(RulePack pack, BooleanSupplier canceled) {
        List<TakeoffLine> lines = new ArrayList<>();
        List<TakeoffFlag> flags = new ArrayList<>();
        Set<IfcEntity> matched = new HashSet<>();
        // (GlobalId, dimension) -> rules that counted the element, for the double-count flag.
        Map<String, List<String>> counted = new LinkedHashMap<>();
        Map<String, List<Contribution>> contributionsByKey = new HashMap<>();
        for (Rule rule : pack.getRules()) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException("take-off canceled");
            }
            evaluate(pack, rule, lines, flags, matched, counted, contributionsByKey);
        }
        flagDoubleCounts(counted, contributionsByKey, flags);
        flagUnmatched(matched, flags);
        return new TakeoffResult(model.fileName(), modelSha256(), model.schema().name(), pack.getId(), pack.getName(),
                pack.getVersion(), computed.engineName(), List.copyOf(lines), List.copyOf(flags));
    }

    ElementFacts facts(IfcEntity e) {
        return facts.computeIfAbsent(e, x -> new ElementFacts(model, x));
    }

    private List<IfcEntity> instancesOf(String cls) {
        return instances.computeIfAbsent(cls, c -> List.copyOf(model.instancesOf(c)));
    }

    private List<IfcEntity> candidates(Selector selector) {
        Set<IfcEntity> out = new java.util.LinkedHashSet<>();
        for (String cls : selector.getIfcClasses()) {
            if (model.schema().entity(cls) != null) {
                out.addAll(instancesOf(cls));
            }
        }
        return new ArrayList<>(out);
    }

    private void evaluate(RulePack pack, Rule rule, List<TakeoffLine> lines, List<TakeoffFlag> flags,
            Set<IfcEntity> matched, Map<String, List<String>> counted, Map<String, List<Contribution>> byKey) {
        ItemUnit unit = ItemUnit.of(rule.getItem().getUnit());
        Dimension dimension = rule.getMeasure() == Measure.FORMULA ? unit.dimension() : ItemUnit.dimensionOf(rule.getMeasure());
        Formula formula = rule.getMeasure() == Measure.FORMULA ? Formula.parse(rule.getFormula()) : null;
        Map<List<String>, List<Contribution>> groups = new LinkedHashMap<>();
        for (IfcEntity e : candidates(rule.getSelector())) {
            ElementFacts f = facts(e);
            if (f.globalId == null || !matches(rule.getSelector(), f)) {
                continue;
            }
            matched.add(e);
            Contribution c = measure(pack, rule, unit, formula, f, flags);
            if (c == null) {
                continue;
            }
            counted.computeIfAbsent(f.globalId + "|" + dimension, k -> new ArrayList<>()).add(rule.getId());
            byKey.computeIfAbsent(f.globalId + "|" + dimension, k -> new ArrayList<>()).add(c);
            List<String> groupValues = new ArrayList<>();
            for (GroupKey key : rule.getGroupBy()) {
                groupValues.add(groupValue(key, f));
            }
            groups.computeIfAbsent(groupValues, k -> new ArrayList<>()).add(c);
        }
        // Lines in a stable order: by group values, so two take-offs of similar models line up.
        Map<String, List<String>> sortedKeys = new TreeMap<>();
        for (List<String> k : groups.keySet()) {
            sortedKeys.put(String.join("\u0000", k), k);
        }
        for (List<String> k : sortedKeys.values()) {
            List<Contribution> contributions = groups.get(k);
            double sum = 0;
            for (Contribution c : contributions) {
                sum += c.value();
            }
            Map<String, String> groupMap = new LinkedHashMap<>();
            for (int i = 0; i < k.size(); i++) {
                groupMap.put(rule.getGroupBy().get(i).getLiteral(), k.get(i));
            }
            lines.add(new TakeoffLine(rule.getId(), rule.getItem().getCode(), rule.getItem().getDescription(),
                    rule.getItem().getUnit(), groupMap, round(sum, pack.getDecimals()), contributions));
        }
    }

    private Contribution measure(RulePack pack, Rule rule, ItemUnit unit, Formula formula, ElementFacts f,
            List<TakeoffFlag> flags) {
        Set<FlagKind> raised = EnumSet.noneOf(FlagKind.class);
        double value;
        QuantityOrigin origin;
        Double alternative = null;
        Measure measure = rule.getMeasure();
        if (measure == Measure.COUNT) {
            value = 1;
            origin = QuantityOrigin.count();
        } else if (measure == Measure.FORMULA) {
            List<String> missing = new ArrayList<>();
            Double v = formula.evaluate(name -> {
                PropertyValue p = f.property(name);
                Double d = p == null ? null : p.siValue() != null ? p.siValue() : numeric(p.value());
                if (d == null) {
                    missing.add(name);
                }
                return d;
            });
            if (v == null) {
                flags.add(new TakeoffFlag(FlagKind.MISSING_QUANTITY, f.globalId, rule.getId(), describe(f)
                        + ": formula '" + formula.text() + "' has no value for " + (missing.isEmpty() ? "a division by zero" : missing)
                        + "; add the quantities to the file or change the rule"));
                return null;
            }
            value = v;
            origin = QuantityOrigin.formula(formula.text());
        } else {
            List<String> names = rule.getQuantityNames().isEmpty() ? DEFAULT_QUANTITIES.get(measure) : rule.getQuantityNames();
            ElementFacts.Found authored = rule.getSource() == SourcePreference.COMPUTED ? null : f.quantity(names);
            Double authoredValue = authored == null ? null : authored.value().siValue();
            if (authored != null && measure == Measure.WEIGHT && authored.value().kind() != org.bidbench.ifc.MeasureKind.MASS) {
                authoredValue = null;
            }
            // An element with a body does not weigh or measure nothing: an authored 0 is an
            // exporter's placeholder, so it counts as absent (computed fallback, else flagged).
            String zero = null;
            if (authoredValue != null && authoredValue == 0.0) {
                zero = authored.setName() + "." + authored.value().name() + " is 0";
                authoredValue = null;
            }
            Double computedValue = computedValue(rule, f);
            // The computed plan area is not like-for-like with an authored net area (sloped roofs,
            // floor areas inside finishes): for 'area' it is a fallback and shown, never compared.
            if (authoredValue != null && computedValue != null && measure != Measure.AREA) {
                compare(pack, rule, f, authored, authoredValue, computedValue, raised, flags);
            } else if (authoredValue != null && (measure == Measure.NET_VOLUME || measure == Measure.GROSS_VOLUME)) {
                checkVolumeAgainstDimensions(rule, f, authored, authoredValue, raised, flags);
            }
            if (authoredValue != null && rule.getSource() != SourcePreference.COMPUTED) {
                value = authoredValue;
                origin = QuantityOrigin.authored(authored.setName(), authored.value().name());
                alternative = computedValue;
            } else if (computedValue != null && rule.getSource() != SourcePreference.AUTHORED) {
                value = computedValue;
                origin = QuantityOrigin.computed(computed.engineName());
                alternative = authoredValue;
            } else {
                String wanted = switch (rule.getSource()) {
                    case AUTHORED -> "no authored " + names;
                    case COMPUTED -> "no computed " + measure.getLiteral() + " from " + computed.engineName();
                    case AUTHORED_THEN_COMPUTED -> "neither authored " + names + " nor a computed " + measure.getLiteral()
                            + " (" + computed.engineName() + ")";
                };
                flags.add(new TakeoffFlag(FlagKind.MISSING_QUANTITY, f.globalId, rule.getId(), describe(f) + ": " + wanted
                        + (zero == null ? "" : " (authored " + zero + ")") + "; add the quantity set to the model, name the quantity with 'quantity:' or change 'source:'"));
                return null;
            }
        }
        value *= unit.fromSi();
        if (alternative != null) {
            alternative = alternative * unit.fromSi();
        }
        if (pack.getRounding() == RoundingPolicy.PER_ELEMENT) {
            value = round(value, pack.getDecimals());
        }
        return new Contribution(f.globalId, f.ifcClass, f.name, value, origin, alternative, raised);
    }

    private static Double numeric(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return null;
    }

    private Double computedValue(Rule rule, ElementFacts f) {
        if (rule.getSource() == SourcePreference.AUTHORED && computed == ComputedQuantitySource.NONE) {
            return null;
        }
        ComputedQuantities q = computed.quantities(f.globalId);
        if (q == null) {
            return null;
        }
        double v = switch (rule.getMeasure()) {
            case LENGTH -> q.length();
            case AREA, FOOTPRINT -> q.footprintArea();
            case SURFACE -> q.surfaceArea();
            case NET_VOLUME -> q.closedMesh() ? q.netVolume() : Double.NaN;
            case GROSS_VOLUME -> q.closedMesh() ? q.grossVolume() : Double.NaN;
            // Members rarely have openings, so either volume will do for a weight.
            case WEIGHT -> q.closedMesh() && rule.getDensity() > 0
                    ? (Double.isFinite(q.netVolume()) ? q.netVolume() : q.grossVolume()) * rule.getDensity()
                    : Double.NaN;
            default -> Double.NaN;
        };
        return Double.isFinite(v) && v > 0 ? v : null;
    }

    /** Authored and computed both exist: a power-of-1000 ratio is a unit error, any other gap beyond tolerance a mismatch. */
    private void compare(RulePack pack, Rule rule, ElementFacts f, ElementFacts.Found authored, double a, double c,
            Set<FlagKind> raised, List<TakeoffFlag> flags) {
        String what = describe(f) + ": authored " + authored.setName() + "." + authored.value().name() + " = " + fmt(a)
                + " but computed (" + computed.engineName() + ") = " + fmt(c);
        int power = thousandsPower(a / c, 0.03);
        if (power != 0) {
            raised.add(FlagKind.UNIT_SUSPICIOUS);
            flags.add(new TakeoffFlag(FlagKind.UNIT_SUSPICIOUS, f.globalId, rule.getId(), what + ", a factor of 1e"
                    + (3 * power) + ": the file probably stores this quantity in another unit than it declares;"
                    + " use 'source: computed' for this rule or fix the exporter's units"));
            return;
        }
        double diff = Math.abs(a - c) / Math.max(Math.abs(a), Math.abs(c));
        double tolerance = rule.getTolerance() >= 0 ? rule.getTolerance() : pack.getTolerance();
        if (diff > tolerance) {
            raised.add(FlagKind.SOURCE_MISMATCH);
            flags.add(new TakeoffFlag(FlagKind.SOURCE_MISMATCH, f.globalId, rule.getId(), what + String.format(Locale.ROOT,
                    ", %.1f%% apart (tolerance %.1f%%%s); check the element's geometry and quantity set", diff * 100,
                    tolerance * 100, rule.getTolerance() >= 0 ? " of this rule" : "")));
        }
    }

    /**
     * Without geometry, a volume can still be checked against the same set's area times
     * thickness: a power-of-1000 gap with no consistent pair means a unit error.
     */
    private void checkVolumeAgainstDimensions(Rule rule, ElementFacts f, ElementFacts.Found authored, double volume,
            Set<FlagKind> raised, List<TakeoffFlag> flags) {
        String[][] pairs = {
                { "GrossArea", "Width" }, { "NetArea", "Width" }, { "GrossArea", "Depth" }, { "NetArea", "Depth" },
                { "GrossArea", "Thickness" }, { "GrossFootprintArea", "Height" }, { "NetFootprintArea", "Height" },
                { "GrossSideArea", "Width" }, { "NetSideArea", "Width" }, { "CrossSectionArea", "Length" } };
        int suspicious = 0;
        String evidence = null;
        for (String[] pair : pairs) {
            PropertyValue area = set(f, authored.setName(), pair[0]);
            PropertyValue length = set(f, authored.setName(), pair[1]);
            if (area == null || length == null || area.siValue() == null || length.siValue() == null
                    || area.siValue() <= 0 || length.siValue() <= 0) {
                continue;
            }
            double expected = area.siValue() * length.siValue();
            double ratio = volume / expected;
            if (Math.abs(Math.log10(ratio)) < 0.3) {
                return;
            }
            int power = thousandsPower(ratio, 0.1);
            if (power != 0 && suspicious == 0) {
                suspicious = power;
                evidence = pair[0] + " x " + pair[1] + " = " + fmt(expected) + " m3";
            }
        }
        if (suspicious != 0) {
            raised.add(FlagKind.UNIT_SUSPICIOUS);
            flags.add(new TakeoffFlag(FlagKind.UNIT_SUSPICIOUS, f.globalId, rule.getId(), describe(f) + ": authored "
                    + authored.setName() + "." + authored.value().name() + " = " + fmt(volume) + " m3 but " + evidence
                    + ", a factor of 1e" + (3 * suspicious) + ": the file probably stores this volume in another unit"
                    + " than it declares; use 'source: computed' or fix the exporter's units"));
        }
    }

    private static PropertyValue set(ElementFacts f, String setName, String name) {
        for (var s : f.propertySets) {
            if (setName.equals(s.name())) {
                PropertyValue v = s.get(name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** k when ratio is 1000^k within {@code slack} decades (k != 0), else 0. */
    static int thousandsPower(double ratio, double slack) {
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            return 0;
        }
        double decades = Math.log10(ratio);
        long k = Math.round(decades / 3);
        return k != 0 && Math.abs(decades - 3 * k) < slack ? (int) k : 0;
    }

    private boolean matches(Selector s, ElementFacts f) {
        for (String excluded : s.getExcludedClasses()) {
            if (f.entity.isA(excluded)) {
                return false;
            }
        }
        if (!s.getPredefinedTypes().isEmpty() && !anyGlob(s.getPredefinedTypes(), f.predefinedType)) {
            return false;
        }
        if (!s.getObjectTypes().isEmpty() && !anyGlob(s.getObjectTypes(), f.objectType)) {
            return false;
        }
        if (!s.getTypeNames().isEmpty() && !anyGlob(s.getTypeNames(), f.typeName)) {
            return false;
        }
        if (!s.getStoreys().isEmpty() && !anyGlob(s.getStoreys(), f.storey)) {
            return false;
        }
        if (!s.getMaterials().isEmpty()) {
            boolean any = false;
            for (String m : f.materials) {
                any |= anyGlob(s.getMaterials(), m);
            }
            if (f.materialLabel != null) {
                any |= anyGlob(s.getMaterials(), f.materialLabel);
            }
            if (!any) {
                return false;
            }
        }
        for (String m : f.materials) {
            if (anyGlob(s.getExcludedMaterials(), m)) {
                return false;
            }
        }
        if (f.materialLabel != null && anyGlob(s.getExcludedMaterials(), f.materialLabel)) {
            return false;
        }
        if (!s.getClassificationCodes().isEmpty()) {
            boolean any = false;
            for (String code : f.classificationCodes) {
                any |= anyGlob(s.getClassificationCodes(), code);
            }
            if (!any) {
                return false;
            }
        }
        for (Condition c : s.getConditions()) {
            if (!holds(c, f.property(c.getProperty()))) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Condition c, PropertyValue p) {
        return switch (c.getOperator()) {
            case EXISTS -> p != null;
            case MATCHES -> p != null && glob(c.getValue()).matches(text(p));
            case EQUALS -> p != null && equal(p, c.getValue());
            case NOT_EQUALS -> p == null || !equal(p, c.getValue());
            default -> {
                Double v = p == null ? null : p.siValue() != null ? p.siValue() : numeric(p.value());
                Double limit = RulePackReader.parseNumber(c.getValue());
                if (v == null || limit == null) {
                    yield false;
                }
                yield switch (c.getOperator()) {
                    case LESS -> v < limit;
                    case LESS_OR_EQUAL -> v <= limit;
                    case GREATER -> v > limit;
                    default -> v >= limit;
                };
            }
        };
    }

    private static boolean equal(PropertyValue p, String expected) {
        Double limit = RulePackReader.parseNumber(expected);
        Double v = p.siValue() != null ? p.siValue() : numeric(p.value());
        if (limit != null && v != null && !(p.value() instanceof Boolean)) {
            return Math.abs(v - limit) <= 1e-9 * Math.max(1, Math.abs(limit));
        }
        if (p.value() instanceof Boolean b) {
            return expected.equalsIgnoreCase(b ? "true" : "false");
        }
        return text(p).equalsIgnoreCase(expected);
    }

    private static String text(PropertyValue p) {
        Object v = p.value();
        if (v instanceof org.bidbench.ifc.EnumValue e) {
            return e.literal();
        }
        return String.valueOf(v);
    }

    private boolean anyGlob(List<String> patterns, String value) {
        if (value == null) {
            return false;
        }
        for (String p : patterns) {
            if (glob(p).matches(value)) {
                return true;
            }
        }
        return false;
    }

    private Glob glob(String pattern) {
        return globs.computeIfAbsent(pattern, Glob::of);
    }

    private static String groupValue(GroupKey key, ElementFacts f) {
        String v = switch (key) {
            case STOREY -> f.storey;
            case TYPE -> f.typeName != null && !f.typeName.isBlank() ? f.typeName : f.objectType;
            case MATERIAL -> f.materialLabel;
            case CLASSIFICATION -> f.classificationCodes.isEmpty() ? null : f.classificationCodes.get(0);
            case PROFILE -> f.profile;
            case IFC_CLASS -> f.ifcClass;
        };
        return v == null || v.isBlank() ? "(no " + key.getLiteral() + ")" : v;
    }

    private void flagDoubleCounts(Map<String, List<String>> counted, Map<String, List<Contribution>> byKey,
            List<TakeoffFlag> flags) {
        for (Map.Entry<String, List<String>> e : counted.entrySet()) {
            if (e.getValue().size() > 1) {
                String globalId = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
                String dimension = e.getKey().substring(e.getKey().lastIndexOf('|') + 1).toLowerCase(Locale.ROOT);
                for (Contribution c : byKey.get(e.getKey())) {
                    c.flags().add(FlagKind.DOUBLE_COUNT);
                }
                Contribution first = byKey.get(e.getKey()).get(0);
                flags.add(new TakeoffFlag(FlagKind.DOUBLE_COUNT, globalId, String.join(",", e.getValue()),
                        first.ifcClass() + " " + globalId + (first.name() == null ? "" : " '" + first.name() + "'")
                                + " is counted as " + dimension + " by rules " + e.getValue()
                                + "; narrow one rule's 'select' (e.g. 'not-class' or 'where') so each element feeds one of them"));
            }
        }
    }

    private void flagUnmatched(Set<IfcEntity> matched, List<TakeoffFlag> flags) {
        for (IfcEntity e : instancesOf("IfcElement")) {
            if (matched.contains(e) || NEVER_UNMATCHED.stream().anyMatch(e::isA)) {
                continue;
            }
            ElementFacts f = facts(e);
            if (!f.hasBody || f.globalId == null || coveredByWholeOrPart(e, matched)) {
                continue;
            }
            flags.add(new TakeoffFlag(FlagKind.UNMATCHED, f.globalId, null, describe(f)
                    + " has a body but no rule of the pack takes it; add a rule for "
                    + f.ifcClass + (f.typeName == null ? "" : " (type '" + f.typeName + "')") + " or accept it as not priced"));
        }
    }

    /** An element aggregated into a matched whole, or whose parts were matched, is covered. */
    private boolean coveredByWholeOrPart(IfcEntity e, Set<IfcEntity> matched) {
        int depth = 0;
        for (IfcEntity whole = model.parentOf(e); whole != null && depth < 16; whole = model.parentOf(whole), depth++) {
            if (matched.contains(whole)) {
                return true;
            }
        }
        for (IfcEntity part : model.partsOf(e)) {
            if (matched.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ElementFacts f) {
        return f.ifcClass + " " + f.globalId + (f.name == null || f.name.isBlank() ? "" : " '" + f.name + "'")
                + (f.storey == null ? "" : " on " + f.storey);
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
