package org.bidbench.geometry.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.geometry.Colour;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;

import com.google.gson.stream.JsonWriter;

/**
 * Writes meshed products as binary glTF 2.0 (.glb): one node per product, one primitive per mesh,
 * one material per distinct colour; each node carries the product's GlobalId, IFC class, #id and
 * name in its {@code extras}, so any glTF viewer shows what was computed for which element.
 *
 * <p>Coordinates stay in metres; a root node turns the IFC's Z up into glTF's Y up. Products are
 * added one at a time (as a stream delivers them) and kept until {@link #write}.
 */
public final class GlbWriter {

	private static final int FLOAT = 5126;
	private static final int UNSIGNED_INT = 5125;
	private static final int ARRAY_BUFFER = 34962;
	private static final int ELEMENT_ARRAY_BUFFER = 34963;

	private final ByteArrayOutputStream bin = new ByteArrayOutputStream();
	private final List<BufferView> bufferViews = new ArrayList<>();
	private final List<Accessor> accessors = new ArrayList<>();
	private final List<ProductNode> nodes = new ArrayList<>();
	private final Map<Colour, Integer> materials = new LinkedHashMap<>();
	private long triangles;

	/** What the glTF JSON will say of each part; kept small and written out at {@link #write}. */
	private record BufferView(int byteOffset, int byteLength, int target) {
	}

	private record Accessor(int bufferView, int componentType, int count, String type, float[][] minMax) {
	}

	private record Primitive(int position, int normal, int indices, int material) {
	}

	/** A product's node and its mesh (node i has mesh i). */
	private record ProductNode(String globalId, String ifcClass, int expressId, String name,
			List<Primitive> primitives) {
	}

	/**
	 * Adds a product; products without meshes are skipped.
	 *
	 * @param name the product's name for the node's extras, or {@code null}
	 */
	public void add(ProductGeometry product, String name) {
		if (!product.isMeshed()) {
			return;
		}
		List<Primitive> primitives = new ArrayList<>();
		for (Mesh mesh : product.meshes()) {
			if (mesh.triangleCount() == 0) {
				continue;
			}
			int position = accessor(floats(mesh.positions()), ARRAY_BUFFER, FLOAT, mesh.vertexCount(), "VEC3",
					bounds(mesh.positions()));
			int normal = accessor(floats(mesh.normals()), ARRAY_BUFFER, FLOAT, mesh.vertexCount(), "VEC3", null);
			int index = accessor(ints(mesh.indices()), ELEMENT_ARRAY_BUFFER, UNSIGNED_INT, mesh.indices().length,
					"SCALAR", null);
			int material = materials.computeIfAbsent(mesh.colour(), c -> materials.size());
			primitives.add(new Primitive(position, normal, index, material));
			triangles += mesh.triangleCount();
		}
		if (!primitives.isEmpty()) {
			nodes.add(new ProductNode(product.globalId(), product.ifcClass(), product.productId(), name,
					List.copyOf(primitives)));
		}
	}

	/** Products added with at least one mesh. */
	public int productCount() {
		return nodes.size();
	}

	public long triangleCount() {
		return triangles;
	}

	/**
	 * Writes the .glb.
	 *
	 * @param generator written into the asset's {@code generator}, e.g. {@code BidBench 0.1.0 (web-ifc)}
	 */
	public void write(OutputStream out, String generator) throws IOException {
		byte[] binary = bin.toByteArray();
		byte[] jsonBytes = pad(json(generator, binary.length).getBytes(StandardCharsets.UTF_8), (byte) ' ');
		boolean hasBin = binary.length > 0;
		int length = 12 + 8 + jsonBytes.length + (hasBin ? 8 + binary.length : 0);
		ByteBuffer header = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
		header.putInt(0x46546C67).putInt(2).putInt(length); // "glTF", version 2
		header.putInt(jsonBytes.length).putInt(0x4E4F534A); // "JSON"
		out.write(header.array());
		out.write(jsonBytes);
		if (hasBin) {
			ByteBuffer binHeader = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
			binHeader.putInt(binary.length).putInt(0x004E4942); // "BIN\0"
			out.write(binHeader.array());
			out.write(binary);
		}
	}

	private int accessor(byte[] data, int target, int componentType, int count, String type, float[][] minMax) {
		int offset = bin.size();
		bin.writeBytes(data);
		while (bin.size() % 4 != 0) {
			bin.write(0);
		}
		bufferViews.add(new BufferView(offset, data.length, target));
		accessors.add(new Accessor(bufferViews.size() - 1, componentType, count, type, minMax));
		return accessors.size() - 1;
	}

