package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.store.ChangeSet;
import org.bidbench.sales.core.store.FieldChange;
import org.bidbench.sales.core.store.RecordChange;
import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.StoreConflictException;
import org.bidbench.sales.core.store.StoreEvent;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStoreTest {

	@TempDir
	Path folder;

	private SalesWorkspace writeDemo() throws Exception {
		SalesWorkspace demo = DemoWorkspaceFactory.create(3, LocalDate.of(2026, 11, 26));
		SalesWorkspaceFolder.create(folder, org.eclipse.emf.ecore.util.EcoreUtil.copy(demo)).save();
		return demo;
	}

	@Test
	void flatteningTheDemoAndAssemblingItAgainGivesTheSameFields() {
		SalesWorkspace demo = DemoWorkspaceFactory.create(3, LocalDate.of(2026, 11, 26));
		Map<RecordKey, SortedMap<String, String>> fields = RecordFields.flattenAll(demo);
		assertEquals(1 + 1 + demo.getCustomers().size() + demo.getOpportunities().size() + demo.getPriceCatalogs().size(),
				fields.size());
		SalesWorkspace assembled = RecordFields.assemble(fields);
		assertEquals(fields, RecordFields.flattenAll(assembled));
		// References across records resolve to the assembled objects, not to the demo's.
		Opportunity first = assembled.getOpportunities().get(0);
		assertTrue(assembled.getCustomers().contains(first.getCustomer()));
		assertTrue(fields.values().stream().anyMatch(record -> record.keySet().stream().anyMatch(RecordFields::isCost)),
				"the demo has unit costs");
	}

	@Test
	void hostileIdsAndListItemsSurviveTheirPaths() {
		SalesWorkspace demo = DemoWorkspaceFactory.create(3, LocalDate.of(2026, 11, 26));
		Opportunity opportunity = demo.getOpportunities().get(0);
		opportunity.getQuotes().get(0).setId("Q/1[x]%0A\nDROP');");
		opportunity.getCompetitors().add("line one\nline two %0A");
		Map<RecordKey, SortedMap<String, String>> fields = RecordFields.flattenAll(demo);
		SalesWorkspace assembled = RecordFields.assemble(fields);
		assertEquals(fields, RecordFields.flattenAll(assembled));
		Opportunity back = assembled.getOpportunities().get(0);
		assertEquals("Q/1[x]%0A\nDROP');", back.getQuotes().get(0).getId());
		assertEquals(opportunity.getCompetitors(), back.getCompetitors());
	}

	@Test
	void aFolderOpensAsAStoreAndSavesItsChangesAsBefore() throws Exception {
		writeDemo();
		try (SalesStore store = SalesStores.open(folder.toString())) {
			assertFalse(store.shared());
			assertTrue(store.changes().isEmpty());
			List<StoreEvent> events = new ArrayList<>();
			store.listen(events::add);
			Opportunity opportunity = store.workspace().getOpportunities().get(5);
			opportunity.setName("Renamed through the store");
			ChangeSet changes = store.changes();
			assertEquals(1, changes.records().size());
			RecordChange change = changes.records().get(0);
			assertEquals(RecordKey.opportunity(opportunity.getId()), change.key());
			assertEquals(1, change.baseVersion());
			assertEquals(List.of(new FieldChange("name", change.fields().get(0).base(), "Renamed through the store")),
					change.fields());
			store.save();
			assertTrue(store.changes().isEmpty());
			assertEquals(1, events.size());
			assertEquals("Renamed through the store",
					store.read(RecordKey.opportunity(opportunity.getId())).fields().get("name"));
		}
		// The files are the folder workspace's, readable without the store.
		assertEquals("Renamed through the store", SalesWorkspaceFolder.load(folder).workspace().getOpportunities().get(5).getName());
	}

	@Test
	void aFileChangedByAnotherProgramIsAConflictAndNothingIsWritten() throws Exception {
		writeDemo();
		try (SalesStore mine = SalesStores.open(folder.toString()); SalesStore theirs = SalesStores.open(folder.toString())) {
			mine.workspace().getOpportunities().get(0).setName("mine");
			theirs.workspace().getOpportunities().get(0).setName("theirs");
			theirs.save();
			StoreConflictException conflict = assertThrows(StoreConflictException.class, mine::save);
			assertTrue(conflict.getMessage().contains("changed by another program"), conflict.getMessage());
			assertEquals("theirs", mine.read(RecordKey.opportunity(mine.workspace().getOpportunities().get(0).getId()))
					.fields().get("name"));
			// The edit is still in the working copy.
			assertFalse(mine.changes().isEmpty());
		}
	}

	@Test
	void refreshTakesOtherChangesAndKeepsUnsavedEdits() throws Exception {
		writeDemo();
		try (SalesStore mine = SalesStores.open(folder.toString()); SalesStore theirs = SalesStores.open(folder.toString())) {
			Opportunity myCopy = mine.workspace().getOpportunities().get(2);
			RecordKey key = RecordKey.opportunity(myCopy.getId());
			theirs.workspace().getOpportunities().get(2).setName("their name");
			theirs.save();
			myCopy.setSource("my source");
			mine.refresh(List.of(key));
			assertEquals("their name", myCopy.getName(), "refreshed in place: the same object");
			assertEquals("my source", myCopy.getSource(), "unsaved edit kept");
			assertEquals(1, mine.changes().records().size());
			assertEquals("source", mine.changes().records().get(0).fields().get(0).path());
		}
	}

	@Test
	void migratingIntoANewFolderKeepsEveryRecord() throws Exception {
		SalesWorkspace demo = writeDemo();
		Path copy = folder.resolveSibling(folder.getFileName() + "-copy");
		try (SalesStore from = SalesStores.open(folder.toString()); SalesStore to = SalesStores.openEmpty(copy.toString(), Path.of(""))) {
			SalesStores.copyInto(from.workspace(), to.workspace());
			to.save();
		}
		try (SalesStore back = SalesStores.open(copy.toString())) {
			assertEquals(RecordFields.flattenAll(demo), RecordFields.flattenAll(back.workspace()));
			assertEquals(demo.getOpportunities().size(), back.list(RecordKind.OPPORTUNITY).size());
		}
		assertThrows(StoreException.class, () -> SalesStores.openEmpty(copy.toString(), Path.of("")));
	}

	@Test
	void removingAQuoteIsAChangeOfItsOpportunity() throws Exception {
		writeDemo();
		try (SalesStore store = SalesStores.open(folder.toString())) {
			Opportunity withQuotes = store.workspace().getOpportunities().stream().filter(o -> !o.getQuotes().isEmpty())
					.findFirst().orElseThrow();
			Quote quote = withQuotes.getQuotes().get(withQuotes.getQuotes().size() - 1);
			String prefix = "quotes[" + quote.getId() + "]/";
			withQuotes.getQuotes().remove(quote);
			RecordChange change = store.changes().records().get(0);
			assertTrue(change.fields().stream().anyMatch(f -> f.path().startsWith(prefix) && f.value() == null));
			store.save();
			assertNull(store.read(change.key()).fields().get(prefix + RecordFields.CLASS));
		}
	}

	@Test
	void aFolderWithoutWorkspaceSaysSo() throws Exception {
		Files.createDirectories(folder.resolve("empty"));
		StoreException e = assertThrows(StoreException.class, () -> SalesStores.open(folder.resolve("empty").toString()));
		assertTrue(e.getMessage().contains("holds no sales workspace"), e.getMessage());
		StoreException url = assertThrows(StoreException.class, () -> SalesStores.open("nosuch://host/db"));
		assertTrue(url.getMessage().contains("no store can open nosuch://"), url.getMessage());
	}
}
