package org.bidbench.geometry.webifc.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.geometry.Colour;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.Mesh;

import com.caoccao.javet.enums.V8ValueReferenceType;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.NodeRuntime;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.primitive.V8ValueString;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueObject;
import com.caoccao.javet.values.reference.V8ValueTypedArray;

/**
 * One Node.js runtime with web-ifc loaded. Not thread-safe: {@link WebIfcEngine} serialises calls;
 * only {@link #terminate()} may be called from another thread.
 */
final class WebIfcRuntime implements AutoCloseable {

	private final NodeRuntime node;
	private final V8ValueObject bridge;
	private final String version;

	private WebIfcRuntime(NodeRuntime node, V8ValueObject bridge, String version) {
		this.node = node;
		this.bridge = bridge;
		this.version = version;
	}

	/** Starts Node.js, loads web-ifc from {@code dir} and waits for its WebAssembly to be ready. */
	static WebIfcRuntime start(Path dir) throws GeometryException {
		NodeRuntime node = null;
		try {
			node = V8Host.getNodeInstance().createV8Runtime();
			try (V8ValueObject global = node.getGlobalObject()) {
				global.set("bidbenchWebIfcDir", dir.toAbsolutePath() + "/");
			}
			String driver = Files.readString(dir.resolve("webifc-driver.js"));
			node.getExecutor(driver).setResourceName(dir.resolve("webifc-driver.js").toString()).executeVoid();
			V8ValueObject bridge;
			try (V8ValueObject global = node.getGlobalObject()) {
				bridge = global.get("bidbenchWebIfc");
			}
			bridge.invokeVoid("init");
			// Init resolves after the WebAssembly is compiled: run Node's event loop until then.
			long deadline = System.nanoTime() + 60_000_000_000L;
			String state;
			while ("starting".equals(state = bridge.getString("state")) && System.nanoTime() < deadline) {
				node.await();
				if ("starting".equals(bridge.getString("state"))) {
					Thread.sleep(5);
				}
			}
			if (!"ready".equals(state)) {
				String error = bridge.getString("error");
				bridge.close();
				throw new GeometryException("web-ifc did not start in " + dir + " (" + (error == null ? state : error)
						+ "): reinstall BidBench or delete that folder so it is copied again");
			}
			String version = bridge.invokeString("version");
			return new WebIfcRuntime(node, bridge, version);
		} catch (GeometryException e) {
			closeQuietly(node);
			throw e;
		} catch (Exception | LinkageError e) {
			closeQuietly(node);
			throw new GeometryException("cannot start Node.js with web-ifc from " + dir + " (" + e
					+ "): check that the bundle com.caoccao.javet and its platform fragment for "
					+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + " are installed", e);
		}
	}

	String version() {
		return version;
	}

	/**
	 * Runs web-ifc's reader over a small made-up model a few times so that its WebAssembly is
	 * optimised before a real model is read; a failure only means no warm-up.
	 */
	void warmReader() {
		try {
			bridge.invokeVoid("warmReader");
		} catch (JavetException e) {
			// The real load meets whatever is wrong and reports it.
			WebIfcEngine.trace("no warm-up of the reader: %s", e.getMessage());
		}
	}

	/** Opens an IFC file by path; returns web-ifc's model id. */
	int openFile(Path file) throws JavetException {
		return bridge.invokeInteger("openFile", file.toAbsolutePath().toString());
	}

	/** Opens IFC content already in memory (an extracted .ifczip). */
	int openBytes(byte[] content) throws JavetException {
		try (V8ValueTypedArray array = node.createV8ValueTypedArray(V8ValueReferenceType.Uint8Array, content.length)) {
			array.fromBytes(content);
			return bridge.invokeInteger("openBytes", array);
		}
	}

	void closeModel(int modelId) throws JavetException {
		bridge.invokeVoid("close", modelId);
	}

	boolean alive(int modelId) {
		try {
			return Boolean.TRUE.equals(bridge.invokeBoolean("alive", modelId));
		} catch (JavetException e) {
			return false;
		}
	}

	int[] streamedIds(int modelId) throws JavetException {
		try (V8ValueTypedArray ids = bridge.invoke("streamedIds", modelId)) {
			return ids.toIntegers();
		}
	}

	/** Milliseconds spent inside web-ifc's side of {@link #meshes} since the runtime started. */
	double millisInside() throws JavetException {
		return bridge.getDouble("millisInside");
	}

	/** Test seam: the next {@link #meshes} call for {@code expressId} loops until interrupted. */
	void hangOn(int expressId) throws JavetException {
		bridge.set("hangOn", expressId);
	}

	String globalId(int modelId, int expressId) throws JavetException {
		return bridge.invokeString("globalId", modelId, expressId);
	}

