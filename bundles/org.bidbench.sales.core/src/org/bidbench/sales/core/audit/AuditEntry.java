package org.bidbench.sales.core.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One link of the audit chain: an {@link AuditEvent} with its place in the chain (sequence number,
 * the SHA-256 of the previous entry) and the actor's Ed25519 signature over
 * {@link #signedBytes()}. {@link #hash()} covers the signature too, so the next entry pins this one
 * exactly as it was signed.
 *
 * <p>The canonical encoding ({@link #signedBytes()}) is independent of how a store keeps the entry
 * (text lines in a folder, rows in PostgreSQL): a store that changes any field, or a reader that
 * parses it differently, changes these bytes and breaks the signature.
 *
 * @param sequence 1 for the first entry, then one more for each
 * @param keyId which of the actor's registered keys signed ({@link AuditKeys#keyId})
 * @param previousHash SHA-256 of the previous entry ({@link #hash()}), 32 zero bytes for the first
 * @param signature Ed25519 signature of {@link #signedBytes()}
 */
public record AuditEntry(long sequence, Instant at, String actor, String keyId, AuditAction action, String opportunityId, String subject,
		SortedMap<String, String> details, byte[] previousHash, byte[] signature) {

	/** Identifies the encoding; a later format gets a new tag, so old entries keep verifying. */
	private static final byte[] FORMAT = "BIDBENCH-AUDIT/1".getBytes(StandardCharsets.US_ASCII);
	/** The previous hash of the first entry. */
	public static final byte[] GENESIS = new byte[32];

	public AuditEntry {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(keyId, "keyId");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(details, "details");
		Objects.requireNonNull(previousHash, "previousHash");
		Objects.requireNonNull(signature, "signature");
	}

	/**
	 * The bytes the actor signs: a format tag, then each field in a fixed order, numbers
	 * big-endian, texts as length + UTF-8 (length -1 for none), details in key order.
	 */
	public byte[] signedBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.write(FORMAT);
			out.writeLong(sequence);
			out.writeLong(at.getEpochSecond());
			out.writeInt(at.getNano());
			text(out, actor);
			text(out, keyId);
			text(out, action.name());
			text(out, opportunityId);
			text(out, subject);
			out.writeInt(details.size());
			for (Map.Entry<String, String> e : details.entrySet()) {
				text(out, e.getKey());
				text(out, e.getValue());
			}
			out.writeInt(previousHash.length);
			out.write(previousHash);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** SHA-256 of the signed bytes followed by the signature: what the next entry must name. */
	public byte[] hash() {
		MessageDigest sha = sha256();
		sha.update(signedBytes());
		sha.update(new byte[]{(byte) (signature.length >>> 24), (byte) (signature.length >>> 16), (byte) (signature.length >>> 8),
				(byte) signature.length});
		sha.update(signature);
		return sha.digest();
	}

	public String hashHex() {
		return HexFormat.of().formatHex(hash());
	}

	/** The event this entry records. */
	public AuditEvent event() {
		return new AuditEvent(action, actor, opportunityId, subject, details, at);
	}

	private static void text(DataOutputStream out, String s) throws IOException {
		if (s == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof AuditEntry other && java.util.Arrays.equals(signedBytes(), other.signedBytes())
				&& java.util.Arrays.equals(signature, other.signature);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(signature);
	}

	@Override
	public String toString() {
		return "#" + sequence + " " + at + " " + action + " by " + actor + (opportunityId == null ? "" : " on " + opportunityId)
				+ (subject == null ? "" : " (" + subject + ")") + (details.isEmpty() ? "" : " " + details);
	}
}
