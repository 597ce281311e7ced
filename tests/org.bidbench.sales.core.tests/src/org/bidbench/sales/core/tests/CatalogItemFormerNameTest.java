package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.workspace.SalesWorkspaceFile;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * Work saved while a price catalog's entries were the class {@code CostItem} (now
 * {@code CatalogItem}) still opens: the folder and single-file workspaces main wrote then (fixtures
 * under {@code fixtures/written-before-catalog-item}), and a store record whose {@code @class}
 * field holds the former name.
 */
class CatalogItemFormerNameTest {

	private static final String FIXTURES = "fixtures/written-before-catalog-item";

	@TempDir
	Path temp;

	@Test
	void aFolderWorkspaceWrittenBeforeTheRenameLoadsAndSaves() throws Exception {
		Path folder = copyFixture("folder");
		SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(folder);
		assertEquals(List.of(), loaded.problems());
		PriceCatalog catalog = catalogOf(loaded.workspace());
		assertEquals(12, catalog.getItems().size());
		CatalogItem concrete = item(catalog, "CON-C30");
		assertEquals(Money.parse("520 CNY"), concrete.getUnitCost());
		assertEquals("concrete", concrete.getCategory());

		concrete.setUnitCost(Money.parse("530 CNY"));
		loaded.save();
		assertEquals(Money.parse("530 CNY"), item(catalogOf(SalesWorkspaceFolder.load(folder).workspace()), "CON-C30").getUnitCost());
		// The store over the same folder: the catalog reads back field for field.
		try (SalesStore store = SalesStores.open(folder.toString())) {
			assertTrue(store.changes().isEmpty());
			assertEquals("CatalogItem",
					store.read(new RecordKey(RecordKind.CATALOG, "CAT-2025")).fields().get("items[CON-C30]/@class"));
		}
	}

	@Test
	void aSingleFileWorkspaceWrittenBeforeTheRenameLoadsAndSaves() throws Exception {
		Path file = copyFixture("workspace.xmi");
		SalesWorkspaceFile loaded = SalesWorkspaceFile.load(file);
		PriceCatalog catalog = catalogOf(loaded.workspace());
		assertEquals(12, catalog.getItems().size());
		assertEquals(Money.parse("610 CNY"), item(catalog, "CON-C40").getUnitCost());
		catalog.getItems().remove(item(catalog, "CON-C40"));
		loaded.save();
		PriceCatalog reloaded = catalogOf(SalesWorkspaceFile.load(file).workspace());
		assertEquals(11, reloaded.getItems().size());
		assertTrue(reloaded.getItems().stream().noneMatch(i -> i.getCode().equals("CON-C40")));
	}

	@Test
	void aStoredRecordNamingTheFormerClassAssemblesIntoCatalogItems() throws Exception {
		SalesWorkspace workspace = SalesWorkspaceFolder.load(copyFixture("folder")).workspace();
		PriceCatalog catalog = catalogOf(workspace);
		SortedMap<String, String> current = RecordFields.flatten(catalog);
		assertEquals("CatalogItem", current.get("items[CON-C30]/@class"));
		// The record as stores kept it before the rename.
		SortedMap<String, String> former = new TreeMap<>();
		current.forEach((path, value) -> former.put(path, path.endsWith(RecordFields.CLASS) && value.equals("CatalogItem") ? "CostItem" : value));
		assertEquals(catalog.getItems().size(), former.values().stream().filter("CostItem"::equals).count());

		SalesWorkspace assembled = RecordFields.assemble(Map.of(new RecordKey(RecordKind.CATALOG, catalog.getId()), former));
		PriceCatalog read = assembled.getPriceCatalogs().get(0);
		assertInstanceOf(CatalogItem.class, read.getItems().get(0));
		assertEquals(current, RecordFields.flatten(read), "the same record, written with the current name");

		SortedMap<String, String> normalised = new TreeMap<>();
		former.forEach((path, value) -> normalised.put(path, RecordFields.storedValue(path, value)));
		assertEquals(current, normalised);
		assertEquals("CostItem", RecordFields.storedValue("items[X]/code", "CostItem"), "only class fields are renamed");
	}

	@Test
	void aClassTheModelNeverHadIsStillRefused() {
		Map<String, String> fields = Map.of(RecordFields.CLASS, "PriceCatalog", "items", "A", "items[A]/@class", "CostEntry");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> RecordFields.assemble(Map.of(new RecordKey(RecordKind.CATALOG, "C"), fields)));
		assertTrue(refused.getMessage().contains("'CostEntry'"), refused.getMessage());
	}

	private static PriceCatalog catalogOf(SalesWorkspace workspace) {
		PriceCatalog catalog = workspace.getPriceCatalogs().get(0);
		assertFalse(catalog.eIsProxy());
		return catalog;
	}

	private static CatalogItem item(PriceCatalog catalog, String code) {
		return catalog.getItems().stream().filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
	}

	/** Copies a fixture file or folder out of the test bundle into the temporary folder. */
	private Path copyFixture(String name) throws IOException {
		String root = FIXTURES + "/" + name;
		boolean file = name.endsWith(".xmi");
		Enumeration<URL> entries = FrameworkUtil.getBundle(RecordFields.class).findEntries(file ? FIXTURES : root,
				file ? name : "*.xmi", !file);
		assertNotNull(entries, root + " in the test bundle");
		int copied = 0;
		while (entries.hasMoreElements()) {
			URL url = entries.nextElement();
			String path = url.getPath().substring(url.getPath().indexOf(FIXTURES) + FIXTURES.length() + 1);
			Path target = temp.resolve(path);
			Files.createDirectories(target.getParent());
			try (InputStream in = url.openStream()) {
				Files.copy(in, target);
			}
			copied++;
		}
		assertTrue(copied > 0, root);
		return temp.resolve(name);
	}
}
