package org.bidbench.sales.core.audit;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 with the JDK's own provider: key pairs, key ids, signing and checking audit entries. */
public final class AuditKeys {

	public static final String ALGORITHM = "Ed25519";

	private AuditKeys() {
	}

	public static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is part of every Java runtime since Java 15", e);
		}
	}

	/** The first 16 bytes of the SHA-256 of the key's X.509 encoding, in hex: names a key in an entry. */
	public static String keyId(PublicKey key) {
		byte[] digest = AuditEntry.sha256().digest(key.getEncoded());
		return HexFormat.of().formatHex(digest, 0, 16);
	}

	public static String encode(PublicKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	/** @throws IllegalArgumentException when the text is not a Base64 X.509 Ed25519 public key */
	public static PublicKey decode(String base64) {
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
		}
	}

	public static byte[] sign(PrivateKey key, byte[] data) throws InvalidKeyException {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(key);
			signature.update(data);
			return signature.sign();
		} catch (InvalidKeyException e) {
			throw e;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 signing failed: " + e.getMessage(), e);
		}
	}

	/** Whether the signature is the key's over the data; false for any malformed input. */
	public static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(key);
			signature.update(data);
			return signature.verify(signatureBytes);
		} catch (GeneralSecurityException | RuntimeException e) {
			return false;
		}
	}
}
