package org.bidbench.sales.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.SaveResult;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.store.pg.PgStoreProvider;
import org.bidbench.sales.store.pg.internal.PgSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A team store written before a price catalog's entries were renamed from {@code CostItem} to
 * {@code CatalogItem}: schema version 5 holding the rows main wrote then (the fixture
 * {@code fixtures/written-before-catalog-item/store-v5.sql}, whose {@code @class} fields say
 * {@code CostItem}). The current client opens, merges and saves it before and after
 * {@code store init} migrates it to version 6, which renames the stored class names.
 */
class PgStoreWrittenBeforeCatalogItemTest {

	private static final RecordKey CATALOG = new RecordKey(RecordKind.CATALOG, "CAT-2025");

	private PgTestServer server;

	@BeforeEach
	void storeAsVersion5LeftIt() throws Exception {
		server = PgTestServer.freshDatabase();
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setServerNames(new String[]{server.host});
		source.setPortNumbers(new int[]{server.port});
		source.setDatabaseName(server.database);
		source.setUser(server.adminUser);
		source.setPassword(server.adminPassword);
		assertEquals(5, PgSchema.migrate(source, "5").size());
		try (Connection c = server.admin(server.database); Statement statement = c.createStatement()) {
			statement.execute(fixture("store-v5.sql"));
		}
		assertEquals(12, countClassFields("CostItem"), "the fixture holds the former class name");
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void theCurrentClientOpensAndSavesAVersion5Store() throws Exception {
		Map<String, String> status = new PgStoreProvider().status(server.adminUrl(), null);
		assertEquals("5", status.get("schema"), status.toString());
		assertEquals("1", status.get("pending"), status.toString());
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			PriceCatalog catalog = store.workspace().getPriceCatalogs().get(0);
			assertEquals(12, catalog.getItems().size());
			CatalogItem concrete = item(catalog, "CON-C30");
			assertEquals(Money.parse("520 CNY"), concrete.getUnitCost());
			assertEquals("concrete", concrete.getCategory());
			assertEquals(2, store.workspace().getOpportunities().size());
			assertTrue(store.changes().isEmpty(), "reading the former class name is no change: " + store.changes());
			concrete.setUnitCost(Money.parse("530 CNY"));
			catalog.getItems().add(newItem("CON-C50", "C50 concrete, placed", "700 CNY"));
			store.save();
		}
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			PriceCatalog catalog = store.workspace().getPriceCatalogs().get(0);
			assertEquals(13, catalog.getItems().size());
			assertEquals(Money.parse("530 CNY"), item(catalog, "CON-C30").getUnitCost());
			assertEquals(Money.parse("700 CNY"), item(catalog, "CON-C50").getUnitCost());
		}
		assertEquals(1, countClassFields("CatalogItem"), "a new item is stored under the current name");
		assertEquals(12, countClassFields("CostItem"), "a save rewrites only what changed");
	}

	@Test
	void anItemRemovedWhileAnotherClientChangedTheCatalogMergesWithoutConflict() throws Exception {
		try (SalesStore first = SalesStores.open(server.adminUrl()); SalesStore second = SalesStores.open(server.adminUrl())) {
			item(first.workspace().getPriceCatalogs().get(0), "CON-C30").setUnitCost(Money.parse("530 CNY"));
			first.save();
			PriceCatalog theirs = second.workspace().getPriceCatalogs().get(0);
			theirs.getItems().remove(item(theirs, "FMW-WALL"));
			// The removed item's stored '@class' says CostItem, the working copy's base CatalogItem:
			// the same value, so no conflict.
			SaveResult saved = second.save();
			assertEquals(List.of(CATALOG), saved.merged());
		}
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			PriceCatalog catalog = store.workspace().getPriceCatalogs().get(0);
			assertEquals(11, catalog.getItems().size());
			assertTrue(catalog.getItems().stream().noneMatch(i -> i.getCode().equals("FMW-WALL")));
			assertEquals(Money.parse("530 CNY"), item(catalog, "CON-C30").getUnitCost());
		}
	}

	@Test
	void storeInitRenamesTheStoredClassNamesAndChangesNothingElse() throws Exception {
		Map<RecordKey, SortedMap<String, String>> before;
		Map<RecordKey, Long> versions;
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			before = RecordFields.flattenAll(store.workspace());
			versions = store.versions();
		}
		assertEquals(List.of("6 catalog item class name"), new PgStoreProvider().initialise(server.adminUrl(), null));
		assertEquals(0, countClassFields("CostItem"));
		assertEquals(12, countClassFields("CatalogItem"));
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			assertEquals(before, RecordFields.flattenAll(store.workspace()));
			assertEquals(versions, store.versions(), "the records mean what they meant: same versions");
			assertEquals("CatalogItem", RecordFields.flatten(store.workspace().getPriceCatalogs().get(0)).get("items[CON-C30]/@class"));
		}
	}

	private static CatalogItem item(PriceCatalog catalog, String code) {
		return catalog.getItems().stream().filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
	}

	private static CatalogItem newItem(String code, String description, String unitCost) {
		CatalogItem item = org.bidbench.sales.model.SalesFactory.eINSTANCE.createCatalogItem();
		item.setCode(code);
		item.setDescription(description);
		item.setUnit("m3");
		item.setCategory("concrete");
		item.setUnitCost(Money.parse(unitCost));
		item.setMarginPercent(new java.math.BigDecimal("20"));
		return item;
	}

	private int countClassFields(String className) throws SQLException {
		try (Connection c = server.admin(server.database);
				Statement statement = c.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM store_field WHERE path LIKE '%@class' AND value = '"
						+ className + "'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static String fixture(String name) throws IOException {
		try (InputStream in = PgStoreWrittenBeforeCatalogItemTest.class
				.getResourceAsStream("/fixtures/written-before-catalog-item/" + name)) {
			assertNotNull(in, "fixtures/written-before-catalog-item/" + name + " in the test bundle");
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
