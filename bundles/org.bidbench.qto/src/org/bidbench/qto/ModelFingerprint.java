package org.bidbench.qto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of a model file: the key, with the GlobalIds, that ties a quote to the exact model
 * it was priced from. Remembered per path, size and modification time, so re-running a take-off
 * does not hash a 200 MB file again.
 */
public final class ModelFingerprint {

	private record Stamp(long size, long modified) {
	}

	private record Known(Stamp stamp, String sha256) {
	}

	private static final Map<Path, Known> KNOWN = new ConcurrentHashMap<>();

	private ModelFingerprint() {
	}

	/** Lower-case hex SHA-256 of the file's bytes. */
	public static String sha256(Path file) throws IOException {
		Path key = file.toAbsolutePath().normalize();
		Stamp stamp = new Stamp(Files.size(key), Files.getLastModifiedTime(key).toMillis());
		Known known = KNOWN.get(key);
		if (known != null && known.stamp.equals(stamp)) {
			return known.sha256;
		}
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(key)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		String hex = HexFormat.of().formatHex(digest.digest());
		KNOWN.put(key, new Known(stamp, hex));
		return hex;
	}
}
