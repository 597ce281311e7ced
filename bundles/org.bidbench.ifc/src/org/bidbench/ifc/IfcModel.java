package org.bidbench.ifc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.bidbench.ifc.internal.step.IdTable;
import org.bidbench.ifc.internal.step.LineMap;
import org.bidbench.ifc.internal.step.NameTable;
import org.bidbench.ifc.internal.step.ParallelParts;
import org.bidbench.ifc.internal.step.StepDecoder;
import org.bidbench.ifc.internal.step.StepIndex;
import org.bidbench.ifc.internal.step.StepSyntaxException;
import org.bidbench.ifc.schema.AttributeDef;
import org.bidbench.ifc.schema.EntityDef;
import org.bidbench.ifc.schema.IfcSchema;

/**
 * An IFC model read from a Part-21 file ({@code .ifc}) or a zipped one ({@code .ifczip}).
 *
 * <p>Opening indexes the file in one pass (ids, types, offsets in primitive arrays); entity
 * attributes are decoded when first asked for. Problems in the file do not stop reading
 * unless {@link ReadOptions#strict()} is set: they are listed by {@link #problems()} with
 * file, line, column and {@code #id}. Safe for concurrent reads.
 *
 * <p>All lengths, areas, volumes, masses and angles this class returns are in SI units
 * (metre, square metre, cubic metre, kilogram, radian), converted through the file's
 * IfcUnitAssignment.
 */
public final class IfcModel {

	private final String fileName;
	private final Path path;
	private final ReadOptions options;
	private final ByteBuffer content;
	private final IfcSchema schema;
	private final FileHeader header;
	private final int count;
	private final int[] ids;
	private final int[] types;
	private final int[] offsets;
	private final EntityDef[] typeDefs;
	private final String[] typeNames;
	private final int complexType;
	private final IdTable idMap;
	private final IfcEntity[] cache;
	private final ThreadLocal<StepDecoder> decoders;
	private final List<IfcProblem> problems = Collections.synchronizedList(new ArrayList<>());
	private final Set<String> reportedProblems = ConcurrentHashMap.newKeySet();
	private volatile LineMap lineMap;
	private volatile int omittedProblems;
	private volatile Map<String, Integer> globalIds;
	private final Map<String, Map<Integer, int[]>> inverseIndexes = new ConcurrentHashMap<>();
	private final ModelSemantics semantics;

	/**
	 * How large a file's parts must be before the open splits them over threads: below these sizes
	 * starting threads costs more than it saves. Tests lower them so that small samples take the
	 * parallel paths too.
	 *
	 * @param minBytes     bytes of DATA below which the index pass runs on one thread
	 * @param minInstances instances below which the type check and the {@code #id} map run on one thread
	 */
	record ParallelThresholds(int minBytes, int minInstances) {

		static final ParallelThresholds DEFAULT = new ParallelThresholds(StepIndex.DEFAULT_MIN_PARALLEL_BYTES,
				IdTable.DEFAULT_MIN_PARALLEL_INSTANCES);
	}

	private IfcModel(String fileName, Path path, ByteBuffer content, ReadOptions options) throws IfcReadException {
		this(fileName, path, content, options, ParallelThresholds.DEFAULT);
	}

