package org.bidbench.sales.core.audit;

import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.audit.AuditProblem.Kind;

/**
 * Re-checks a chain of stored entries from the first to the last: each entry signed by a key its
 * actor registered earlier in the chain, each entry naming the hash of the one before it, and the
 * sequence numbers without gaps. Stops at the first break and says what it looks like: an entry
 * altered (its signature fails), removed (its successor chains to a hash nobody has), or
 * reordered (it stands before the entry it chains to).
 */
public final class AuditChain {

	private AuditChain() {
	}

	/** The witness a user remembers from an earlier check: this sequence number had this hash. */
	public record Witness(long sequence, String hash) {
	}

	public static AuditVerification verify(List<StoredEntry> stored) {
		return verify(stored, null);
	}

	/**
	 * @param witness what this user saw earlier, or null; an intact chain that no longer holds
	 *        that entry with that hash was cut short or rewritten
	 */
	public static AuditVerification verify(List<StoredEntry> stored, Witness witness) {
		Map<ByteBuffer, Integer> positionOfHash = new HashMap<>();
		for (int i = 0; i < stored.size(); i++) {
			if (stored.get(i).entry() != null) {
				positionOfHash.putIfAbsent(ByteBuffer.wrap(stored.get(i).entry().hash()), i);
			}
		}
		Map<String, Map<String, PublicKey>> keys = new HashMap<>();
		byte[] previousHash = AuditEntry.GENESIS;
		AuditEntry previous = null;
		for (int i = 0; i < stored.size(); i++) {
			StoredEntry s = stored.get(i);
			AuditEntry e = s.entry();
			if (e == null) {
				long sequence = previous == null ? 1 : previous.sequence() + 1;
				return broken(i, new AuditProblem(Kind.ALTERED, sequence, s.position(), s.location(),
						"audit entry at " + s.location() + " was altered: it cannot be read (" + s.unreadable() + ")"));
			}
			AuditProblem signature = checkSignature(s, keys);
			if (signature != null) {
				return broken(i, signature);
			}
			if (!Arrays.equals(e.previousHash(), previousHash)) {
				return broken(i, chainBreak(stored, i, previous, positionOfHash));
			}
			long expected = previous == null ? 1 : previous.sequence() + 1;
			if (e.sequence() != expected) {
				return broken(i, new AuditProblem(Kind.ALTERED, e.sequence(), s.position(), s.location(),
						"audit entry #" + e.sequence() + " at " + s.location() + " was altered: it should be #" + expected));
			}
			if (e.action() == AuditAction.KEY_REGISTRATION) {
				keys.computeIfAbsent(e.actor(), a -> new LinkedHashMap<>()).put(e.keyId(), AuditKeys.decode(e.details().get("publicKey")));
			}
			previousHash = e.hash();
			previous = e;
		}
		String lastHash = previous == null ? null : HexFormat.of().formatHex(previousHash);
		if (witness != null) {
			AuditProblem cut = checkWitness(stored, witness);
			if (cut != null) {
				return new AuditVerification(stored.size(), lastHash, cut);
			}
		}
		return new AuditVerification(stored.size(), lastHash, null);
	}

	private static AuditVerification broken(int checked, AuditProblem problem) {
		return new AuditVerification(checked + 1, null, problem);
	}

	private static AuditProblem checkSignature(StoredEntry s, Map<String, Map<String, PublicKey>> keys) {
		AuditEntry e = s.entry();
		Map<String, PublicKey> registered = keys.getOrDefault(e.actor(), Map.of());
		PublicKey key;
		if (e.action() == AuditAction.KEY_REGISTRATION) {
			PublicKey announced;
			try {
				announced = AuditKeys.decode(e.details().getOrDefault("publicKey", ""));
			} catch (IllegalArgumentException x) {
				return new AuditProblem(Kind.ALTERED, e.sequence(), s.position(), s.location(), "audit entry #" + e.sequence() + " at "
						+ s.location() + " was altered: its registered key cannot be read (" + x.getMessage() + ")");
			}
			if (!AuditKeys.keyId(announced).equals(e.keyId())) {
				return altered(s, "its key id does not match the key it registers");
			}
			if (!registered.isEmpty()) {
				// A further key of the same employee must be endorsed by one registered before.
				PublicKey endorser = registered.get(e.details().getOrDefault("endorsedBy", ""));
				byte[] endorsement = decodeBase64(e.details().getOrDefault("endorsement", ""));
				if (endorser == null || !AuditKeys.verify(endorser, announced.getEncoded(), endorsement)) {
					return new AuditProblem(Kind.UNKNOWN_KEY, e.sequence(), s.position(), s.location(), "audit entry #" + e.sequence() + " at "
							+ s.location() + " registers a second key for '" + e.actor() + "' without an endorsement by the first one");
				}
			}
			key = announced;
		} else {
			key = registered.get(e.keyId());
			if (key == null) {
				return new AuditProblem(Kind.UNKNOWN_KEY, e.sequence(), s.position(), s.location(),
						"audit entry #" + e.sequence() + " at " + s.location() + " is signed with key " + e.keyId() + ", which '" + e.actor()
								+ "' never registered before it: it was forged or its actor altered");
			}
		}
		if (!AuditKeys.verify(key, e.signedBytes(), e.signature())) {
			return altered(s, "its content no longer matches the signature of '" + e.actor() + "'");
		}
		return null;
	}

