package org.bidbench.geometry.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bidbench.geometry.Colour;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;

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
	private final StringBuilder bufferViews = new StringBuilder();
	private final StringBuilder accessors = new StringBuilder();
	private final StringBuilder meshes = new StringBuilder();
	private final StringBuilder nodes = new StringBuilder();
	private final List<Integer> productNodes = new ArrayList<>();
	private final Map<Colour, Integer> materials = new LinkedHashMap<>();
	private int bufferViewCount;
	private int accessorCount;
	private int meshCount;
	private int nodeCount;
	private long triangles;

	/**
	 * Adds a product; products without meshes are skipped.
	 *
	 * @param name the product's name for the node's extras, or {@code null}
	 */
	public void add(ProductGeometry product, String name) {
		if (!product.isMeshed()) {
			return;
		}
		StringBuilder primitives = new StringBuilder();
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
			comma(primitives).append("{\"attributes\":{\"POSITION\":").append(position).append(",\"NORMAL\":")
					.append(normal).append("},\"indices\":").append(index).append(",\"material\":").append(material)
					.append(",\"mode\":4}");
			triangles += mesh.triangleCount();
		}
		if (primitives.isEmpty()) {
			return;
		}
		comma(meshes).append("{\"name\":").append(json(product.globalId())).append(",\"primitives\":[")
				.append(primitives).append("]}");
		comma(nodes).append("{\"name\":").append(json(product.ifcClass() + " " + product.globalId()))
				.append(",\"mesh\":").append(meshCount++).append(",\"extras\":{\"globalId\":")
				.append(json(product.globalId())).append(",\"ifcClass\":").append(json(product.ifcClass()))
				.append(",\"expressId\":").append(product.productId());
		if (name != null) {
			nodes.append(",\"name\":").append(json(name));
		}
		nodes.append("}}");
		productNodes.add(nodeCount++);
	}

	/** Products added with at least one mesh. */
	public int productCount() {
		return productNodes.size();
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
		StringBuilder allNodes = new StringBuilder(nodes);
		int root = nodeCount;
		comma(allNodes).append("{\"name\":\"IFC Z-up to glTF Y-up\",\"rotation\":[-0.70710678,0,0,0.70710678]")
				.append(",\"children\":").append(productNodes).append("}");
		StringBuilder materialJson = new StringBuilder();
		for (Colour c : materials.keySet()) {
			comma(materialJson).append(String.format(Locale.ROOT,
					"{\"pbrMetallicRoughness\":{\"baseColorFactor\":[%s,%s,%s,%s],\"metallicFactor\":0,\"roughnessFactor\":1}",
					unit(c.red()), unit(c.green()), unit(c.blue()), unit(c.alpha())));
			materialJson.append(c.isTransparent() ? ",\"alphaMode\":\"BLEND\"" : "").append(",\"doubleSided\":true}");
		}
		byte[] binary = bin.toByteArray();
		StringBuilder json = new StringBuilder();
		json.append("{\"asset\":{\"version\":\"2.0\",\"generator\":").append(json(generator)).append("},");
		json.append("\"scene\":0,\"scenes\":[{\"nodes\":[").append(root).append("]}],");
		json.append("\"nodes\":[").append(allNodes).append("]");
		if (meshCount > 0) {
			json.append(",\"meshes\":[").append(meshes).append("]");
			json.append(",\"materials\":[").append(materialJson).append("]");
			json.append(",\"accessors\":[").append(accessors).append("]");
			json.append(",\"bufferViews\":[").append(bufferViews).append("]");
			json.append(",\"buffers\":[{\"byteLength\":").append(binary.length).append("}]");
		}
		json.append("}");
		byte[] jsonBytes = pad(json.toString().getBytes(StandardCharsets.UTF_8), (byte) ' ');
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
		comma(bufferViews).append("{\"buffer\":0,\"byteOffset\":").append(offset).append(",\"byteLength\":")
				.append(data.length).append(",\"target\":").append(target).append("}");
		comma(accessors).append("{\"bufferView\":").append(bufferViewCount++).append(",\"componentType\":")
				.append(componentType).append(",\"count\":").append(count).append(",\"type\":\"").append(type)
				.append("\"");
		if (minMax != null) {
			accessors.append(",\"min\":").append(array(minMax[0])).append(",\"max\":").append(array(minMax[1]));
		}
		accessors.append("}");
		return accessorCount++;
	}

	private static float[][] bounds(float[] p) {
		float[] min = { Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE };
		float[] max = { -Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE };
		for (int i = 0; i < p.length; i++) {
			min[i % 3] = Math.min(min[i % 3], p[i]);
			max[i % 3] = Math.max(max[i % 3], p[i]);
		}
		return new float[][] { min, max };
	}

	private static String array(float[] v) {
		// Float.toString round-trips the float exactly, as the validator checks min/max bit for bit.
		return "[" + Float.toString(v[0]) + "," + Float.toString(v[1]) + "," + Float.toString(v[2]) + "]";
	}

	private static String unit(float v) {
		return Float.toString(Math.max(0f, Math.min(1f, v)));
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

	private static StringBuilder comma(StringBuilder sb) {
		if (!sb.isEmpty()) {
			sb.append(',');
		}
		return sb;
	}

	static String json(String s) {
		if (s == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
