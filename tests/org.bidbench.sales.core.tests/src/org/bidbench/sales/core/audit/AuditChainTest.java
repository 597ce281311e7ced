package org.bidbench.sales.core.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.audit.AuditProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainTest {

	@TempDir
	Path folder;

	private final ActingUser sales = new ActingUser("emp-sales", AuditKeys.generate());
	private final ActingUser finance = new ActingUser("emp-finance", AuditKeys.generate());

	/** Eight entries by two users: key registrations, then one of each kind of change. */
	private Path history() throws AuditException {
		ChainedAuditLog bySales = ChainedAuditLog.forFolder(folder, sales);
		ChainedAuditLog byFinance = ChainedAuditLog.forFolder(folder, finance);
		bySales.registerKey(null);
		byFinance.registerKey(null);
		bySales.append(AuditEvent.of(AuditAction.STAGE_CHANGE, "emp-sales", "opp-1", null).with("from", "Qualification").with("to",
				"Proposal"));
		byFinance.append(AuditEvent.of(AuditAction.APPROVAL, "emp-finance", "opp-1", "Q-1-r1").with("role", "FINANCE").with("verdict",
				"APPROVED"));
		bySales.append(AuditEvent.of(AuditAction.QUOTE_RELEASE, "emp-sales", "opp-1", "Q-1-r1").with("total", "1250000.00"));
		bySales.append(AuditEvent.of(AuditAction.CONTRACT_SIGNATURE, "emp-sales", "opp-1", "C-2026-07").with("value", "1250000.00"));
		byFinance.append(AuditEvent.of(AuditAction.MILESTONE_COLLECTION, "emp-finance", "opp-1", "Advance 30%").with("amount",
				"375000.00"));
		byFinance.append(AuditEvent.of(AuditAction.PRICE_CHANGE, "emp-finance", null, "GEN-020-010").with("from", "780.00").with("to",
				"810.00 \t tab\nand line"));
		return AuditFile.in(folder);
	}

	private static AuditVerification verify(Path log) throws AuditException {
		return new ChainedAuditLog(new AuditFile(log), null).verify();
	}

	private static List<String> lines(Path log) throws Exception {
		return new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
	}

	@Test
	void anUntouchedChainVerifiesAndReadsBackExactly() throws Exception {
		Path log = history();
		AuditVerification result = verify(log);
		assertTrue(result.intact(), String.valueOf(result.problem()));
		assertEquals(8, result.entries());
		ChainedAuditLog reader = new ChainedAuditLog(new AuditFile(log), null);
		List<AuditEntry> entries = reader.entries();
		assertEquals(8, entries.size());
		assertEquals(result.lastHash(), entries.get(7).hashHex());
		assertEquals("810.00 \t tab\nand line", entries.get(7).details().get("to"), "escaped text reads back");
		assertArrayEquals(entries.get(6).hash(), entries.get(7).previousHash());
		assertEquals(5, reader.entries("opp-1").size(), "the opportunity's history");
		assertEquals(List.of(AuditAction.STAGE_CHANGE, AuditAction.APPROVAL, AuditAction.QUOTE_RELEASE, AuditAction.CONTRACT_SIGNATURE,
				AuditAction.MILESTONE_COLLECTION), reader.entries("opp-1").stream().map(AuditEntry::action).toList());
	}

	@Test
	void anAlteredEntryIsNamed() throws Exception {
		Path log = history();
		List<String> lines = lines(log);
		int index = indexOf(lines, "\tAPPROVAL\t");
		lines.set(index, lines.get(index).replace("verdict=APPROVED", "verdict=REJECTED"));
		Files.write(log, lines, StandardCharsets.UTF_8);
		AuditVerification result = verify(log);
		assertEquals(Kind.ALTERED, result.problem().kind(), result.problem().message());
		assertEquals(4, result.problem().sequence());
		assertTrue(result.problem().message().contains("#4") && result.problem().message().contains("line " + (index + 1)),
				result.problem().message());
	}

	@Test
	void aDeletedEntryIsNamed() throws Exception {
		Path log = history();
		List<String> lines = lines(log);
		lines.remove(indexOf(lines, "\tQUOTE_RELEASE\t"));
		Files.write(log, lines, StandardCharsets.UTF_8);
		AuditVerification result = verify(log);
		assertEquals(Kind.REMOVED, result.problem().kind(), result.problem().message());
		assertEquals(5, result.problem().sequence());
		assertTrue(result.problem().message().startsWith("audit entry #5 was removed"), result.problem().message());
	}

	@Test
	void theFirstEntryDeletedIsNamedToo() throws Exception {
		Path log = history();
		List<String> lines = lines(log);
		lines.remove(1); // after the header
		Files.write(log, lines, StandardCharsets.UTF_8);
		AuditVerification result = verify(log);
		assertEquals(Kind.REMOVED, result.problem().kind(), result.problem().message());
		assertEquals(1, result.problem().sequence());
	}

	@Test
	void reorderedEntriesAreNamed() throws Exception {
		Path log = history();
		List<String> lines = lines(log);
		int release = indexOf(lines, "\tQUOTE_RELEASE\t");
		int contract = indexOf(lines, "\tCONTRACT_SIGNATURE\t");
		String swap = lines.get(release);
		lines.set(release, lines.get(contract));
		lines.set(contract, swap);
		Files.write(log, lines, StandardCharsets.UTF_8);
		AuditVerification result = verify(log);
		assertEquals(Kind.REORDERED, result.problem().kind(), result.problem().message());
		assertEquals(6, result.problem().sequence(), "the contract signature (#6) now stands before the release (#5)");
		assertTrue(result.problem().message().contains("before #5"), result.problem().message());
	}

	@Test
	void anEntrySignedWithAnUnregisteredKeyIsForged() throws Exception {
		history();
		ActingUser impostor = new ActingUser("emp-sales", AuditKeys.generate());
		ChainedAuditLog.forFolder(folder, impostor).append(AuditEvent.of(AuditAction.APPROVAL, "emp-sales", "opp-1", "Q-1-r1"));
		AuditVerification result = verify(AuditFile.in(folder));
		assertEquals(Kind.UNKNOWN_KEY, result.problem().kind(), result.problem().message());
		assertEquals(9, result.problem().sequence());
	}

	@Test
	void aSecondKeyNeedsTheFirstOnesEndorsement() throws Exception {
		history();
		ActingUser newKey = new ActingUser("emp-sales", AuditKeys.generate());
		ChainedAuditLog log = ChainedAuditLog.forFolder(folder, newKey);
		log.registerKey(sales);
		log.append(AuditEvent.of(AuditAction.STAGE_CHANGE, "emp-sales", "opp-1", null).with("to", "Negotiation"));
		assertTrue(verify(AuditFile.in(folder)).intact(), "endorsed by the first key");

		ActingUser unendorsed = new ActingUser("emp-sales", AuditKeys.generate());
		ChainedAuditLog.forFolder(folder, unendorsed).registerKey(null);
		AuditVerification result = verify(AuditFile.in(folder));
		assertEquals(Kind.UNKNOWN_KEY, result.problem().kind(), result.problem().message());
		assertEquals(11, result.problem().sequence());
	}

	@Test
	void aUserSignsOnlyTheirOwnActions() throws Exception {
		ChainedAuditLog log = ChainedAuditLog.forFolder(folder, sales);
		AuditException refused = assertThrows(AuditException.class,
				() -> log.append(AuditEvent.of(AuditAction.APPROVAL, "emp-finance", "opp-1", "Q-1-r1")));
		assertTrue(refused.getMessage().contains("emp-finance"), refused.getMessage());
		assertFalse(Files.exists(AuditFile.in(folder)), "nothing written");
		ChainedAuditLog readOnly = ChainedAuditLog.forFolder(folder, null);
		assertThrows(AuditException.class, () -> readOnly.append(AuditEvent.of(AuditAction.APPROVAL, "emp-sales", "opp-1", "Q")));
	}

	@Test
	void aCutOffLastLineIsKeptAsideAndTheChainGoesOn() throws Exception {
		Path log = history();
		Files.writeString(log, "9\t2026-12-04T08:00:00Z\temp-sales\tabc", StandardOpenOption.APPEND);
		AuditVerification torn = verify(log);
		assertEquals(Kind.ALTERED, torn.problem().kind());
		assertTrue(torn.problem().message().contains("cut off"), torn.problem().message());

		ChainedAuditLog.forFolder(folder, sales).append(AuditEvent.of(AuditAction.STAGE_CHANGE, "emp-sales", "opp-2", null));
		AuditVerification result = verify(log);
		assertTrue(result.intact(), String.valueOf(result.problem()));
		assertEquals(9, result.entries());
		assertEquals("9\t2026-12-04T08:00:00Z\temp-sales\tabc", Files.readString(log.resolveSibling(AuditFile.NAME + ".torn")));
	}

	@Test
	void entriesCutOffTheEndAreFoundThroughTheUsersWitness() throws Exception {
		Path log = history();
		ChainedAuditLog reader = new ChainedAuditLog(new AuditFile(log), null);
		AuditWitnessFile witnesses = new AuditWitnessFile(folder.resolve("home/witness.properties"));
		AuditVerification before = reader.verify(witnesses.get(reader.location()));
		witnesses.remember(reader.location(), 8, before.lastHash());

		List<String> lines = lines(log);
		lines.remove(lines.size() - 1);
		Files.write(log, lines, StandardCharsets.UTF_8);
		assertTrue(reader.verify().intact(), "a shorter chain is still a chain");
		AuditVerification after = reader.verify(witnesses.get(reader.location()));
		assertEquals(Kind.REMOVED, after.problem().kind(), after.problem().message());
		assertEquals(8, after.problem().sequence());
	}

	@Test
	void keysLiveInAPasswordProtectedPkcs12KeyStore() throws Exception {
		Path file = folder.resolve("home/.bidbench/audit-keys.p12");
		UserKeyStore store = UserKeyStore.open(file, "s3cret".toCharArray());
		assertFalse(store.has("emp-sales"));
		ActingUser made = store.generate("emp-sales");
		assertTrue(Files.exists(file));

		UserKeyStore reopened = UserKeyStore.open(file, "s3cret".toCharArray());
		ActingUser read = reopened.user("emp-sales");
		assertEquals(made.keyId(), read.keyId());
		byte[] data = "approve Q-1".getBytes(StandardCharsets.UTF_8);
		assertTrue(AuditKeys.verify(made.publicKey(), data, AuditKeys.sign(read.privateKey(), data)), "the stored private key is the pair's");
		AuditException wrong = assertThrows(AuditException.class, () -> UserKeyStore.open(file, "guess".toCharArray()));
		assertTrue(wrong.getMessage().contains(file.toString()), wrong.getMessage());
		AuditException none = assertThrows(AuditException.class, () -> reopened.user("emp-nobody"));
		assertTrue(none.getMessage().contains("register-key"), none.getMessage());
	}

	@Test
	void theSignedBytesCoverEveryField() {
		AuditEntry entry = new AuditEntry(3, java.time.Instant.parse("2026-12-04T08:00:00Z"), "a", "k", AuditAction.APPROVAL, "opp", "q",
				new java.util.TreeMap<>(java.util.Map.of("x", "1")), AuditEntry.GENESIS, new byte[]{1});
		AuditEntry other = new AuditEntry(3, entry.at(), "a", "k", AuditAction.APPROVAL, "opp", null, entry.details(), AuditEntry.GENESIS,
				new byte[]{1});
		assertFalse(java.util.Arrays.equals(entry.signedBytes(), other.signedBytes()), "an absent subject differs from a present one");
		AuditEntry emptySubject = new AuditEntry(3, entry.at(), "a", "k", AuditAction.APPROVAL, "opp", "", entry.details(),
				AuditEntry.GENESIS, new byte[]{1});
		assertFalse(java.util.Arrays.equals(other.signedBytes(), emptySubject.signedBytes()));
		assertNull(AuditEvent.of(AuditAction.APPROVAL, "a", "", "").opportunityId(), "events normalise empty to absent");
	}

	private static int indexOf(List<String> lines, String marker) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(marker)) {
				return i;
			}
		}
		throw new AssertionError("no line with " + marker);
	}
}
