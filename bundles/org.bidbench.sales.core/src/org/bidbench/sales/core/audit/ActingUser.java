package org.bidbench.sales.core.audit;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * The user on whose behalf entries are appended: their employee id and their Ed25519 key pair,
 * read from their own key store ({@link UserKeyStore}); the private key never goes to the store.
 */
public record ActingUser(String employeeId, PrivateKey privateKey, PublicKey publicKey) {

	public ActingUser {
		Objects.requireNonNull(employeeId, "employeeId");
		Objects.requireNonNull(privateKey, "privateKey");
		Objects.requireNonNull(publicKey, "publicKey");
	}

	public ActingUser(String employeeId, KeyPair keys) {
		this(employeeId, keys.getPrivate(), keys.getPublic());
	}

	public String keyId() {
		return AuditKeys.keyId(publicKey);
	}
}