	IfcModel(String fileName, Path path, ByteBuffer content, ReadOptions options, ParallelThresholds parallel)
			throws IfcReadException {
		this.fileName = fileName;
		this.path = path;
		this.content = content;
		this.options = options;
		this.decoders = ThreadLocal.withInitial(() -> new StepDecoder(content.duplicate(), new NameTable()));
		StepIndex index;
		try {
			index = StepIndex.scan(content, this::report, options.monitor(), options.threads(), parallel.minBytes());
		} catch (StepSyntaxException e) {
			report(e.offset(), 0, true, e.getMessage());
			throw fatal();
		}
		if (index.skipped > 0 && index.skipped >= index.count) {
			// Most of the file could not be read: anything computed from the rest (a take-off, a
			// quote) would be wrong without saying so.
			IfcProblem mostSkipped = new IfcProblem(IfcProblem.Severity.ERROR, fileName, 0, 0, 0, index.skipped + " of "
					+ (index.skipped + index.count) + " instances could not be read and were skipped (first: "
					+ (problems.isEmpty() ? "see the problems" : problems.get(0).message()) + "); the file is not usable as it"
					+ " is: export it again from the authoring tool");
			List<IfcProblem> all = new ArrayList<>(problems());
			all.add(mostSkipped);
			throw new IfcReadException(mostSkipped.toString(), all);
		}
		this.header = readHeader(index);
		this.schema = resolveSchema();
		this.count = index.count;
		this.ids = index.ids;
		this.types = index.types;
		this.offsets = index.offsets;
		int typeCount = index.typeNames.size();
		this.typeDefs = new EntityDef[typeCount];
		this.typeNames = new String[typeCount];
		int complex = -1;
		for (int t = 0; t < typeCount; t++) {
			String name = index.typeNames.name(t);
			typeNames[t] = name;
			if (name.equals(StepIndex.COMPLEX)) {
				complex = t;
			} else {
				typeDefs[t] = schema.entity(name);
			}
		}
		this.complexType = complex;
		reportUnknownTypes(options.threads(), parallel.minInstances());
		this.idMap = IdTable.build(ids, offsets, count, options.threads(), parallel.minInstances(), this::report);
		this.cache = new IfcEntity[count];
		this.semantics = new ModelSemantics(this);
		if (options.strict()) {
			failOnFirstError();
			validate();
			failOnFirstError();
		}
	}

	/** Opens a file with {@link ReadOptions#defaults()}. */
	public static IfcModel open(Path file) throws IOException {
		return open(file, ReadOptions.defaults());
	}

	/**
	 * Opens an {@code .ifc} or {@code .ifczip} file.
	 *
	 * @throws IfcReadException if it is not an IFC file, names an unsupported schema, breaks
	 *                          the zip limits, or (strict mode) has any error
	 * @throws IOException      if it cannot be read
	 * @throws java.util.concurrent.CancellationException if the monitor cancelled
	 */
	public static IfcModel open(Path file, ReadOptions options) throws IOException {
		return open(file, options, ParallelThresholds.DEFAULT);
	}

