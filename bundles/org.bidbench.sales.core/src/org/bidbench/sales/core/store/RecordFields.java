package org.bidbench.sales.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A record as a flat map of fields, the form in which stores keep, compare and merge records.
 *
 * <p>Each attribute or reference of each object in a record is one field, named by its path
 * inside the record: {@code name}, {@code team/salesLead}, {@code quotes[Q-1]/lines[L-3]/unitPrice}.
 * A contained object is named by its id (or its {@code key} / {@code code}) inside its list, or
 * by its position ({@code #2}) when it has none; {@code PATH@class} names its class and a
 * containment list's own field lists its children's names in order. Values are EMF's literal
 * forms ({@code "1200.00 CNY"}, {@code 2026-03-01}); a reference holds the target's
 * {@link #pathOf(EObject) global path} ({@code customer:C-7/contacts[K-2]/}); a many-valued field
 * holds its items one per line. A field that is not set is absent.
 *
 * <p>Cost and margin fields ({@link #isCost(String)}) are what a store hides from users who may
 * not see costs.
 */
public final class RecordFields {

	/** The field holding an object's class name, appended to the object's path prefix. */
	public static final String CLASS = "@class";

	private static final Set<String> COST_FEATURES = Set.of("unitCost", "estimatedCost", "marginPercent",
			"minimumMarginPercent");

	private static final SalesPackage SALES = SalesPackage.eINSTANCE;

	/**
	 * Classes of the sales model that were renamed, by their former name: stores written before
	 * the rename hold the former name in {@link #CLASS} fields (a catalog's items were
	 * {@code CostItem} until they became {@code CatalogItem}).
	 */
	private static final Map<String, String> FORMER_CLASS_NAMES = Map.of("CostItem", "CatalogItem");

	private RecordFields() {
	}

	/**
	 * A stored field's value as this version writes it: the {@link #CLASS} field of an object
	 * stored under a class's former name names the class by its current name; any other value is
	 * returned as it is. Stores apply it to what they read, so that a record written before a
	 * rename compares equal to the same record flattened now.
	 */
	public static String storedValue(String path, String value) {
		if (value != null && path.endsWith(CLASS)) {
			return FORMER_CLASS_NAMES.getOrDefault(value, value);
		}
		return value;
	}

	/** Whether the field at that path is a cost or margin (hidden from users without cost rights). */
	public static boolean isCost(String path) {
		int slash = path.lastIndexOf('/');
		return COST_FEATURES.contains(path.substring(slash + 1));
	}

	/** The records of a workspace in a stable order: the workspace, the process, customers, opportunities, catalogs. */
	public static Map<RecordKey, EObject> records(SalesWorkspace workspace) {
		Map<RecordKey, EObject> records = new LinkedHashMap<>();
		records.put(RecordKey.WORKSPACE, workspace);
		if (workspace.getProcess() != null) {
			records.put(RecordKey.PROCESS, workspace.getProcess());
		}
		for (Customer customer : workspace.getCustomers()) {
			records.put(new RecordKey(RecordKind.CUSTOMER, idOf(customer.getId())), customer);
		}
		for (Opportunity opportunity : workspace.getOpportunities()) {
			records.put(new RecordKey(RecordKind.OPPORTUNITY, idOf(opportunity.getId())), opportunity);
		}
		for (PriceCatalog catalog : workspace.getPriceCatalogs()) {
			records.put(new RecordKey(RecordKind.CATALOG, idOf(catalog.getId())), catalog);
		}
		return records;
	}

	/** Flattens every record of the workspace. */
	public static Map<RecordKey, SortedMap<String, String>> flattenAll(SalesWorkspace workspace) {
		Map<RecordKey, SortedMap<String, String>> all = new LinkedHashMap<>();
		records(workspace).forEach((key, root) -> all.put(key, flatten(root)));
		return all;
	}

	/** The fields of one record, by path. */
	public static SortedMap<String, String> flatten(EObject recordRoot) {
		SortedMap<String, String> fields = new TreeMap<>();
		flatten(recordRoot, "", fields);
		return fields;
	}

	private static void flatten(EObject object, String prefix, Map<String, String> fields) {
		fields.put(prefix + CLASS, object.eClass().getName());
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (skipped(object, feature) || !object.eIsSet(feature)) {
				continue;
			}
			String path = prefix + feature.getName();
			Object value = object.eGet(feature);
			if (feature instanceof EAttribute attribute) {
				EDataType type = attribute.getEAttributeType();
				if (feature.isMany()) {
					List<String> items = new ArrayList<>();
					for (Object item : (List<?>) value) {
						items.add(EcoreUtil.convertToString(type, item));
					}
					fields.put(path, joinList(items));
				} else if (value != null) {
					fields.put(path, EcoreUtil.convertToString(type, value));
				}
			} else if (((EReference) feature).isContainment()) {
				if (feature.isMany()) {
					@SuppressWarnings("unchecked")
					List<EObject> children = (List<EObject>) value;
					List<String> names = childNames(children);
					fields.put(path, joinList(names));
					for (int i = 0; i < children.size(); i++) {
						flatten(children.get(i), path + "[" + names.get(i) + "]/", fields);
					}
				} else if (value != null) {
					flatten((EObject) value, path + "/", fields);
				}
			} else if (feature.isMany()) {
				List<String> targets = new ArrayList<>();
				for (Object target : (List<?>) value) {
					targets.add(pathOf((EObject) target));
				}
				fields.put(path, joinList(targets));
			} else if (value != null) {
				fields.put(path, pathOf((EObject) value));
			}
		}
	}

	/**
	 * Builds a whole workspace from its records' fields, references resolved across records.
	 * Records are added in the map's order.
	 */
	public static SalesWorkspace assemble(Map<RecordKey, ? extends Map<String, String>> records) {
		SalesWorkspace workspace = SalesFactory.eINSTANCE.createSalesWorkspace();
		List<PendingReference> references = new ArrayList<>();
		for (Map.Entry<RecordKey, ? extends Map<String, String>> record : records.entrySet()) {
			put(workspace, record.getKey(), record.getValue(), references);
		}
		resolve(workspace, references);
		return workspace;
	}

	/**
	 * Sets a record of the workspace to these fields, in place: objects that stay are kept (so
	 * editors showing them see EMF notifications), others are created or removed. An empty
	 * map removes the record. References are resolved against the whole workspace.
	 */
	public static void apply(SalesWorkspace workspace, RecordKey key, Map<String, String> fields) {
		List<PendingReference> references = new ArrayList<>();
		put(workspace, key, fields, references);
		resolve(workspace, references);
	}

	private static void put(SalesWorkspace workspace, RecordKey key, Map<String, String> fields,
			List<PendingReference> references) {
		EObject existing = records(workspace).get(key);
		if (fields.isEmpty()) {
			if (existing != null && existing != workspace) {
				EcoreUtil.remove(existing);
			}
			return;
		}
		if (key.kind() == RecordKind.WORKSPACE) {
			reconcile(workspace, "", fields, references);
			return;
		}
		EObject root = existing;
		EClass type = classOf(fields.get(CLASS));
		if (root == null || root.eClass() != type) {
			root = SalesFactory.eINSTANCE.create(type);
			if (existing != null) {
				EcoreUtil.replace(existing, root);
			} else {
				switch (key.kind()) {
					case PROCESS -> workspace.setProcess((SalesProcess) root);
					case CUSTOMER -> workspace.getCustomers().add((Customer) root);
					case OPPORTUNITY -> workspace.getOpportunities().add((Opportunity) root);
					case CATALOG -> workspace.getPriceCatalogs().add((PriceCatalog) root);
					default -> throw new IllegalStateException(key.toString());
				}
			}
		}
		reconcile(root, "", fields, references);
	}

	private static void reconcile(EObject object, String prefix, Map<String, String> fields,
			List<PendingReference> references) {
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (skipped(object, feature)) {
				continue;
			}
			String path = prefix + feature.getName();
			String text = fields.get(path);
			if (feature instanceof EAttribute attribute) {
				if (text == null) {
					if (object.eIsSet(feature)) {
						object.eUnset(feature);
					}
				} else if (feature.isMany()) {
					List<Object> values = new ArrayList<>();
					for (String item : splitList(text)) {
						values.add(EcoreUtil.createFromString(attribute.getEAttributeType(), item));
					}
					@SuppressWarnings("unchecked")
					EList<Object> list = (EList<Object>) object.eGet(feature);
					if (!list.equals(values)) {
						ECollections.setEList(list, values);
					}
				} else {
					Object value = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
					if (!object.eIsSet(feature) || !Objects.equals(object.eGet(feature), value)) {
						object.eSet(feature, value);
					}
				}
			} else if (((EReference) feature).isContainment()) {
				if (feature.isMany()) {
					@SuppressWarnings("unchecked")
					EList<EObject> list = (EList<EObject>) object.eGet(feature);
					Map<String, EObject> byName = new HashMap<>();
					List<String> oldNames = childNames(list);
					for (int i = 0; i < list.size(); i++) {
						byName.put(oldNames.get(i), list.get(i));
					}
					List<EObject> children = new ArrayList<>();
					for (String name : text == null ? List.<String>of() : splitList(text)) {
						String childPrefix = path + "[" + name + "]/";
						EClass type = classOf(fields.get(childPrefix + CLASS));
						EObject child = byName.get(name);
						if (child == null || child.eClass() != type) {
							child = SalesFactory.eINSTANCE.create(type);
						}
						reconcile(child, childPrefix, fields, references);
						children.add(child);
					}
					if (!list.equals(children)) {
						ECollections.setEList(list, children);
					}
				} else {
					String childClass = fields.get(path + "/" + CLASS);
					EObject current = (EObject) object.eGet(feature);
					if (childClass == null) {
						if (object.eIsSet(feature)) {
							object.eUnset(feature);
						}
					} else {
						EClass type = classOf(childClass);
						EObject child = current != null && current.eClass() == type ? current : SalesFactory.eINSTANCE.create(type);
						reconcile(child, path + "/", fields, references);
						if (child != current) {
							object.eSet(feature, child);
						}
					}
				}
			} else {
				references.add(new PendingReference(object, (EReference) feature, text));
			}
		}
	}

	private static void resolve(SalesWorkspace workspace, List<PendingReference> references) {
		if (references.isEmpty()) {
			return;
		}
		Map<String, EObject> index = new HashMap<>();
		index.put(pathOf(workspace), workspace);
		for (var it = workspace.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			index.put(pathOf(object), object);
		}
		// Set single references after many-valued ones, and skip ones already equal, so that a
		// bidirectional pair (a quote's previous / next revision) settles to the stored state.
		for (PendingReference reference : references) {
			EObject object = reference.object();
			EReference feature = reference.feature();
			if (reference.text() == null) {
				if (object.eIsSet(feature)) {
					object.eUnset(feature);
				}
			} else if (feature.isMany()) {
				List<EObject> targets = new ArrayList<>();
				for (String path : splitList(reference.text())) {
					EObject target = index.get(path);
					if (target != null) {
						targets.add(target);
					}
				}
				@SuppressWarnings("unchecked")
				EList<EObject> list = (EList<EObject>) object.eGet(feature);
				if (!list.equals(targets)) {
					ECollections.setEList(list, targets);
				}
			} else {
				EObject target = index.get(reference.text());
				if (object.eGet(feature) != target) {
					object.eSet(feature, target);
				}
			}
		}
	}

	private record PendingReference(EObject object, EReference feature, String text) {
	}

	/**
	 * The global path of an object: its record's key, a slash, and its path inside the record,
	 * e.g. {@code opportunity:OPP-1/quotes[Q-2]/}. The record root's path ends with the slash.
	 */
	public static String pathOf(EObject object) {
		StringBuilder inside = new StringBuilder();
		EObject current = object;
		while (true) {
			EObject container = current.eContainer();
			if (container == null) {
				return RecordKey.WORKSPACE + "/" + inside;
			}
			EReference containment = current.eContainmentFeature();
			if (container instanceof SalesWorkspace) {
				if (containment == SALES.getSalesWorkspace_Process()) {
					return RecordKey.PROCESS + "/" + inside;
				}
				RecordKind kind = containment == SALES.getSalesWorkspace_Customers()
						? RecordKind.CUSTOMER
						: containment == SALES.getSalesWorkspace_Opportunities()
								? RecordKind.OPPORTUNITY
								: containment == SALES.getSalesWorkspace_PriceCatalogs() ? RecordKind.CATALOG : null;
				if (kind != null) {
					return new RecordKey(kind, idOf(((org.bidbench.sales.model.Identified) current).getId())) + "/" + inside;
				}
			}
			String segment;
			if (containment.isMany()) {
				@SuppressWarnings("unchecked")
				List<EObject> siblings = (List<EObject>) container.eGet(containment);
				segment = containment.getName() + "[" + childNames(siblings).get(siblings.indexOf(current)) + "]/";
			} else {
				segment = containment.getName() + "/";
			}
			inside.insert(0, segment);
			current = container;
		}
	}

	/** Whether a feature is not a field of the object's record (derived, or a record of its own). */
	private static boolean skipped(EObject object, EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
			return true;
		}
		if (feature instanceof EReference reference && reference.isContainer()) {
			return true;
		}
		return object instanceof SalesWorkspace && (feature == SALES.getSalesWorkspace_Process()
				|| feature == SALES.getSalesWorkspace_Customers() || feature == SALES.getSalesWorkspace_Opportunities()
				|| feature == SALES.getSalesWorkspace_PriceCatalogs());
	}

	/**
	 * The object at a path inside a record ({@code activities[O-1-A5]} or
	 * {@code quotes[Q-1]/lines[L-3]}), or null when there is none.
	 */
	public static EObject objectAt(EObject recordRoot, String objectPath) {
		EObject current = recordRoot;
		for (String segment : objectPath.split("/")) {
			int open = segment.indexOf('[');
			if (open < 0 || !segment.endsWith("]")) {
				return null;
			}
			EStructuralFeature feature = current.eClass().getEStructuralFeature(segment.substring(0, open));
			if (!(feature instanceof EReference reference) || !reference.isContainment() || !reference.isMany()) {
				return null;
			}
			@SuppressWarnings("unchecked")
			List<EObject> children = (List<EObject>) current.eGet(reference);
			int index = childNames(children).indexOf(segment.substring(open + 1, segment.length() - 1));
			if (index < 0) {
				return null;
			}
			current = children.get(index);
		}
		return current;
	}

	/**
	 * The names of the objects of a containment list: each one's id, key or code, escaped; their
	 * positions ({@code #0}, {@code #1}, ...) when one of them has none or two share one.
	 */
	static List<String> childNames(List<EObject> children) {
		List<String> names = new ArrayList<>(children.size());
		Set<String> seen = new HashSet<>();
		for (EObject child : children) {
			String natural = naturalName(child);
			if (natural == null || !seen.add(natural)) {
				names.clear();
				for (int i = 0; i < children.size(); i++) {
					names.add("#" + i);
				}
				return names;
			}
			names.add(natural);
		}
		return names;
	}

	private static String naturalName(EObject object) {
		EClass type = object.eClass();
		EAttribute id = type.getEIDAttribute();
		if (id == null) {
			EStructuralFeature named = type.getEStructuralFeature("key");
			if (named == null) {
				named = type.getEStructuralFeature("code");
			}
			id = named instanceof EAttribute attribute ? attribute : null;
		}
		if (id == null) {
			return null;
		}
		Object value = object.eGet(id);
		return value == null || value.toString().isEmpty() ? null : escape(value.toString());
	}

	private static String idOf(String id) {
		return id == null ? "" : id;
	}

	private static EClass classOf(String name) {
		if (name == null) {
			throw new IllegalArgumentException("A stored object has no " + CLASS + " field");
		}
		if (!(SALES.getEClassifier(FORMER_CLASS_NAMES.getOrDefault(name, name)) instanceof EClass type)) {
			throw new IllegalArgumentException("Not a class of the sales model: '" + name + "'");
		}
		return type;
	}

	/** Escapes the characters that structure paths ('/', '[', ']'), line breaks and '%'. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '%' -> out.append("%25");
				case '/' -> out.append("%2F");
				case '[' -> out.append("%5B");
				case ']' -> out.append("%5D");
				case '\n' -> out.append("%0A");
				case '\r' -> out.append("%0D");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Whether the field at that path of a record of that kind lists the objects of a containment
	 * list (activities, quotes, quote lines, approvals, ...), whose concurrent additions and
	 * removals merge ({@link #mergeList(String, String, String)}) instead of conflicting.
	 */
	public static boolean isContainmentList(RecordKind kind, String path) {
		EClass type = switch (kind) {
			case WORKSPACE -> SALES.getSalesWorkspace();
			case PROCESS -> SALES.getSalesProcess();
			case CUSTOMER -> SALES.getCustomer();
			case OPPORTUNITY -> SALES.getOpportunity();
			case CATALOG -> SALES.getPriceCatalog();
		};
		String[] segments = path.split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			int open = segment.indexOf('[');
			boolean last = i == segments.length - 1;
			EStructuralFeature feature = type.getEStructuralFeature(open < 0 ? segment : segment.substring(0, open));
			if (!(feature instanceof EReference reference) || !reference.isContainment()) {
				return false;
			}
			if (last) {
				return open < 0 && reference.isMany();
			}
			type = reference.getEReferenceType();
		}
		return false;
	}

	/**
	 * Three-way merge of a containment list field: their list, with the names this user added
	 * (after the name that precedes each in mine and any of their additions that follow it, else
	 * at the end) and without the names this
	 * user removed. Additions of the same name on both sides appear once; their fields then
	 * meet field by field.
	 *
	 * @param base   the list both started from (null when unset)
	 * @param mine   this user's list (null when unset)
	 * @param theirs the stored list (null when unset)
	 * @return the merged list field, null when empty
	 */
	public static String mergeList(String base, String mine, String theirs) {
		List<String> was = base == null ? List.of() : splitList(base);
		List<String> my = mine == null ? List.of() : splitList(mine);
		List<String> merged = new ArrayList<>(theirs == null ? List.of() : splitList(theirs));
		merged.removeIf(name -> was.contains(name) && !my.contains(name));
		for (int i = 0; i < my.size(); i++) {
			String name = my.get(i);
			if (was.contains(name) || merged.contains(name)) {
				continue;
			}
			int after = i == 0 ? -1 : merged.indexOf(my.get(i - 1));
			if (after < 0) {
				merged.add(name);
				continue;
			}
			// Their additions right there were saved first: mine go after them.
			while (after + 1 < merged.size() && !was.contains(merged.get(after + 1)) && !my.contains(merged.get(after + 1))) {
				after++;
			}
			merged.add(after + 1, name);
		}
		return merged.isEmpty() ? null : joinList(merged);
	}

	/**
	 * Objects without an id of their own (approvals) are named by position in their list
	 * ({@code #0}, {@code #1}, ...), so two users who each appended one to the same list both
	 * wrote "the next position", and their fields would clash. When this user's list and the
	 * stored one both only appended to the list the change started from, this user's appended
	 * objects move to the positions after the stored ones (every field under them renamed), so
	 * that both additions are kept; otherwise the changes are returned as they are.
	 *
	 * @param kind    the record's kind
	 * @param changes this user's changed fields of one record
	 * @param stored  the stored values of (at least) those fields
	 * @return the changes, renamed where such appended objects met; the same list when none did
	 */
	public static List<FieldChange> appendAfterStored(RecordKind kind, List<FieldChange> changes, Map<String, String> stored) {
		Map<String, String> movedPrefixes = new HashMap<>();
		Map<String, String> movedLists = new HashMap<>();
		for (FieldChange change : changes) {
			if (!isContainmentList(kind, change.path()) || change.value() == null) {
				continue;
			}
			List<String> was = change.base() == null ? List.of() : splitList(change.base());
			List<String> my = splitList(change.value());
			String theirText = stored.get(change.path());
			List<String> their = theirText == null ? List.of() : splitList(theirText);
			if (their.equals(was) || my.size() <= was.size() || their.size() <= was.size() || !positional(my) || !positional(their)
					|| !my.subList(0, was.size()).equals(was) || !their.subList(0, was.size()).equals(was)) {
				continue;
			}
			List<String> merged = new ArrayList<>(their);
			for (String name : my.subList(was.size(), my.size())) {
				String moved = "#" + merged.size();
				merged.add(moved);
				movedPrefixes.put(change.path() + "[" + name + "]/", change.path() + "[" + moved + "]/");
			}
			movedLists.put(change.path(), joinList(merged));
		}
		if (movedLists.isEmpty()) {
			return changes;
		}
		List<FieldChange> result = new ArrayList<>(changes.size());
		for (FieldChange change : changes) {
			String list = movedLists.get(change.path());
			if (list != null) {
				result.add(new FieldChange(change.path(), change.base(), list));
				continue;
			}
			String path = change.path();
			for (Map.Entry<String, String> moved : movedPrefixes.entrySet()) {
				if (path.startsWith(moved.getKey())) {
					path = moved.getValue() + path.substring(moved.getKey().length());
					break;
				}
			}
			result.add(path.equals(change.path()) ? change : new FieldChange(path, change.base(), change.value()));
		}
		return result;
	}

	private static boolean positional(List<String> names) {
		for (int i = 0; i < names.size(); i++) {
			if (!names.get(i).equals("#" + i)) {
				return false;
			}
		}
		return true;
	}

	/** Joins list items one per line; a line break or '%' inside an item is escaped. */
	public static String joinList(List<String> items) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(items.get(i).replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D"));
		}
		return out.toString();
	}

	/** The items of a list field. */
	public static List<String> splitList(String text) {
		List<String> items = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			items.add(line.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%"));
		}
		return items;
	}
}
