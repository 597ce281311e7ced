package org.bidbench.sales.core.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.bidbench.ifc.io.AtomicWrite;

/**
 * What this user last saw of each audit log: the sequence number and hash of its last entry, in
 * {@code ~/.bidbench/audit-witness.properties}, keyed by the log's location. Whoever controls
 * the store (the database owner) could cut entries off the end or re-sign a whole chain with
 * keys they register; a user's witness, kept outside the store, shows both.
 */
public final class AuditWitnessFile {

	private final Path file;

	public AuditWitnessFile(Path file) {
		this.file = file;
	}

	public static AuditWitnessFile inUserHome() {
		return new AuditWitnessFile(Path.of(System.getProperty("user.home"), ".bidbench", "audit-witness.properties"));
	}

	public Path file() {
		return file;
	}

	/** The witness for the log at this location, or null when this user never checked it. */
	public AuditChain.Witness get(String location) throws AuditException {
		String value = load().getProperty(location);
		if (value == null) {
			return null;
		}
		String[] parts = value.split(" ", 2);
		try {
			return new AuditChain.Witness(Long.parseLong(parts[0]), parts[1]);
		} catch (RuntimeException e) {
			throw new AuditException(file + ": the witness of " + location + " is not 'SEQUENCE HASH'; delete that line to start afresh");
		}
	}

	/** Remembers the last entry of an intact log (never goes back to an earlier one). */
	public void remember(String location, long sequence, String hash) throws AuditException {
		Properties properties = load();
		AuditChain.Witness known = get(location);
		if (known != null && known.sequence() > sequence) {
			return;
		}
		properties.setProperty(location, sequence + " " + hash);
		try {
			StringWriter text = new StringWriter();
			properties.store(text, "The last audit entry this user saw in each BidBench store (bidbench audit verify)");
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			AtomicWrite.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new AuditException("Cannot save the audit witness " + file + ": " + e.getMessage(), e);
		}
	}

	private Properties load() throws AuditException {
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(in);
			} catch (IOException e) {
				throw new AuditException("Cannot read the audit witness " + file + ": " + e.getMessage(), e);
			}
		}
		return properties;
	}
}
