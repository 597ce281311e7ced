package com.example.bidbench.elementcount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.cli.CommandContext;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.kpi.KpiProvider;
import org.bidbench.sales.core.kpi.KpiProviders;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** The example plugin's three contributions, reached the way BidBench reaches them: through the registry. */
class ExamplePluginTest {

	private static Path sampleHouse() throws Exception {
		Path folder = Files.createTempDirectory("example-plugin");
		try (InputStream in = Platform.getBundle("org.bidbench.cli").getEntry("demo/models/AC20-FZK-Haus.ifc").openStream()) {
			Files.copy(in, folder.resolve("house.ifc"));
		}
		return folder.resolve("house.ifc");
	}

	@Test
	void itsRulePackIsOfferedAndCountsTheHousesWindows() throws Exception {
		RulePacks.Listing listing = RulePacks.list();
		assertTrue(listing.failures().isEmpty(), listing.failures().toString());
		assertTrue(listing.packs().containsKey("example-glazing"), listing.packs().keySet().toString());
		TakeoffResult result = new TakeoffSession(IfcModel.open(sampleHouse()), ComputedQuantitySource.NONE)
				.run(listing.packs().get("example-glazing").pack());
		double windows = result.lines().stream().filter(l -> l.itemCode().equals("EX-GLZ-010")).mapToDouble(TakeoffLine::quantity).sum();
		// 11 windows: grep -cE "^#[0-9]+= ?IFCWINDOW\(" AC20-FZK-Haus.ifc
		assertEquals(11, windows, 0.0);
	}

	@Test
	void itsKpiIsComputedWithTheStandardOnes() {
		List<String> problems = new ArrayList<>();
		List<KpiProvider> providers = KpiProviders.registered(problems);
		assertTrue(problems.isEmpty(), problems.toString());
		KpiProvider example = providers.stream().filter(p -> p.id().equals("example.model-linked-quotes")).findFirst().orElseThrow();
		SalesWorkspace workspace = DemoWorkspaceFactory.create(42, LocalDate.of(2026, 11, 26));
		KpiValue value = example.compute(workspace, Period.parse("2026"), KpiScope.all(), Instant.parse("2026-11-26T12:00:00Z")).get(0);
		assertTrue(value.denominator().compareTo(BigDecimal.ZERO) > 0, "the demo made quotes in 2026");
		assertTrue(value.value().compareTo(BigDecimal.ZERO) >= 0 && value.value().compareTo(BigDecimal.valueOf(100)) <= 0, value.toString());
	}

	@Test
	void itsPricingStrategyIsOfferedAndTakesOffTheVolumeTiers() {
		List<String> problems = new ArrayList<>();
		var strategies = org.bidbench.sales.core.quote.pricing.PricingStrategies.registered(problems);
		assertTrue(problems.isEmpty(), problems.toString());
		assertEquals(List.of("catalog", "example-volume-tiers"), List.copyOf(strategies.keySet()), "ours first");
		var tiers = strategies.get("example-volume-tiers");
		assertEquals("com.example.bidbench.elementcount", tiers.plugin());

		org.bidbench.sales.model.PriceCatalog catalog = org.bidbench.sales.model.SalesFactory.eINSTANCE.createPriceCatalog();
		catalog.setName("example");
		catalog.setCurrency("CNY");
		org.bidbench.sales.model.CatalogItem concrete = org.bidbench.sales.model.SalesFactory.eINSTANCE.createCatalogItem();
		concrete.setCode("C30");
		concrete.setUnit("m3");
		concrete.setPriceRule(org.bidbench.sales.model.PriceRule.FIXED_PRICE);
		concrete.setUnitPrice(org.bidbench.sales.model.Money.of("650.00", "CNY"));
		catalog.getItems().add(concrete);
		var context = new org.bidbench.sales.core.quote.pricing.PricingContext(catalog, LocalDate.of(2026, 11, 26), null);
		assertEquals(org.bidbench.sales.model.Money.of("650.00", "CNY"),
				tiers.strategy().unitPrice(concrete, new BigDecimal("99.9"), context).orElseThrow());
		assertEquals(org.bidbench.sales.model.Money.of("630.50", "CNY"),
				tiers.strategy().unitPrice(concrete, new BigDecimal("100"), context).orElseThrow(), "3 % off from 100");
		assertEquals(org.bidbench.sales.model.Money.of("611.00", "CNY"),
				tiers.strategy().unitPrice(concrete, new BigDecimal("500"), context).orElseThrow(), "6 % off from 500");
		concrete.setUnitPrice(null);
		assertTrue(tiers.strategy().unitPrice(concrete, BigDecimal.TEN, context).isEmpty(), "no catalog price, no price");
	}

	@Test
	void itsImporterOpensAGzippedModelWhereverModelsAreOpened() throws Exception {
		List<String> problems = new ArrayList<>();
		var importers = org.bidbench.ifc.ModelImporters.registered(problems);
		assertTrue(problems.isEmpty(), problems.toString());
		assertEquals(List.of("example-ifc-gz", "ifc"), importers.stream().map(r -> r.id()).toList(), "BidBench's own last");
		assertTrue(org.bidbench.ifc.ModelImporters.fileExtensions().containsAll(List.of("ifc", "ifczip", "ifc.gz")));

		Path house = sampleHouse();
		Path gz = house.resolveSibling("house.ifc.gz");
		try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
			Files.copy(house, out);
		}
		IfcModel plain = IfcModel.open(house);
		IfcModel unpacked = org.bidbench.ifc.ModelImporters.open(gz);
		assertEquals(plain.size(), unpacked.size(), "every instance");
		assertEquals(plain.instancesOf("IfcWall").size(), unpacked.instancesOf("IfcWall").size());
		assertTrue(unpacked.path() != null && Files.isRegularFile(unpacked.path()) && unpacked.path().toString().endsWith("house.ifc"),
				"opened from a file, so geometry engines can read it: " + unpacked.path());

		Path notGzip = house.resolveSibling("broken.ifc.gz");
		Files.copy(house, notGzip);
		java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
				() -> org.bidbench.ifc.ModelImporters.open(notGzip));
		assertTrue(e.getMessage().contains("not gzip data") && e.getMessage().contains("broken.ifc.gz"), e.getMessage());
	}

	@Test
	void itsCommandCountsPerStorey() throws Exception {
		Path model = sampleHouse();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = new CountCommand().run(new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, model.getParent(), false),
				List.of("house.ifc", "IfcWindow"));
		assertEquals(0, code);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("total IfcWindow"), out.toString(StandardCharsets.UTF_8));
		assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*total IfcWindow\\s+11.*"), out.toString(StandardCharsets.UTF_8));
	}
}
