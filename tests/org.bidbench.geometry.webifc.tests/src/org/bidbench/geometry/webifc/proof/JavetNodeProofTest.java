package org.bidbench.geometry.webifc.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.caoccao.javet.interop.NodeRuntime;
import com.caoccao.javet.interop.V8Host;

/**
 * Proof that Javet loads its Node.js native library from its platform fragment inside OSGi, runs
 * JavaScript with Node's own modules, and closes cleanly.
 */
class JavetNodeProofTest {

	@Test
	void nodeRuntimeStartsEvaluatesAndCloses() throws Exception {
		NodeRuntime kept;
		try (NodeRuntime runtime = V8Host.getNodeInstance().createV8Runtime()) {
			kept = runtime;
			assertEquals(42, runtime.getExecutor("6 * 7").executeInteger());
			String version = runtime.getExecutor("process.version").executeString();
			assertTrue(version.matches("v\\d+\\.\\d+\\.\\d+"), "Node.js version " + version);
			assertEquals(System.getProperty("os.name").toLowerCase().contains("linux") ? "linux" : "other",
					runtime.getExecutor("require('os').platform() === 'linux' ? 'linux' : 'other'").executeString());
			assertEquals("中文", runtime.getExecutor("Buffer.from('中文', 'utf8').toString('utf8')").executeString(),
					"strings cross the JNI boundary as Unicode");
			System.out.println("Javet proof: Node.js " + version + " inside the OSGi runtime");
		}
		assertTrue(kept.isClosed(), "runtime is closed after try-with-resources");
	}
}
