package org.bidbench.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

/**
 * The firm's signing key and certificate chain, from a PKCS12 key store (made with
 * {@code keytool -genkeypair -storetype PKCS12 ...} or exported from the firm's certificate
 * authority). The certificate's subject is what the client's PDF reader shows as the signer.
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

	/** Environment variable holding the key store password when no {@code --sign-password} is given. */
	public static final String PASSWORD_VARIABLE = "BIDBENCH_SIGN_PASSWORD";

	public SigningKey {
		chain = List.copyOf(chain);
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("a signing key needs its certificate");
		}
	}

	public X509Certificate certificate() {
		return chain.get(0);
	}

	/** The signer's common name, else the whole subject. */
	public String signerName() {
		return SignatureCheck.commonName(certificate().getSubjectX500Principal().getName());
	}

	/**
	 * Reads the key store.
	 *
	 * @param alias the entry to use, or null for the only (or first) entry holding a private key
	 * @throws SigningException naming the file when it is missing, not PKCS12, the password is
	 *         wrong, or it holds no private key with a certificate
	 */
	public static SigningKey load(Path keystore, char[] password, String alias) throws SigningException {
		KeyStore store;
		try (InputStream in = Files.newInputStream(keystore)) {
			store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
		} catch (NoSuchFileException e) {
			throw new SigningException(keystore + ": no such key store; give the firm's PKCS12 key store (.p12) with --sign / --keystore");
		} catch (IOException e) {
			throw new SigningException(keystore + ": cannot open the key store (" + e.getMessage()
					+ "); check the password (--sign-password or " + PASSWORD_VARIABLE + ") and that it is a PKCS12 file", e);
		} catch (GeneralSecurityException e) {
			throw new SigningException(keystore + ": cannot read the key store: " + e.getMessage(), e);
		}
		try {
			for (String name : Collections.list(store.aliases())) {
				if ((alias == null || alias.equals(name)) && store.isKeyEntry(name)) {
					Key key = store.getKey(name, password);
					Certificate[] chain = store.getCertificateChain(name);
					if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
						return new SigningKey(privateKey, java.util.Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
					}
				}
			}
		} catch (GeneralSecurityException e) {
			throw new SigningException(keystore + ": cannot read the signing key: " + e.getMessage(), e);
		}
		throw new SigningException(keystore + ": no private key with a certificate" + (alias == null ? "" : " under alias '" + alias + "'")
				+ "; make one with keytool -genkeypair (docs/audit-and-import.md)");
	}
}