	/**
	 * The meshes of one element in world coordinates, metres, Z up.
	 *
	 * @throws ElementFailure when web-ifc reports an error for the element
	 */
	List<Mesh> meshes(int modelId, int expressId) throws JavetException, ElementFailure {
		try (V8ValueArray result = bridge.invoke("mesh", modelId, expressId)) {
			V8Value[] values = result.batchGet();
			try {
				if (values.length == 1 && values[0] instanceof V8ValueString error) {
					throw new ElementFailure(error.getValue());
				}
				List<Mesh> meshes = new ArrayList<>(values.length / 8);
				for (int i = 0; i + 7 < values.length; i += 8) {
					float[] vertexData = ((V8ValueTypedArray) values[i]).toFloats();
					int[] indices = ((V8ValueTypedArray) values[i + 1]).toIntegers();
					double[] placement = ((V8ValueTypedArray) values[i + 2]).toDoubles();
					Colour colour = new Colour(number(values[i + 3]), number(values[i + 4]), number(values[i + 5]),
							number(values[i + 6]));
					int itemId = (int) number(values[i + 7]);
					meshes.add(toWorld(vertexData, indices, placement, colour, itemId));
				}
				return meshes;
			} finally {
				for (V8Value v : values) {
					v.close();
				}
			}
		}
	}

	private static float number(V8Value value) {
		return value instanceof com.caoccao.javet.values.primitive.V8ValueDouble d
				? d.getValue().floatValue()
				: value instanceof com.caoccao.javet.values.primitive.V8ValueInteger n ? n.getValue().floatValue() : 0f;
	}

	/**
	 * Applies web-ifc's placement (column-major, in its Y-up frame) in double precision and turns the
	 * result back into the IFC frame: Y-up (x, y, z) is IFC (x, -z, y).
	 */
	static Mesh toWorld(float[] vertexData, int[] indices, double[] m, Colour colour, int itemId) {
		int n = vertexData.length / 6;
		float[] positions = new float[n * 3];
		float[] normals = new float[n * 3];
		for (int v = 0; v < n; v++) {
			double x = vertexData[6 * v], y = vertexData[6 * v + 1], z = vertexData[6 * v + 2];
			double px = m[0] * x + m[4] * y + m[8] * z + m[12];
			double py = m[1] * x + m[5] * y + m[9] * z + m[13];
			double pz = m[2] * x + m[6] * y + m[10] * z + m[14];
			positions[3 * v] = (float) px;
			positions[3 * v + 1] = (float) -pz;
			positions[3 * v + 2] = (float) py;
			double nx = vertexData[6 * v + 3], ny = vertexData[6 * v + 4], nz = vertexData[6 * v + 5];
			double qx = m[0] * nx + m[4] * ny + m[8] * nz;
			double qy = m[1] * nx + m[5] * ny + m[9] * nz;
			double qz = m[2] * nx + m[6] * ny + m[10] * nz;
			double len = Math.sqrt(qx * qx + qy * qy + qz * qz);
			if (len > 0) {
				qx /= len;
				qy /= len;
				qz /= len;
			} else {
				qx = 0; // a degenerate normal still has to be a unit vector for glTF and shading
				qy = 1;
				qz = 0;
			}
			normals[3 * v] = (float) qx;
			normals[3 * v + 1] = (float) -qz;
			normals[3 * v + 2] = (float) qy;
		}
		// A mirroring placement turns the triangles inside out: swap two corners to keep them outward.
		double det = m[0] * (m[5] * m[10] - m[9] * m[6]) - m[4] * (m[1] * m[10] - m[9] * m[2])
				+ m[8] * (m[1] * m[6] - m[5] * m[2]);
		if (det < 0) {
			indices = indices.clone();
			for (int t = 0; t < indices.length; t += 3) {
				int s = indices[t + 1];
				indices[t + 1] = indices[t + 2];
				indices[t + 2] = s;
			}
		}
		return new Mesh(positions, normals, indices, colour, itemId, placementInIfcFrame(m));
	}

	/** The placement followed by the turn back into the IFC frame, as one matrix (column-major). */
	static double[] placementInIfcFrame(double[] m) {
		double[] p = new double[16];
		for (int column = 0; column < 4; column++) {
			p[4 * column] = m[4 * column];
			p[4 * column + 1] = -m[4 * column + 2];
			p[4 * column + 2] = m[4 * column + 1];
			p[4 * column + 3] = m[4 * column + 3];
		}
		return p;
	}

	/** Stops the JavaScript running now; safe from any thread. The runtime must be closed afterwards. */
	void terminate() {
		node.terminateExecution();
	}

	@Override
	public void close() {
		try {
			bridge.close();
		} catch (JavetException | RuntimeException e) {
			// The runtime goes away below, and with it the bridge.
		}
		closeQuietly(node);
	}

	private static void closeQuietly(NodeRuntime node) {
		if (node != null && !node.isClosed()) {
			try {
				node.close();
			} catch (JavetException | RuntimeException e) {
				// Nothing to recover: the isolate is being torn down anyway.
			}
		}
	}

	/** web-ifc threw for one element; the message is its error. */
	static final class ElementFailure extends Exception {
		private static final long serialVersionUID = 1L;

		ElementFailure(String message) {
			super(message);
		}
	}
}
