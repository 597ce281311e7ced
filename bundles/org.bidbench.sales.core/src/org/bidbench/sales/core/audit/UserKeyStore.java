package org.bidbench.sales.core.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Map;

/**
 * Where a user's audit signing key lives: a PKCS12 key store protected by the user's password, by
 * default {@code ~/.bidbench/audit-keys.p12} ({@code BIDBENCH_AUDIT_KEYSTORE} names another),
 * one entry per employee id the user acts as (its alias). Only the public half ever leaves this
 * file: it is registered in the store as a {@link AuditAction#KEY_REGISTRATION} entry.
 */
public final class UserKeyStore {

	/** Environment variable naming the key store file. */
	public static final String KEYSTORE_VARIABLE = "BIDBENCH_AUDIT_KEYSTORE";
	/** Environment variable holding the key store's password (for scripts; interactive use prompts). */
	public static final String PASSWORD_VARIABLE = "BIDBENCH_AUDIT_PASSWORD";

	private final Path file;
	private final char[] password;
	private final KeyStore store;

	private UserKeyStore(Path file, char[] password, KeyStore store) {
		this.file = file;
		this.password = password.clone();
		this.store = store;
	}

	/** The key store named by {@code BIDBENCH_AUDIT_KEYSTORE}, else {@code ~/.bidbench/audit-keys.p12}. */
	public static Path defaultLocation(Map<String, String> environment) {
		String named = environment.get(KEYSTORE_VARIABLE);
		if (named != null && !named.isBlank()) {
			return Path.of(named);
		}
		return Path.of(System.getProperty("user.home"), ".bidbench", "audit-keys.p12");
	}

	/**
	 * Opens the key store, or starts an empty one when the file does not exist yet.
	 *
	 * @throws AuditException when the file is not a PKCS12 key store or the password is wrong
	 */
	public static UserKeyStore open(Path file, char[] password) throws AuditException {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			if (Files.exists(file)) {
				store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
			} else {
				store.load(null, password);
			}
			return new UserKeyStore(file, password, store);
		} catch (IOException e) {
			throw new AuditException("Cannot open the audit key store " + file + ": " + message(e)
					+ ". Check the password (" + PASSWORD_VARIABLE + ") or name another key store with " + KEYSTORE_VARIABLE + ".", e);
		} catch (GeneralSecurityException e) {
			throw new AuditException("Cannot open the audit key store " + file + ": " + message(e), e);
		}
	}

	public Path file() {
		return file;
	}

	public boolean has(String employeeId) throws AuditException {
		try {
			return store.isKeyEntry(employeeId);
		} catch (GeneralSecurityException e) {
			throw new AuditException("Cannot read the audit key store " + file + ": " + message(e), e);
		}
	}

	/**
	 * The user acting as this employee.
	 *
	 * @throws AuditException when the key store holds no key for the employee
	 */
	public ActingUser user(String employeeId) throws AuditException {
		try {
			Key key = store.getKey(employeeId, password);
			Certificate certificate = store.getCertificate(employeeId);
			if (!(key instanceof PrivateKey privateKey) || certificate == null) {
				throw new AuditException("The audit key store " + file + " holds no key for employee '" + employeeId
						+ "'; make one with 'bidbench audit register-key --workspace DIR --user " + employeeId + "'.");
			}
			return new ActingUser(employeeId, privateKey, certificate.getPublicKey());
		} catch (GeneralSecurityException e) {
			throw new AuditException("Cannot read the key of '" + employeeId + "' from " + file + ": " + message(e), e);
		}
	}

	/** Makes a new Ed25519 key pair for the employee and saves the key store (temporary file, then rename). */
	public ActingUser generate(String employeeId) throws AuditException {
		KeyPair keys = AuditKeys.generate();
		try {
			Certificate certificate = SelfSignedCertificate.of(keys, "BidBench audit key of " + employeeId, 30);
			store.setKeyEntry(employeeId, keys.getPrivate(), password, new Certificate[]{certificate});
			save();
		} catch (GeneralSecurityException e) {
			throw new AuditException("Cannot store a new key for '" + employeeId + "' in " + file + ": " + message(e), e);
		}
		return new ActingUser(employeeId, keys);
	}

	private void save() throws AuditException {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			store.store(bytes, password);
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
			try {
				try {
					Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
				} catch (UnsupportedOperationException e) {
					// Not a POSIX file system (Windows): the user's profile folder protects it.
				}
				Files.write(temporary, bytes.toByteArray());
				try {
					Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException | GeneralSecurityException e) {
			throw new AuditException("Cannot save the audit key store " + file + ": " + message(e)
					+ ". The key store on disk is unchanged.", e);
		}
	}

	private static String message(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