	static IfcModel open(Path file, ReadOptions options, ParallelThresholds parallel) throws IOException {
		String name = file.getFileName().toString();
		ByteBuffer content;
		if (IfcZip.looksZipped(file)) {
			content = ByteBuffer.wrap(IfcZip.extract(file, options));
		} else {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				long size = channel.size();
				if (size > Integer.MAX_VALUE) {
					throw new IfcReadException(new IfcProblem(IfcProblem.Severity.ERROR, name, 0, 0, 0,
							"file is " + size + " bytes; this reader handles files up to 2 GiB"));
				}
				// Mapped memory is outside the Java heap: a large model costs only its index there.
				content = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
			}
		}
		return new IfcModel(name, file, content, options, parallel);
	}

	/** Reads a model from bytes already in memory (tests, network sources). */
	public static IfcModel read(byte[] bytes, String fileName, ReadOptions options) throws IfcReadException {
		return new IfcModel(fileName, null, ByteBuffer.wrap(bytes), options);
	}

	// ------------------------------------------------------------------ header and schema

	private FileHeader readHeader(StepIndex index) throws IfcReadException {
		Map<String, Object[]> entries = new HashMap<>();
		StepDecoder decoder = decoders.get();
		for (int i = 0; i < index.headerKeywords.size(); i++) {
			String keyword = index.headerKeywords.get(i).toUpperCase(Locale.ROOT);
			try {
				entries.put(keyword, decoder.decodeParameters(index.headerOffsets.get(i)));
			} catch (StepSyntaxException e) {
				report(e.offset(), 0, true, "in header entity " + keyword + ": " + e.getMessage());
			}
		}
		Object[] description = entries.getOrDefault("FILE_DESCRIPTION", new Object[0]);
		Object[] name = entries.getOrDefault("FILE_NAME", new Object[0]);
		Object[] fileSchema = entries.get("FILE_SCHEMA");
		if (fileSchema == null) {
			report(0, 0, true, "the HEADER has no FILE_SCHEMA, so the IFC schema is unknown");
			throw fatal();
		}
		return new FileHeader(texts(at(description, 0)), text(at(description, 1)), text(at(name, 0)),
				text(at(name, 1)), texts(at(name, 2)), texts(at(name, 3)), text(at(name, 4)), text(at(name, 5)),
				text(at(name, 6)), texts(at(fileSchema, 0)));
	}

	private IfcSchema resolveSchema() throws IfcReadException {
		List<String> names = header.schemaIdentifiers();
		if (names.isEmpty()) {
			report(0, 0, true, "FILE_SCHEMA names no schema");
			throw fatal();
		}
		String declared = names.get(0);
		String canonical = IfcSchema.canonicalName(declared);
		if (canonical == null) {
			report(0, 0, true, "unsupported IFC schema '" + declared + "' in FILE_SCHEMA; this reader supports "
					+ String.join(", ", IfcSchema.SUPPORTED) + " (and IFC2X_FINAL read as IFC2X3)");
			throw fatal();
		}
		if (declared.trim().equalsIgnoreCase("IFC2X_FINAL")) {
			report(-1, 0, false, "FILE_SCHEMA says IFC2X_FINAL, an older name; read as IFC2X3");
		}
		return IfcSchema.forName(canonical);
	}

	private static Object at(Object[] values, int i) {
		return i < values.length ? values[i] : null;
	}

	private static String text(Object v) {
		return v instanceof String s ? s : null;
	}

	private static List<String> texts(Object v) {
		if (v instanceof List<?> list) {
			List<String> out = new ArrayList<>();
			for (Object o : list) {
				if (o instanceof String s) {
					out.add(s);
				}
			}
			return List.copyOf(out);
		}
		return v instanceof String s ? List.of(s) : List.of();
	}

	/**
	 * Reports every instance whose type the schema does not know (or that is complex), in slot order.
	 * The instances of a large file are visited on {@code threads} threads, each collecting the slots
	 * of its own range; the reports are then made on this thread, range after range, so that the
	 * problems and their order are those of one thread.
	 */
	private void reportUnknownTypes(int threads, int minParallelInstances) {
		boolean any = false;
		for (int t = 0; t < typeDefs.length; t++) {
			any |= typeDefs[t] == null;
		}
		if (!any) {
			return;
		}
		int parts = count >= Math.max(1, minParallelInstances) ? Math.max(1, Math.min(threads, count)) : 1;
		int[][] unknown = new int[parts][];
		ParallelParts.inParallel(parts, "bidbench-ifc-types", part -> {
			int[] found = new int[16];
			int n = 0;
			for (int slot = ParallelParts.rangeStart(part, count, parts), end = ParallelParts.rangeStart(part + 1, count,
					parts); slot < end; slot++) {
				if (typeDefs[types[slot]] == null) {
					if (n == found.length) {
						found = Arrays.copyOf(found, n * 2);
					}
					found[n++] = slot;
				}
			}
			unknown[part] = Arrays.copyOf(found, n);
		});
		for (int[] slots : unknown) {
			for (int slot : slots) {
				int t = types[slot];
				String message = t == complexType
						? "complex (multi-leaf) instances are not supported; instance kept without attributes"
						: "unknown entity type " + typeNames[t] + " for schema " + schema.name();
				report(offsets[slot], ids[slot], true, message);
			}
		}
	}

	// ------------------------------------------------------------------ problems

	/** Records a problem; used by the scanner, the decoder and the semantic layer. */
	void report(int offset, int entityId, boolean error, String message) {
		// Check the cap first so a file of pure garbage cannot grow the de-duplication set without bound.
		if (problems.size() >= options.maxProblems()) {
			omittedProblems++;
			return;
		}
		if (!reportedProblems.add(offset + "|" + entityId + "|" + message)) {
			return;
		}
		int line = 0;
		int column = 0;
		if (offset >= 0) {
			LineMap lines = lineMap;
			if (lines == null) {
				lines = new LineMap(content);
				lineMap = lines;
			}
			line = lines.line(offset);
			column = lines.column(offset);
		}
		problems.add(new IfcProblem(error ? IfcProblem.Severity.ERROR : IfcProblem.Severity.WARNING, fileName,
				line, column, entityId, message));
	}

	private IfcReadException fatal() {
		List<IfcProblem> all = problems();
		IfcProblem last = all.get(all.size() - 1);
		return new IfcReadException(last.toString(), all);
	}

	private void failOnFirstError() throws IfcReadException {
		for (IfcProblem p : problems()) {
			if (p.severity() == IfcProblem.Severity.ERROR) {
				throw new IfcReadException("strict reading stopped: " + p, problems());
			}
		}
	}

	/** Problems found so far (reading, plus any found while decoding on demand). */
	public List<IfcProblem> problems() {
		synchronized (problems) {
			return List.copyOf(problems);
		}
	}

	/** How many problems were dropped beyond {@link ReadOptions#maxProblems()}. */
	public int omittedProblemCount() {
		return omittedProblems;
	}

	/**
	 * Decodes every instance and checks attribute counts and references; returns all problems.
	 * Used by strict mode, the CLI and tests. Instances not already in use are decoded and let go,
	 * so the memory this takes does not grow with the file.
	 */
	public List<IfcProblem> validate() {
		for (int slot = 0; slot < count; slot++) {
			// Decoded and dropped unless already cached: validating a large file must not keep every
			// instance alive (it used to, at 3.4 times the file). Problems are reported once either way.
			IfcEntity cached = cache[slot];
			Object[] values = cached != null ? cached.decoded() : decodeSlot(slot, ids[slot]);
			for (Object v : values) {
				checkRefs(v, ids[slot], 0);
			}
		}
		// The graph checks decode the placements and relations they walk; let go of those not held
		// before, as above, so that validating does not grow the memory a model keeps.
		boolean[] held = new boolean[count];
		for (int slot = 0; slot < count; slot++) {
			held[slot] = cache[slot] != null;
		}
		new GraphChecks(this).run();
		for (int slot = 0; slot < count; slot++) {
			if (!held[slot]) {
				cache[slot] = null;
			}
		}
		return problems();
	}

	/** An error of the model's graphs (see {@link GraphChecks}), at the instance it concerns. */
	void reportGraphProblem(int id, String message) {
		report(offsetOf(id), id, true, message);
	}

	/** How many instances are held as entities (decoded or not): a test's view of memory use. */
	int cachedCount() {
		int n = 0;
		for (IfcEntity e : cache) {
			n += e == null ? 0 : 1;
		}
		return n;
	}

	/** The {@code #id} of a slot: with {@link #typeNameAt} and {@link #slotOf}, a test's view of the index. */
	int idAt(int slot) {
		return ids[slot];
	}

	/** The type of a slot as the schema spells it, or as the file does when the schema does not know it. */
	String typeNameAt(int slot) {
		int t = types[slot];
		return typeDefs[t] != null ? typeDefs[t].name() : typeNames[t];
	}

	/** The slot the {@code #id} map gives {@code id}, or -1. */
	int slotOf(int id) {
		return idMap.slot(id);
	}

	private void checkRefs(Object v, int from, int depth) {
		if (v instanceof Ref r) {
			if (idMap.slot(r.id()) < 0) {
				report(offsetOf(from), from, true, "dangling reference #" + r.id() + ": no such instance");
			}
		} else if (v instanceof List<?> list) {
			for (Object o : list) {
				checkRefs(o, from, depth + 1);
			}
		} else if (v instanceof TypedValue t) {
			checkRefs(t.value(), from, depth + 1);
		}
	}

	private int offsetOf(int id) {
		int slot = idMap.slot(id);
		return slot < 0 ? -1 : offsets[slot];
	}

	// ------------------------------------------------------------------ basics

	public String fileName() {
		return fileName;
	}

	/** The file this model was opened from, or {@code null} if read from bytes. */
	public Path path() {
		return path;
	}

	public IfcSchema schema() {
		return schema;
	}

	public FileHeader header() {
		return header;
	}

	/** Number of entity instances indexed. */
	public int size() {
		return count;
	}

	/** The file's size in bytes (uncompressed for .ifczip). */
	public long byteSize() {
		return content.limit();
	}

	/** The instance {@code #id}, or {@code null}. */
	public IfcEntity entity(int id) {
		int slot = idMap.slot(id);
		return slot < 0 ? null : entityAt(slot);
	}

	IfcEntity resolve(Ref ref, IfcEntity from) {
		int slot = idMap.slot(ref.id());
		if (slot < 0) {
			report(from == null ? -1 : offsets[from.slot()], from == null ? 0 : from.id(), true,
					"dangling reference #" + ref.id() + ": no such instance");
			return null;
		}
		return entityAt(slot);
	}

	IfcEntity entityAt(int slot) {
		IfcEntity e = cache[slot];
		if (e == null) {
			int t = types[slot];
			e = new IfcEntity(this, ids[slot], slot, typeDefs[t], typeNames[t]);
			cache[slot] = e;
		}
		return e;
	}

	Object[] decodeSlot(int slot, int id) {
		int t = types[slot];
		EntityDef def = typeDefs[t];
		if (t == complexType) {
			return new Object[0];
		}
		try {
			Object[] values = decoders.get().decodeParameters(offsets[slot]);
			if (def != null && values.length != def.attributes().size()) {
				report(offsets[slot], id, true, def.name() + " has " + def.attributes().size()
						+ " attributes in " + schema.name() + " but the file gives " + values.length);
			}
			return values;
		} catch (StepSyntaxException e) {
			report(e.offset(), id, true, e.getMessage());
			return new Object[def == null ? 0 : def.attributes().size()];
		}
	}

	/** The instance with that IFC GlobalId, or {@code null}. */
	public IfcEntity byGlobalId(String globalId) {
		Map<String, Integer> map = globalIds;
		if (map == null) {
			map = buildGlobalIdIndex();
			globalIds = map;
		}
		Integer slot = map.get(globalId);
		return slot == null ? null : entityAt(slot);
	}

	private synchronized Map<String, Integer> buildGlobalIdIndex() {
		if (globalIds != null) {
			return globalIds;
		}
		boolean[] rooted = typeMask("IfcRoot");
		Map<String, Integer> map = new HashMap<>();
		StepDecoder decoder = decoders.get();
		for (int slot = 0; slot < count; slot++) {
			if (rooted[types[slot]]) {
				String guid;
				try {
					guid = decoder.firstString(offsets[slot]);
				} catch (StepSyntaxException e) {
					continue;
				}
				if (guid != null && map.putIfAbsent(guid, slot) != null) {
					report(offsets[slot], ids[slot], false, "GlobalId " + guid + " is used by more than one instance");
				}
			}
		}
		return map;
	}

	/** For each type index of the file, whether it is {@code entityName} or a subtype. */
	private boolean[] typeMask(String entityName) {
		EntityDef def = schema.entity(entityName);
		if (def == null) {
			throw new IllegalArgumentException(entityName + " is not an entity of " + schema.name());
		}
		BitSet mask = schema.subtypeMask(def);
		boolean[] result = new boolean[typeDefs.length];
		for (int t = 0; t < typeDefs.length; t++) {
			result[t] = typeDefs[t] != null && mask.get(typeDefs[t].index());
		}
		return result;
	}

	/**
	 * All instances of {@code entityName} and its subclasses, in file order.
	 *
	 * @throws IllegalArgumentException if the schema has no such entity
	 */
	public List<IfcEntity> instancesOf(String entityName) {
		boolean[] mask = typeMask(entityName);
		List<IfcEntity> out = new ArrayList<>();
		for (int slot = 0; slot < count; slot++) {
			if (mask[types[slot]]) {
				out.add(entityAt(slot));
			}
		}
		return out;
	}

	/** Number of instances of {@code entityName}, with or without its subclasses. */
	public int count(String entityName, boolean includeSubtypes) {
		boolean[] mask = typeMask(entityName);
		EntityDef exact = schema.entity(entityName);
		int n = 0;
		for (int slot = 0; slot < count; slot++) {
			int t = types[slot];
			if (includeSubtypes ? mask[t] : typeDefs[t] == exact) {
				n++;
			}
		}
		return n;
	}

	/** Instance count per exact class name (schema spelling; unknown types as written). */
	public Map<String, Integer> countsByType() {
		int[] perType = new int[typeDefs.length];
		for (int slot = 0; slot < count; slot++) {
			perType[types[slot]]++;
		}
		Map<String, Integer> out = new TreeMap<>();
		for (int t = 0; t < perType.length; t++) {
			if (perType[t] > 0) {
				String name = typeDefs[t] != null ? typeDefs[t].name() : typeNames[t];
				out.merge(name, perType[t], Integer::sum);
			}
		}
		return out;
	}

	/**
	 * The instances whose attribute {@code forwardAttribute} (of class {@code sourceEntity})
	 * refers to {@code target}: an inverse relation built from the forward references in
	 * the file, never from inverse data the file might claim.
	 */
	public List<IfcEntity> referrers(String sourceEntity, String forwardAttribute, IfcEntity target) {
		Map<Integer, int[]> index = inverseIndexes.computeIfAbsent(sourceEntity + "." + forwardAttribute,
				k -> buildInverseIndex(sourceEntity, forwardAttribute));
		int[] slots = index.get(target.id());
		if (slots == null) {
			return List.of();
		}
		List<IfcEntity> out = new ArrayList<>(slots.length);
		for (int s : slots) {
			out.add(entityAt(s));
		}
		return out;
	}

	/** The inverse attribute {@code inverseName} of the schema (e.g. {@code IsDefinedBy}). */
	public List<IfcEntity> inverse(IfcEntity target, String inverseName) {
		var inv = target.type() == null ? null : target.type().inverse(inverseName);
		if (inv == null) {
			throw new IllegalArgumentException(target.typeName() + " has no inverse attribute " + inverseName
					+ " in " + schema.name());
		}
		return referrers(inv.sourceEntity(), inv.forwardAttribute(), target);
	}

	private Map<Integer, int[]> buildInverseIndex(String sourceEntity, String forwardAttribute) {
		EntityDef def = schema.entity(sourceEntity);
		if (def == null) {
			return Map.of();
		}
		AttributeDef attr = def.attribute(forwardAttribute);
		if (attr == null) {
			throw new IllegalArgumentException(sourceEntity + " has no attribute " + forwardAttribute);
		}
		Map<Integer, int[]> index = new HashMap<>();
		List<Integer> targets = new ArrayList<>();
		for (IfcEntity source : instancesOf(sourceEntity)) {
			targets.clear();
			collectIds(source.get(attr.index()), targets, 0);
			for (int targetId : targets) {
				int[] prev = index.get(targetId);
				int[] next = prev == null ? new int[1] : Arrays.copyOf(prev, prev.length + 1);
				next[next.length - 1] = source.slot();
				index.put(targetId, next);
			}
		}
		return index;
	}

	private static void collectIds(Object v, List<Integer> out, int depth) {
		if (v instanceof Ref r) {
			out.add(r.id());
		} else if (v instanceof List<?> list && depth < 8) {
			for (Object o : list) {
				collectIds(o, out, depth + 1);
			}
		}
	}

	// ------------------------------------------------------------------ semantics

	/** The units of the project's IfcUnitAssignment, with factors to SI. */
	public UnitSystem units() {
		return semantics.units();
	}

	/** The IfcProject, or {@code null} if the file has none. */
	public IfcEntity project() {
		List<IfcEntity> projects = instancesOf("IfcProject");
		return projects.isEmpty() ? null : projects.get(0);
	}

	/** The spatial tree from the project down (site, building, storey, space), or {@code null}. */
	public SpatialNode spatialTree() {
		return semantics.spatialTree();
	}

	/** All building storeys in tree order. */
	public List<IfcEntity> storeys() {
		return semantics.storeys();
	}

	/**
	 * The spatial structure element that contains {@code element}: its own containment, or
	 * that of the nearest whole it is aggregated into (Tekla puts beams in assemblies), or,
	 * for a door or window, that of the wall whose opening it fills. {@code null} if none.
	 */
	public IfcEntity containerOf(IfcEntity element) {
		return semantics.containerOf(element);
	}

	/** The IfcBuildingStorey above {@code element} in the spatial structure, or {@code null}. */
	public IfcEntity storeyOf(IfcEntity element) {
		return semantics.storeyOf(element);
	}

	/** The whole {@code part} is aggregated into (IfcRelAggregates / IfcRelNests), or {@code null}. */
	public IfcEntity parentOf(IfcEntity part) {
		return semantics.parentOf(part);
	}

	/** The parts aggregated into {@code whole}. */
	public List<IfcEntity> partsOf(IfcEntity whole) {
		return semantics.partsOf(whole);
	}

	/** Elements contained directly in a spatial structure element (IfcRelContainedInSpatialStructure). */
	public List<IfcEntity> containedElements(IfcEntity structure) {
		return referrers("IfcRelContainedInSpatialStructure", "RelatingStructure", structure).stream()
				.flatMap(rel -> rel.getEntities("RelatedElements").stream()).toList();
	}

	/** The element type (IfcRelDefinesByType), or {@code null}. */
	public IfcEntity typeOf(IfcEntity element) {
		return semantics.typeOf(element);
	}

	/**
	 * Property and quantity sets of an element: those of its type first overridden by the
	 * occurrence's own (same set and property name), every value with its SI conversion.
	 */
	public List<PropertySet> propertySets(IfcEntity element) {
		return semantics.propertySets(element);
	}

	/** One property or quantity by set and name, or {@code null}. */
	public PropertyValue property(IfcEntity element, String setName, String propertyName) {
		for (PropertySet set : propertySets(element)) {
			if (set.name() != null && set.name().equals(setName)) {
				PropertyValue v = set.get(propertyName);
				if (v != null) {
					return v;
				}
			}
		}
		return null;
	}

	/** Materials associated with the element, or with its type when the element has none. */
	public List<MaterialAssignment> materials(IfcEntity element) {
		return semantics.materials(element);
	}

	/** Classification references of the element (and of its type). */
	public List<Classification> classifications(IfcEntity element) {
		return semantics.classifications(element);
	}

	/** Opening elements that void {@code element} (IfcRelVoidsElement). */
	public List<IfcEntity> openings(IfcEntity element) {
		return referrers("IfcRelVoidsElement", "RelatingBuildingElement", element).stream()
				.map(rel -> rel.getEntity("RelatedOpeningElement")).filter(e -> e != null).toList();
	}

	/** Elements filling an opening (IfcRelFillsElement), e.g. doors and windows. */
	public List<IfcEntity> fillings(IfcEntity opening) {
		return referrers("IfcRelFillsElement", "RelatingOpeningElement", opening).stream()
				.map(rel -> rel.getEntity("RelatedBuildingElement")).filter(e -> e != null).toList();
	}

	/** The application of the first IfcOwnerHistory, or {@code null}. */
	public Application owningApplication() {
		return semantics.owningApplication();
	}

	/**
	 * The product's object placement as a world transform in metres: a 4x4 row-major matrix
	 * (16 values; rotation in the upper 3x3, translation in column 3). Identity when the
	 * product has no placement.
	 */
	public double[] worldTransform(IfcEntity product) {
		return semantics.worldTransform(product);
	}

	/**
	 * A Part-21 file with this model's header and the instances {@code roots} with every instance they
	 * reference, directly or not; each instance written as it is in this file. For a quick first look
	 * at a few elements of a large model.
	 *
	 * <p>{@code attachedBy} names, per entity (with its subclasses), the attribute through which its
	 * instances point at what they belong to from outside: {@code IfcStyledItem} to {@code Item},
	 * {@code IfcRelVoidsElement} to {@code RelatingBuildingElement}. Such an instance is taken in when
	 * that attribute names an instance that is in, and then so is everything its other attributes
	 * reference; the instances its attribute names that are not in stay out (the excerpt keeps their
	 * {@code #id}s, which name nothing there).
	 *
	 * @param maxBytes the largest excerpt wanted
	 * @return the file's bytes, or {@code null} when the excerpt would be larger than {@code maxBytes}
	 */
	public byte[] excerpt(Collection<IfcEntity> roots, Map<String, String> attachedBy, long maxBytes) {
		BitSet in = new BitSet(count);
		int[] stack = new int[64];
		int top = 0;
		long size = 0;
		for (IfcEntity root : roots) {
			if (root.model() != this) {
				throw new IllegalArgumentException(root + " is not an instance of " + fileName);
			}
			if (!in.get(root.slot())) {
				in.set(root.slot());
				stack = push(stack, top++, root.slot());
			}
		}
		// Per type in this file: the attribute through which its instances attach, or null.
		String[] attachedThrough = new String[typeDefs.length];
		attachedBy.forEach((entity, attribute) -> {
			boolean[] mask = typeMask(entity);
			for (int t = 0; t < mask.length; t++) {
				if (mask[t]) {
					attachedThrough[t] = attribute;
				}
			}
		});
		BitSet candidates = new BitSet(count);
		BitSet attachedIn = new BitSet(count);
		for (int slot = 0; slot < count; slot++) {
			if (attachedThrough[types[slot]] != null) {
				candidates.set(slot);
			}
		}
		while (true) {
			// Everything the instances on the stack reference.
			while (top > 0) {
				int slot = stack[--top];
				size += instanceEnd(slot) - instanceStart(slot) + 1;
				if (size > maxBytes) {
					return null;
				}
				if (attachedIn.get(slot)) {
					continue; // its references were taken in with it
				}
				for (int ref : references(slot)) {
					int target = idMap.slot(ref);
					if (target >= 0 && !in.get(target)) {
						in.set(target);
						stack = push(stack, top++, target);
					}
				}
			}
			// The attached instances that point at what is in now; what else they name next round.
			for (int slot = candidates.nextSetBit(0); slot >= 0; slot = candidates.nextSetBit(slot + 1)) {
				if (in.get(slot) || !referencesAny(slot, in)) {
					continue;
				}
				IfcEntity attachment = entityAt(slot);
				String through = attachedThrough[types[slot]];
				List<Integer> pointedAt = new ArrayList<>();
				collectRefs(attachment.get(through), pointedAt);
				if (pointedAt.stream().noneMatch(id -> idMap.slot(id) >= 0 && in.get(idMap.slot(id)))) {
					continue;
				}
				in.set(slot);
				attachedIn.set(slot);
				stack = push(stack, top++, slot);
				List<Object> values = attachment.values();
				int throughIndex = attachment.type().attribute(through).index();
				for (int i = 0; i < values.size(); i++) {
					if (i == throughIndex) {
						continue;
					}
					List<Integer> named = new ArrayList<>();
					collectRefs(values.get(i), named);
					for (int id : named) {
						int target = idMap.slot(id);
						if (target >= 0 && !in.get(target)) {
							in.set(target);
							stack = push(stack, top++, target);
						}
					}
				}
			}
			if (top == 0) {
				break;
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 64, size + 4096));
		// The header section and DATA; as in this file, up to its first instance.
		int dataStart = count == 0 ? 0 : instanceStart(0);
		copy(out, 0, dataStart);
		for (int slot = in.nextSetBit(0); slot >= 0; slot = in.nextSetBit(slot + 1)) {
			copy(out, instanceStart(slot), instanceEnd(slot) + 1);
			out.write('\n');
		}
		out.writeBytes("ENDSEC;\nEND-ISO-10303-21;\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	private static void collectRefs(Object value, List<Integer> out) {
		if (value instanceof Ref r) {
			out.add(r.id());
		} else if (value instanceof List<?> list) {
			for (Object v : list) {
				collectRefs(v, out);
			}
		}
	}

	private boolean referencesAny(int slot, BitSet in) {
		for (int ref : references(slot)) {
			int target = idMap.slot(ref);
			if (target >= 0 && in.get(target)) {
				return true;
			}
		}
		return false;
	}

	private static int[] push(int[] stack, int at, int slot) {
		int[] s = at == stack.length ? Arrays.copyOf(stack, stack.length * 2) : stack;
		s[at] = slot;
		return s;
	}

	private void copy(ByteArrayOutputStream out, int from, int to) {
		byte[] bytes = new byte[to - from];
		content.get(from, bytes);
		out.writeBytes(bytes);
	}

	/** Where the instance in {@code slot} starts: its {@code #}. */
	private int instanceStart(int slot) {
		int p = offsets[slot];
		while (p > 0 && content.get(p) != '#') {
			p--;
		}
		return p;
	}

	/** Where the instance in {@code slot} ends: its terminating {@code ;}. */
	private int instanceEnd(int slot) {
		int n = content.limit();
		boolean inString = false;
		for (int p = offsets[slot]; p < n; p++) {
			byte b = content.get(p);
			if (inString) {
				inString = b != '\''; // a doubled quote leaves and enters again
			} else if (b == '\'') {
				inString = true;
			} else if (b == '/' && p + 1 < n && content.get(p + 1) == '*') {
				int close = p + 2;
				while (close + 1 < n && !(content.get(close) == '*' && content.get(close + 1) == '/')) {
					close++;
				}
				p = close + 1;
			} else if (b == ';') {
				return p;
			}
		}
		return n - 1;
	}

	/** The {@code #id}s the instance in {@code slot} names, read from its text. */
	private int[] references(int slot) {
		int end = instanceEnd(slot);
		int[] refs = new int[8];
		int found = 0;
		boolean inString = false;
		for (int p = offsets[slot]; p < end; p++) {
			byte b = content.get(p);
			if (inString) {
				inString = b != '\'';
			} else if (b == '\'') {
				inString = true;
			} else if (b == '#') {
				int id = 0;
				int q = p + 1;
				for (byte d; q < end && (d = content.get(q)) >= '0' && d <= '9'; q++) {
					id = id * 10 + (d - '0');
				}
				if (q > p + 1) {
					refs = found == refs.length ? Arrays.copyOf(refs, found * 2) : refs;
					refs[found++] = id;
				}
				p = q - 1;
			}
		}
		return Arrays.copyOf(refs, found);
	}

	@Override
	public String toString() {
		return fileName + " (" + schema.name() + ", " + count + " instances)";
	}
}
