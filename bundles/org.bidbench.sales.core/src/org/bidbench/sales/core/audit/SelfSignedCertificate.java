package org.bidbench.sales.core.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A minimal X.509 v1 certificate for an Ed25519 key, signed by the key itself. PKCS12 key stores
 * keep a private key only together with a certificate, and the JDK has no public API to make
 * one; the audit chain itself never looks at it (public keys are registered in the store).
 */
final class SelfSignedCertificate {

	/** 1.3.101.112, id-Ed25519 (RFC 8410). */
	private static final byte[] ED25519 = {0x06, 0x03, 0x2B, 0x65, 0x70};
	/** 2.5.4.3, commonName. */
	private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};

	private SelfSignedCertificate() {
	}

	static X509Certificate of(KeyPair keys, String commonName, int validYears) throws GeneralSecurityException {
		byte[] algorithm = der(0x30, ED25519);
		byte[] name = der(0x30, der(0x31, der(0x30, COMMON_NAME, der(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
		ZonedDateTime from = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
		byte[] validity = der(0x30, time(from), time(from.plusYears(validYears)));
		byte[] serial = new byte[9];
		new SecureRandom().nextBytes(serial);
		serial[0] = 0; // positive
		byte[] tbs = der(0x30, der(0x02, new BigInteger(serial).toByteArray()), algorithm, name, validity, name,
				keys.getPublic().getEncoded());
		byte[] signature = AuditKeys.sign(keys.getPrivate(), tbs);
		byte[] bitString = new byte[signature.length + 1]; // no unused bits
		System.arraycopy(signature, 0, bitString, 1, signature.length);
		byte[] certificate = der(0x30, tbs, algorithm, der(0x03, bitString));
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
	}

	/** UTCTime before 2050, GeneralizedTime from then on (RFC 5280, 4.1.2.5). */
	private static byte[] time(ZonedDateTime t) {
		if (t.getYear() < 2050) {
			return der(0x17, t.format(DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")).getBytes(StandardCharsets.US_ASCII));
		}
		return der(0x18, t.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")).getBytes(StandardCharsets.US_ASCII));
	}

	/** A DER element: tag, definite length, then the parts' bytes one after another. */
	private static byte[] der(int tag, byte[]... parts) {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			content.writeBytes(part);
		}
		int length = content.size();
		ByteArrayOutputStream out = new ByteArrayOutputStream(length + 6);
		out.write(tag);
		if (length < 0x80) {
			out.write(length);
		} else {
			int octets = length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
			out.write(0x80 | octets);
			for (int i = octets - 1; i >= 0; i--) {
				out.write(length >>> (8 * i));
			}
		}
		out.writeBytes(content.toByteArray());
		return out.toByteArray();
	}
}