	private static AuditProblem altered(StoredEntry s, String why) {
		return new AuditProblem(Kind.ALTERED, s.entry().sequence(), s.position(), s.location(),
				"audit entry #" + s.entry().sequence() + " at " + s.location() + " was altered: " + why);
	}

	/** A validly signed entry that does not chain to the one stored before it. */
	private static AuditProblem chainBreak(List<StoredEntry> stored, int i, AuditEntry previous, Map<ByteBuffer, Integer> positionOfHash) {
		StoredEntry s = stored.get(i);
		AuditEntry e = s.entry();
		Integer predecessor = positionOfHash.get(ByteBuffer.wrap(e.previousHash()));
		String after = previous == null ? "the start of the log" : "#" + previous.sequence();
		if (predecessor == null) {
			long firstMissing = previous == null ? 1 : previous.sequence() + 1;
			long lastMissing = e.sequence() - 1;
			if (lastMissing < firstMissing) {
				// Same sequence number as expected, yet another predecessor: #previous was replaced.
				return new AuditProblem(Kind.ALTERED, previous == null ? e.sequence() : previous.sequence(),
						previous == null ? s.position() : stored.get(i - 1).position(),
						previous == null ? s.location() : stored.get(i - 1).location(),
						"audit entry " + after + " was replaced: entry #" + e.sequence() + " at " + s.location() + " chains to another");
			}
			String missing = firstMissing == lastMissing ? "#" + firstMissing : "#" + firstMissing + " to #" + lastMissing;
			return new AuditProblem(Kind.REMOVED, firstMissing, s.position(), s.location(), "audit entry " + missing + " was removed: entry #"
					+ e.sequence() + " at " + s.location() + " follows " + after + " but chains to an entry no longer stored");
		}
		if (predecessor > i) {
			return new AuditProblem(Kind.REORDERED, e.sequence(), s.position(), s.location(), "audit entry #" + e.sequence() + " at "
					+ s.location() + " was reordered: it stands before #" + stored.get(predecessor).entry().sequence() + " at "
					+ stored.get(predecessor).location() + ", the entry it follows");
		}
		StoredEntry misplaced = stored.get(i - 1);
		return new AuditProblem(Kind.REORDERED, misplaced.entry().sequence(), misplaced.position(), misplaced.location(),
				"audit entry #" + misplaced.entry().sequence() + " at " + misplaced.location() + " was reordered: it stands between #"
						+ stored.get(predecessor).entry().sequence() + " and #" + e.sequence() + ", which follow each other");
	}

	private static AuditProblem checkWitness(List<StoredEntry> stored, Witness witness) {
		for (StoredEntry s : stored) {
			if (s.entry().sequence() == witness.sequence()) {
				if (s.entry().hashHex().equals(witness.hash())) {
					return null;
				}
				return new AuditProblem(Kind.ALTERED, witness.sequence(), s.position(), s.location(), "audit entry #" + witness.sequence()
						+ " at " + s.location() + " was rewritten: it is not the entry this user saw there before (the chain from it on was re-signed)");
			}
		}
		long last = stored.isEmpty() ? 0 : stored.get(stored.size() - 1).entry().sequence();
		String missing = last + 1 == witness.sequence()
				? "entry #" + witness.sequence() + " was"
				: "entries #" + (last + 1) + " to #" + witness.sequence() + " were";
		return new AuditProblem(Kind.REMOVED, last + 1, 0, "the end of the log", "audit " + missing
				+ " removed from the end: this user saw #" + witness.sequence() + " before, the log now ends at #" + last);
	}

	private static byte[] decodeBase64(String text) {
		try {
			return Base64.getDecoder().decode(text);
		} catch (IllegalArgumentException e) {
			return new byte[0];
		}
	}

	/** Entries of one opportunity, in chain order (for the opportunity editor's history). */
	public static List<AuditEntry> of(List<StoredEntry> stored, String opportunityId) {
		List<AuditEntry> result = new ArrayList<>();
		for (StoredEntry s : stored) {
			if (s.entry() != null && (opportunityId == null || opportunityId.equals(s.entry().opportunityId()))) {
				result.add(s.entry());
			}
		}
		return result;
	}
}
