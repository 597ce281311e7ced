package org.bidbench.signing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Makes a firm's signing key store in a test folder with the JDK's keytool, as a firm would; no private key is ever committed. */
public final class TestKeyStores {

	public static final String PASSWORD = "quote-signing";

	private TestKeyStores() {
	}

	public static Path make(Path folder, String commonName) throws Exception {
		Path file = folder.resolve("firm.p12");
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "firm", "-keyalg", "RSA", "-keysize", "2048",
				"-validity", "365", "-dname", "CN=" + commonName + ", O=BidBench Test Engineering, C=CN", "-storetype", "PKCS12", "-keystore",
				file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new AssertionError("keytool failed: " + output);
		}
		return file;
	}
}
