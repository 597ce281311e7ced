package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKind;
import org.junit.jupiter.api.Test;

/** The three-way merge of containment lists that lets two users add to one opportunity at once. */
class RecordListMergeTest {

	private static String list(String... names) {
		return RecordFields.joinList(java.util.List.of(names));
	}

	@Test
	void containmentListsAreKnownFromTheModel() {
		assertTrue(RecordFields.isContainmentList(RecordKind.OPPORTUNITY, "activities"));
		assertTrue(RecordFields.isContainmentList(RecordKind.OPPORTUNITY, "quotes[Q-1]/approvals"));
		assertTrue(RecordFields.isContainmentList(RecordKind.OPPORTUNITY, "quotes[Q-1]/lines"));
		assertTrue(RecordFields.isContainmentList(RecordKind.CUSTOMER, "contacts"));
		assertFalse(RecordFields.isContainmentList(RecordKind.OPPORTUNITY, "quotes[Q-1]/approvals[#0]/lines"),
				"the lines an approval covers are references, not contained lines");
		assertFalse(RecordFields.isContainmentList(RecordKind.OPPORTUNITY, "name"));
		assertFalse(RecordFields.isContainmentList(RecordKind.OPPORTUNITY, "activities[O-1-A2]/subject"));
		assertFalse(RecordFields.isContainmentList(RecordKind.OPPORTUNITY, "customer"), "a reference, not a list of contained objects");
	}

	@Test
	void bothAdditionsAreKeptTheirsFirstAndRemovalsApply() {
		String base = list("A1", "A2", "A3");
		assertEquals(list("A1", "A2", "A3", "A4", "A5"), RecordFields.mergeList(base, list("A1", "A2", "A3", "A5"), list("A1", "A2", "A3", "A4")));
		assertEquals(list("A1", "A3", "A4"), RecordFields.mergeList(base, list("A1", "A3"), list("A1", "A2", "A3", "A4")), "my removal of A2 applies");
		assertEquals(list("A1", "X", "A2", "A4"), RecordFields.mergeList(base, list("A1", "X", "A2", "A3"), list("A1", "A2", "A4")),
				"my insertion keeps its place, their removal of A3 applies");
		assertEquals(list("A1", "A2", "A3", "A4"), RecordFields.mergeList(base, list("A1", "A2", "A3", "A4"), list("A1", "A2", "A3", "A4")),
				"the same addition on both sides appears once");
		assertEquals(list("B1"), RecordFields.mergeList(null, list("B1"), null));
		assertNull(RecordFields.mergeList(list("A1"), null, list("A1")), "both removed everything");
	}

	@Test
	void approvalsBothAppendedAtTheSamePositionMoveMineAfterTheirs() {
		String list = "quotes[Q-1]/approvals";
		java.util.List<org.bidbench.sales.core.store.FieldChange> mine = java.util.List.of(
				new org.bidbench.sales.core.store.FieldChange(list, list("#0"), list("#0", "#1", "#2")),
				new org.bidbench.sales.core.store.FieldChange(list + "[#1]/role", null, "finance"),
				new org.bidbench.sales.core.store.FieldChange(list + "[#2]/role", null, "sales manager"),
				new org.bidbench.sales.core.store.FieldChange(list + "[#2]/lines", null, "quotes[Q-1]/lines[L-1]"),
				new org.bidbench.sales.core.store.FieldChange("name", "Old", "New"));
		var moved = RecordFields.appendAfterStored(RecordKind.OPPORTUNITY, mine, java.util.Map.of(list, list("#0", "#1")));
		assertEquals(java.util.List.of(
				new org.bidbench.sales.core.store.FieldChange(list, list("#0"), list("#0", "#1", "#2", "#3")),
				new org.bidbench.sales.core.store.FieldChange(list + "[#2]/role", null, "finance"),
				new org.bidbench.sales.core.store.FieldChange(list + "[#3]/role", null, "sales manager"),
				new org.bidbench.sales.core.store.FieldChange(list + "[#3]/lines", null, "quotes[Q-1]/lines[L-1]"),
				new org.bidbench.sales.core.store.FieldChange("name", "Old", "New")), moved);

		assertTrue(mine == RecordFields.appendAfterStored(RecordKind.OPPORTUNITY, mine, java.util.Map.of(list, list("#0"))),
				"nobody else appended: nothing moves");
		var removedTheirs = RecordFields.appendAfterStored(RecordKind.OPPORTUNITY, mine, java.util.Map.of(list, list("#1")));
		assertTrue(mine == removedTheirs, "they removed one: positions name other approvals on each side, nothing moves (a conflict)");
		var named = java.util.List.of(new org.bidbench.sales.core.store.FieldChange("activities", list("A1"), list("A1", "A2")),
				new org.bidbench.sales.core.store.FieldChange("activities[A2]/subject", null, "Call"));
		assertTrue(named == RecordFields.appendAfterStored(RecordKind.OPPORTUNITY, named, java.util.Map.of("activities", list("A1", "A3"))),
				"objects with ids are not moved here");
	}
}
