package org.bidbench.signing;

import java.time.Instant;

/**
 * One signature of a PDF, checked.
 *
 * @param signer the signing certificate's common name
 * @param subject the signing certificate's full subject
 * @param signedAt the signing time the PDF states (its /M entry), or null
 * @param reason the reason the PDF states, or null
 * @param intact whether the signed bytes still have the digest the signature was made over, and the signature is the certificate's
 * @param coversWholeFile whether the signature covers the file up to its last byte (nothing was appended since)
 * @param problem why it is not intact, or null
 */
public record SignatureCheck(String signer, String subject, Instant signedAt, String reason, boolean intact, boolean coversWholeFile,
		String problem) {

	/** Intact and nothing added after it. */
	public boolean valid() {
		return intact && coversWholeFile;
	}

	static String commonName(String subject) {
		for (String part : subject.split(",")) {
			String p = part.trim();
			if (p.startsWith("CN=")) {
				return p.substring(3);
			}
		}
		return subject;
	}
}