	/** The glTF JSON chunk: products' nodes, then the root node that turns Z up into Y up. */
	private String json(String generator, int binaryLength) throws IOException {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.beginObject();
			json.name("asset").beginObject().name("version").value("2.0").name("generator").value(generator).endObject();
			json.name("scene").value(0);
			json.name("scenes").beginArray().beginObject().name("nodes").beginArray().value(nodes.size()).endArray()
					.endObject().endArray();
			json.name("nodes").beginArray();
			for (int i = 0; i < nodes.size(); i++) {
				ProductNode node = nodes.get(i);
				json.beginObject().name("name").value(node.ifcClass() + " " + node.globalId()).name("mesh").value(i);
				json.name("extras").beginObject().name("globalId").value(node.globalId()).name("ifcClass")
						.value(node.ifcClass()).name("expressId").value(node.expressId());
				if (node.name() != null) {
					json.name("name").value(node.name());
				}
				json.endObject().endObject();
			}
			json.beginObject().name("name").value("IFC Z-up to glTF Y-up").name("rotation").beginArray()
					.jsonValue("-0.70710678").value(0).value(0).jsonValue("0.70710678").endArray();
			json.name("children").beginArray();
			for (int i = 0; i < nodes.size(); i++) {
				json.value(i);
			}
			json.endArray().endObject();
			json.endArray();
			if (!nodes.isEmpty()) {
				writeMeshes(json);
				writeMaterials(json);
				writeAccessors(json);
				json.name("bufferViews").beginArray();
				for (BufferView v : bufferViews) {
					json.beginObject().name("buffer").value(0).name("byteOffset").value(v.byteOffset())
							.name("byteLength").value(v.byteLength()).name("target").value(v.target()).endObject();
				}
				json.endArray();
				json.name("buffers").beginArray().beginObject().name("byteLength").value(binaryLength).endObject()
						.endArray();
			}
			json.endObject();
		}
		return text.toString();
	}

	private void writeMeshes(JsonWriter json) throws IOException {
		json.name("meshes").beginArray();
		for (ProductNode node : nodes) {
			json.beginObject().name("name").value(node.globalId()).name("primitives").beginArray();
			for (Primitive p : node.primitives()) {
				json.beginObject().name("attributes").beginObject().name("POSITION").value(p.position())
						.name("NORMAL").value(p.normal()).endObject();
				json.name("indices").value(p.indices()).name("material").value(p.material()).name("mode").value(4)
						.endObject();
			}
			json.endArray().endObject();
		}
		json.endArray();
	}

	private void writeMaterials(JsonWriter json) throws IOException {
		json.name("materials").beginArray();
		for (Colour c : materials.keySet()) {
			json.beginObject().name("pbrMetallicRoughness").beginObject().name("baseColorFactor").beginArray();
			for (float v : new float[]{c.red(), c.green(), c.blue(), c.alpha()}) {
				json.jsonValue(Float.toString(Math.max(0f, Math.min(1f, v))));
			}
			json.endArray().name("metallicFactor").value(0).name("roughnessFactor").value(1).endObject();
			if (c.isTransparent()) {
				json.name("alphaMode").value("BLEND");
			}
			json.name("doubleSided").value(true).endObject();
		}
		json.endArray();
	}

	private void writeAccessors(JsonWriter json) throws IOException {
		json.name("accessors").beginArray();
		for (Accessor a : accessors) {
			json.beginObject().name("bufferView").value(a.bufferView()).name("componentType")
					.value(a.componentType()).name("count").value(a.count()).name("type").value(a.type());
			if (a.minMax() != null) {
				json.name("min");
				floats(json, a.minMax()[0]);
				json.name("max");
				floats(json, a.minMax()[1]);
			}
			json.endObject();
		}
		json.endArray();
	}

	private static void floats(JsonWriter json, float[] v) throws IOException {
		// Float.toString round-trips the float exactly, as the validator checks min/max bit for bit.
		json.beginArray();
		for (float f : v) {
			json.jsonValue(Float.toString(f));
		}
		json.endArray();
	}

	private static float[][] bounds(float[] p) {
		float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
		float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
		for (int i = 0; i < p.length; i++) {
			min[i % 3] = Math.min(min[i % 3], p[i]);
			max[i % 3] = Math.max(max[i % 3], p[i]);
		}
		return new float[][]{min, max};
	}

	private static byte[] floats(float[] values) {
		ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		b.asFloatBuffer().put(values);
		return b.array();
	}

	private static byte[] ints(int[] values) {
		ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		b.asIntBuffer().put(values);
		return b.array();
	}

	private static byte[] pad(byte[] bytes, byte filler) {
		int padded = (bytes.length + 3) & ~3;
		if (padded == bytes.length) {
			return bytes;
		}
		byte[] out = java.util.Arrays.copyOf(bytes, padded);
		java.util.Arrays.fill(out, bytes.length, padded, filler);
		return out;
	}
}
