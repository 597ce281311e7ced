package org.bidbench.viewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.bidbench.geometry.BoundingBox;
import org.bidbench.geometry.Colour;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;

/**
 * The meshes of one model, batched per colour, and how they are shown.
 *
 * <p>Geometry: {@link #add(ProductGeometry)} may be called from a loading thread while the scene is
 * drawn; added products become drawable at {@link #publish()}, which seals the open batches, so the
 * first elements appear while the rest still load. A sealed batch never changes: renderers upload it
 * once. Positions are kept relative to a scene origin (the first product's first vertex) so that
 * georeferenced coordinates keep their precision in floats.
 *
 * <p>Display state (hidden, selected, colours, X-ray, section planes) is changed and read on one
 * thread, the UI thread for a canvas; each change bumps {@link #stateVersion()} and tells the
 * listeners.
 */
public final class Scene {

	/** Seal a batch at this many vertices, so a buffer stays a manageable size. */
	static final int BATCH_VERTEX_LIMIT = 1 << 20;

	/** Element display modes, per element, read by the renderer each frame. */
	static final byte SHOWN = 0, HIDDEN = 1, GHOSTED = 2;

	/** The highlight of selected elements. */
	public static final Colour SELECTION_COLOUR = new Colour(1f, 0.55f, 0.05f, 1f);

	private final Object lock = new Object();
	private SceneElement[] elements = new SceneElement[256];
	private float[] elementBounds = new float[6 * 256];
	private int elementCount;
	private final Map<String, Integer> byGlobalId = new HashMap<>();
	private final Map<Colour, MeshBatch.Builder> open = new LinkedHashMap<>();
	private final List<MeshBatch> batches = new CopyOnWriteArrayList<>();
	private boolean instancing = false;
	/** Meshes with a placement, held until publish decides which geometry is placed more than once. */
	private final InstancedBatch.Collector repeated = new InstancedBatch.Collector();
	private final List<InstancedBatch> instanced = new CopyOnWriteArrayList<>();
	private boolean originSet;
	private double originX, originY, originZ;
	private final float[] bounds = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE,
			-Float.MAX_VALUE, -Float.MAX_VALUE};
	private long triangleCount;
	private volatile int geometryVersion;

	// display state, one thread
	private final BitSet hidden = new BitSet();
	private boolean spacesVisible;
	private final BitSet selected = new BitSet();
	private final BitSet xrayFocus = new BitSet();
	private boolean xray;
	private int[] colourOverride = new int[256];
	private byte[] mode = new byte[256];
	private int[] stateColour = new int[256];
	private final List<SectionPlane> sections = new ArrayList<>();
	private int stateVersion;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	// ------------------------------------------------------------------ geometry

	/**
	 * Adds a product's meshes; a product without meshes is registered (for its GlobalId) but draws
	 * nothing. Thread-safe.
	 *
	 * @return the product's element
	 */
	public SceneElement add(ProductGeometry product) {
		synchronized (lock) {
			Integer known = product.globalId() == null ? null : byGlobalId.get(product.globalId());
			if (known != null) {
				return elements[known];
			}
			int index = elementCount;
			growElements(index + 1);
			int b = 6 * index;
			elementBounds[b] = elementBounds[b + 1] = elementBounds[b + 2] = Float.MAX_VALUE;
			elementBounds[b + 3] = elementBounds[b + 4] = elementBounds[b + 5] = -Float.MAX_VALUE;
			int triangles = 0;
			for (Mesh mesh : product.meshes()) {
				if (mesh.triangleCount() == 0) {
					continue;
				}
				if (!originSet) {
					originX = mesh.positions()[0];
					originY = mesh.positions()[1];
					originZ = mesh.positions()[2];
					originSet = true;
				}
				if (instancing && InstancedBatch.Collector.canHold(mesh)) {
					repeated.hold(index, mesh);
				} else {
					addToBatch(index, mesh);
				}
				float[] p = mesh.positions();
				for (int v = 0; v < p.length; v += 3) {
					for (int k = 0; k < 3; k++) {
						float c = (float) (p[v + k] - origin(k));
						elementBounds[b + k] = Math.min(elementBounds[b + k], c);
						elementBounds[b + 3 + k] = Math.max(elementBounds[b + 3 + k], c);
					}
				}
				triangles += mesh.triangleCount();
			}
			for (int k = 0; k < 3; k++) {
				bounds[k] = Math.min(bounds[k], elementBounds[b + k]);
				bounds[k + 3] = Math.max(bounds[k + 3], elementBounds[b + 3 + k]);
			}
			triangleCount += triangles;
			SceneElement element = new SceneElement(index, product.productId(), product.globalId(), product.ifcClass(),
					triangles);
			elements[index] = element;
			if (product.globalId() != null) {
				byGlobalId.put(product.globalId(), index);
			}
			elementCount = index + 1;
			return element;
		}
	}

	private void addToBatch(int element, Mesh mesh) {
		MeshBatch.Builder builder = open.computeIfAbsent(mesh.colour(), MeshBatch.Builder::new);
		if (builder.vertexCount() + mesh.vertexCount() > BATCH_VERTEX_LIMIT && !builder.isEmpty()) {
			batches.add(builder.seal());
			builder = new MeshBatch.Builder(mesh.colour());
			open.put(mesh.colour(), builder);
		}
		builder.add(element, mesh.positions(), mesh.normals(), mesh.indices(), originX, originY, originZ);
	}

	/**
	 * Whether geometry placed several times (IfcMappedItem: windows, doors, furniture) is kept once and
	 * drawn instanced, or copied into the batches like the rest (the default: instanced copies are
	 * always drawn at full detail, which costs more than the levels of detail save on models such as
	 * ISSUE_021_Mini_Project). Set it before adding.
	 */
	public void setInstancing(boolean on) {
		synchronized (lock) {
			if (elementCount > 0 && on != instancing) {
				throw new IllegalStateException("instancing is chosen before the first product is added");
			}
			instancing = on;
		}
	}

	public boolean isInstancing() {
		synchronized (lock) {
			return instancing;
		}
	}

	/** Adds many products and publishes them. */
	public void addAll(Collection<ProductGeometry> products) {
		for (ProductGeometry p : products) {
			add(p);
		}
		publish();
	}

	/**
	 * How soon after the first product of a streamed model a loader publishes what has come, in
	 * milliseconds, so that a large model shows something as early as it can: the workbench's model
	 * load and {@code bench render}'s first frame while streaming both use it.
	 */
	public static final long FIRST_PUBLISH_MILLIS = 100;

	/** Makes everything added so far drawable. Thread-safe; tells the listeners. */
	public void publish() {
		synchronized (lock) {
			if (!repeated.isEmpty()) {
				List<InstancedBatch> sealed = new ArrayList<>();
				repeated.release(originX, originY, originZ, sealed, this::addToBatch);
				instanced.addAll(sealed);
			}
			for (MeshBatch.Builder builder : open.values()) {
				if (!builder.isEmpty()) {
					batches.add(builder.seal());
				}
			}
			open.clear();
			geometryVersion++;
		}
		fireChanged();
	}

	private double origin(int axis) {
		return axis == 0 ? originX : axis == 1 ? originY : originZ;
	}

	private void growElements(int needed) {
		if (needed <= elements.length) {
			return;
		}
		int capacity = Math.max(needed, elements.length * 2);
		elements = Arrays.copyOf(elements, capacity);
		elementBounds = Arrays.copyOf(elementBounds, 6 * capacity);
	}

	/** The sealed batches, in the order they were sealed. */
	List<MeshBatch> batches() {
		return batches;
	}

	/** The sealed geometries drawn instanced, in the order they were sealed. */
	List<InstancedBatch> instancedBatches() {
		return instanced;
	}

	/** How many geometries are drawn instanced, and how many copies of them in all. */
	public int instancedGeometryCount() {
		return instanced.size();
	}

	public int instanceCount() {
		int n = 0;
		for (InstancedBatch b : instanced) {
			n += b.instanceCount();
		}
		return n;
	}

	/** Bumped by every {@link #publish()}. */
	public int geometryVersion() {
		return geometryVersion;
	}

	public int elementCount() {
		synchronized (lock) {
			return elementCount;
		}
	}

	public SceneElement element(int index) {
		synchronized (lock) {
			return elements[index];
		}
	}

	/** The element of that GlobalId, or {@code null}. */
	public SceneElement element(String globalId) {
		synchronized (lock) {
			Integer i = byGlobalId.get(globalId);
			return i == null ? null : elements[i];
		}
	}

	/** Every element, in the order added. */
	public List<SceneElement> elements() {
		synchronized (lock) {
			return List.of(Arrays.copyOf(elements, elementCount));
		}
	}

	public long triangleCount() {
		synchronized (lock) {
			return triangleCount;
		}
	}

	/** Draw calls a frame needs at most: one per batch and pass. */
	public int batchCount() {
		return batches.size();
	}

	/** The scene origin in world coordinates; scene coordinates are world minus origin. */
	public double[] origin() {
		synchronized (lock) {
			return new double[]{originX, originY, originZ};
		}
	}

	/** Bounds of everything in world coordinates, or {@code null} when empty. */
	public BoundingBox bounds() {
		synchronized (lock) {
			return toWorld(bounds, 0);
		}
	}

	/** Bounds of the given elements in world coordinates, or {@code null} if they have no geometry. */
	public BoundingBox bounds(BitSet which) {
		synchronized (lock) {
			float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE,
					-Float.MAX_VALUE};
			for (int i = which.nextSetBit(0); i >= 0 && i < elementCount; i = which.nextSetBit(i + 1)) {
				for (int k = 0; k < 3; k++) {
					b[k] = Math.min(b[k], elementBounds[6 * i + k]);
					b[k + 3] = Math.max(b[k + 3], elementBounds[6 * i + 3 + k]);
				}
			}
			return toWorld(b, 0);
		}
	}

	private BoundingBox toWorld(float[] b, int o) {
		if (b[o] > b[o + 3]) {
			return null;
		}
		return new BoundingBox(b[o] + originX, b[o + 1] + originY, b[o + 2] + originZ, b[o + 3] + originX,
				b[o + 4] + originY, b[o + 5] + originZ);
	}

	// ------------------------------------------------------------------ display state

	/** Hides or shows elements. */
	public void setHidden(BitSet elements, boolean hide) {
		for (int i = elements.nextSetBit(0); i >= 0; i = elements.nextSetBit(i + 1)) {
			hidden.set(i, hide);
		}
		stateChanged();
	}

	/** Shows only the given elements. */
	public void isolate(BitSet elements) {
		hidden.clear();
		hidden.set(0, elementCount());
		hidden.andNot(elements);
		stateChanged();
	}

	/** Shows every element and ends X-ray. */
	public void showAll() {
		hidden.clear();
		xray = false;
		xrayFocus.clear();
		stateChanged();
	}

	public BitSet hidden() {
		return (BitSet) hidden.clone();
	}

	public boolean isHidden(int element) {
		return hidden.get(element) || !spacesVisible && isSpace(element);
	}

	/**
	 * Shows or hides the IfcSpace volumes. They are off by default, as BCF's {@code SpacesVisible}
	 * hint: they are air, and drawn they cover floors and fill every section with cut faces.
	 */
	public void setSpacesVisible(boolean visible) {
		spacesVisible = visible;
		stateChanged();
	}

	public boolean spacesVisible() {
		return spacesVisible;
	}

	private boolean isSpace(int element) {
		return "IfcSpace".equals(element(element).ifcClass());
	}

	/** Replaces the selection. */
	public void select(BitSet elements) {
		selected.clear();
		selected.or(elements);
		stateChanged();
	}

	public BitSet selection() {
		return (BitSet) selected.clone();
	}

	/** GlobalIds of the selected elements. */
	public List<String> selectedGlobalIds() {
		List<String> out = new ArrayList<>();
		for (int i = selected.nextSetBit(0); i >= 0; i = selected.nextSetBit(i + 1)) {
			out.add(element(i).globalId());
		}
		return out;
	}

	/** Elements of the given GlobalIds that are in the scene. */
	public BitSet elementsOf(Collection<String> globalIds) {
		BitSet out = new BitSet();
		synchronized (lock) {
			for (String g : globalIds) {
				Integer i = byGlobalId.get(g);
				if (i != null) {
					out.set(i);
				}
			}
		}
		return out;
	}

	/**
	 * X-ray: the focus elements are drawn as usual, every other visible element as a faint
	 * see-through ghost that picking ignores.
	 */
	public void setXray(BitSet focus) {
		xray = true;
		xrayFocus.clear();
		xrayFocus.or(focus);
		stateChanged();
	}

	public void clearXray() {
		xray = false;
		xrayFocus.clear();
		stateChanged();
	}

	public boolean isXray() {
		return xray;
	}

	public BitSet xrayFocus() {
		return (BitSet) xrayFocus.clone();
	}

	/** Paints an element in a colour of its own, or back in its materials' colours with {@code null}. */
	public void setColour(int element, Colour colour) {
		ensureState(element + 1);
		colourOverride[element] = colour == null ? 0 : pack(colour);
		stateChanged();
	}

	/** The override colour of an element, or {@code null}. */
	public Colour colour(int element) {
		if (element >= colourOverride.length || colourOverride[element] == 0) {
			return null;
		}
		int c = colourOverride[element];
		return new Colour((c >>> 24) / 255f, ((c >>> 16) & 255) / 255f, ((c >>> 8) & 255) / 255f, 1f);
	}

	/** Removes every colour override. */
	public void clearColours() {
		Arrays.fill(colourOverride, 0);
		stateChanged();
	}

	/**
	 * Colours every element by a key (its class, storey, material, take-off line...), one distinct
	 * colour per key; elements whose key is {@code null} keep their own colours.
	 *
	 * @return the legend: each key with its colour, in order of first appearance
	 */
	public Map<Object, Colour> colourBy(Function<SceneElement, Object> key) {
		Map<Object, Colour> legend = new LinkedHashMap<>();
		int n = elementCount();
		ensureState(n);
		for (int i = 0; i < n; i++) {
			Object k = key.apply(element(i));
			if (k == null) {
				colourOverride[i] = 0;
				continue;
			}
			Colour c = legend.computeIfAbsent(k, x -> paletteColour(legend.size()));
			colourOverride[i] = pack(c);
		}
		stateChanged();
		return legend;
	}

	/** Distinct, saturated colours: hues spaced by the golden angle. */
	static Colour paletteColour(int i) {
		float hue = (float) ((i * 0.618033988749895) % 1.0);
		float s = 0.55f, v = 0.9f;
		float h6 = hue * 6f;
		int sector = (int) h6;
		float f = h6 - sector;
		float p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
		return switch (sector % 6) {
			case 0 -> new Colour(v, t, p, 1f);
			case 1 -> new Colour(q, v, p, 1f);
			case 2 -> new Colour(p, v, t, 1f);
			case 3 -> new Colour(p, q, v, 1f);
			case 4 -> new Colour(t, p, v, 1f);
			default -> new Colour(v, p, q, 1f);
		};
	}

	/** Replaces the section planes (at most {@link SceneRenderer#MAX_SECTION_PLANES}). */
	public void setSections(List<SectionPlane> planes) {
		if (planes.size() > SceneRenderer.MAX_SECTION_PLANES) {
			throw new IllegalArgumentException(planes.size() + " section planes given; the viewer cuts with at most "
					+ SceneRenderer.MAX_SECTION_PLANES);
		}
		sections.clear();
		sections.addAll(planes);
		stateChanged();
	}

	/**
	 * Moves every section plane along its own normal: positive shows more (a box grows), negative
	 * cuts more. Does nothing without sections.
	 */
	public void moveSections(double distance) {
		if (sections.isEmpty()) {
			return;
		}
		sections.replaceAll(p -> p.moved(distance));
		stateChanged();
	}

	/** The live list, for the renderer: no copy per frame. */
	List<SectionPlane> sectionsView() {
		return sections;
	}

	/** Bounds in scene coordinates (min xyz, max xyz), the live array, for the renderer. */
	float[] localBounds() {
		return bounds;
	}

	public List<SectionPlane> sections() {
		return List.copyOf(sections);
	}

	/** Bumped by every change of the display state. */
	public int stateVersion() {
		return stateVersion;
	}

	/** Called after each geometry or state change, on the thread that made it. */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void stateChanged() {
		stateVersion++;
		fireChanged();
	}

	private void fireChanged() {
		for (Runnable l : listeners) {
			l.run();
		}
	}

	private void ensureState(int n) {
		if (n > colourOverride.length) {
			int capacity = Math.max(n, colourOverride.length * 2);
			colourOverride = Arrays.copyOf(colourOverride, capacity);
			mode = Arrays.copyOf(mode, capacity);
			stateColour = Arrays.copyOf(stateColour, capacity);
		}
	}

	private static int pack(Colour c) {
		return (Math.round(c.red() * 255) << 24) | (Math.round(c.green() * 255) << 16)
				| (Math.round(c.blue() * 255) << 8) | 255;
	}

	/**
	 * Recomputes per element the mode and the colour given to the shader (RGBA, 0 = the material's).
	 * Called by a renderer when {@link #stateVersion()} moved; not per frame.
	 */
	void resolveState() {
		int n = elementCount();
		ensureState(n);
		int highlight = pack(SELECTION_COLOUR);
		for (int i = 0; i < n; i++) {
			mode[i] = isHidden(i) ? HIDDEN : (xray && !xrayFocus.get(i)) ? GHOSTED : SHOWN;
			stateColour[i] = selected.get(i) ? highlight : colourOverride[i];
		}
	}

	byte[] modes() {
		return mode;
	}

	int[] stateColours() {
		return stateColour;
	}
}
