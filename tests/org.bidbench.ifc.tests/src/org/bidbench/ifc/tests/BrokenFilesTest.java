package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.IfcProblem;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.ifc.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of a sample and hostile hand-made input: every case ends in a model with
 * located problems or in an IfcReadException with a clear message, never in another exception.
 */
class BrokenFilesTest {

	@TempDir
	Path temp;

	private Path copyOfSample(String name, byte[] content) throws IOException {
		Path p = temp.resolve(name);
		Files.write(p, content);
		return p;
	}

	/** Opens and exercises a model; only IfcReadException may escape. */
	private static IfcModel openAndUse(Path file, ReadOptions options) throws IfcReadException {
		IfcModel m;
		try {
			m = IfcModel.open(file, options);
		} catch (IfcReadException e) {
			assertFalse(e.getMessage().isBlank());
			assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
			throw e;
		} catch (IOException e) {
			fail("unexpected I/O exception " + e);
			return null;
		}
		m.validate();
		m.countsByType();
		m.storeys();
		m.spatialTree();
		m.units();
		for (IfcEntity wall : m.instancesOf("IfcProduct")) {
			m.storeyOf(wall);
			m.propertySets(wall);
			m.worldTransform(wall);
			m.materials(wall);
		}
		return m;
	}

	@Test
	void truncatedAtManyPointsGivesLocatedProblems() throws Exception {
		byte[] original = Files.readAllBytes(TestFiles.sample("ROOT-kanaalplaatvloer.ifc"));
		Random random = new Random(21);
		int truncatedWithProblems = 0;
		for (int i = 0; i < 40; i++) {
			int cut = 2000 + random.nextInt(original.length - 2100);
			Path p = copyOfSample("truncated-" + i + ".ifc", java.util.Arrays.copyOf(original, cut));
			IfcModel m = openAndUse(p, ReadOptions.defaults());
			List<IfcProblem> problems = m.problems();
			assertTrue(problems.stream().anyMatch(pr -> pr.message().contains("truncated") && pr.line() > 0),
					() -> "cut at " + cut + ": " + problems);
			truncatedWithProblems++;
		}
		assertEquals(40, truncatedWithProblems);
	}

	@Test
	void truncatedInsideAnInstanceNamesTheInstance() throws Exception {
		String text = TestFiles.file("IFC4", "#1=IFCCARTESIANPOINT((1.,2.,3.));\n#2=IFCDIRECTION((0.,0.");
		String cut = text.substring(0, text.indexOf("0.,0.") + 5);
		IfcModel m = TestFiles.read(cut);
		IfcProblem p = m.problems().stream().filter(x -> x.entityId() == 2).findFirst().orElseThrow();
		assertTrue(p.message().contains("truncated"), p.toString());
		assertEquals(9, p.line());
		assertNotNull(m.entity(1));
	}

	@Test
	void randomByteFlipsNeverEscapeTheApi() throws Exception {
		byte[] original = Files.readAllBytes(TestFiles.sample("Sample_entities.ifc"));
		Random random = new Random(7);
		for (int i = 0; i < 60; i++) {
			byte[] copy = original.clone();
			int flips = 1 + random.nextInt(20);
			for (int k = 0; k < flips; k++) {
				copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
			}
			Path p = copyOfSample("flipped-" + i + ".ifc", copy);
			try {
				openAndUse(p, ReadOptions.defaults());
			} catch (IfcReadException expected) {
				// a flipped header byte may make it unreadable: that is a clear error too
			}
		}
	}

	@Test
	void removedReferenceIsADanglingReferenceProblem() throws Exception {
		String text = Files.readString(TestFiles.sample("Sample_entities.ifc"), StandardCharsets.ISO_8859_1);
		// drop the IfcOwnerHistory instance every rooted entity refers to
		String ownerLine = text.lines().filter(l -> l.contains("IFCOWNERHISTORY")).findFirst().orElseThrow();
		int ownerId = Integer.parseInt(ownerLine.substring(1, ownerLine.indexOf('=')).trim());
		Path p = copyOfSample("dangling.ifc", text.replace(ownerLine + "\n", "").replace(ownerLine + "\r\n", "")
				.getBytes(StandardCharsets.ISO_8859_1));
		IfcModel m = openAndUse(p, ReadOptions.defaults());
		assertTrue(m.problems().stream().anyMatch(pr -> pr.message().contains("dangling reference #" + ownerId)
				&& pr.entityId() > 0 && pr.line() > 0), () -> m.problems().toString());
		IfcReadException strict = assertThrows(IfcReadException.class,
				() -> IfcModel.open(p, ReadOptions.defaults().withStrict(true)));
		assertTrue(strict.getMessage().contains("dangling reference #" + ownerId), strict.getMessage());
	}

	@Test
	void garbageIsNotAnIfcFile() throws Exception {
		byte[] garbage = new byte[50_000];
		new Random(3).nextBytes(garbage);
		Path p = copyOfSample("garbage.ifc", garbage);
		IfcReadException e = assertThrows(IfcReadException.class, () -> IfcModel.open(p));
		assertTrue(e.getMessage().contains("not an ISO 10303-21"), e.getMessage());
		Path empty = copyOfSample("empty.ifc", new byte[0]);
		assertThrows(IfcReadException.class, () -> IfcModel.open(empty));
	}

	@Test
	void garbageInsideTheDataSectionIsSkippedAndReported() throws Exception {
		IfcModel m = TestFiles.read("IFC4", "#1=IFCCARTESIANPOINT((1.,2.,3.));\n\u0001\u00ff garbage;\n"
				+ "#2=IFCDIRECTION((0.,0.,1.));\n#3=IFCDIRECTION((0.,0.,1.);\n#4=IFCDIRECTION((0.,!,1.));");
		assertEquals(4, m.size());
		assertEquals("IfcDirection", m.entity(2).typeName());
		m.validate();
		List<IfcProblem> problems = m.problems();
		assertTrue(problems.stream().anyMatch(p -> p.line() == 9 && p.message().contains("\\x01")), problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.entityId() == 3 && p.message().contains("expected ',' or ')'")),
				problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.entityId() == 4 && p.column() == 21
				&& p.message().contains("unexpected character '!'")), problems::toString);
	}

	@Test
	void duplicateIdUnknownTypeAndWrongAttributeCount() throws Exception {
		IfcModel m = TestFiles.read("IFC2X3", "#1=IFCCARTESIANPOINT((1.,2.,3.));\n#1=IFCDIRECTION((0.,0.,1.));\n"
				+ "#2=IFCNOSUCHTHING('x');\n#3=IFCDIRECTION((0.,0.,1.),5);");
		assertEquals("IfcCartesianPoint", m.entity(1).typeName());
		assertEquals("IFCNOSUCHTHING", m.entity(2).typeName());
		m.validate();
		List<IfcProblem> problems = m.problems();
		assertTrue(problems.stream().anyMatch(p -> p.entityId() == 1 && p.line() == 9
				&& p.message().contains("duplicate")), problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.entityId() == 2 && p.message().contains("unknown entity type IFCNOSUCHTHING")),
				problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.entityId() == 3 && p.message().contains("file gives 2")),
				problems::toString);
		String rendered = problems.get(0).toString();
		assertTrue(rendered.startsWith("test.ifc:"), rendered);
	}

	@Test
	void unknownSchemaIsAClearError() {
		IfcReadException e = assertThrows(IfcReadException.class,
				() -> TestFiles.read("IFC9X9", "#1=IFCCARTESIANPOINT((1.,2.,3.));"));
		assertTrue(e.getMessage().contains("unsupported IFC schema 'IFC9X9'"), e.getMessage());
	}

	@Test
	void deepNestingAndHugeNumbersEndInProblemsNotStackOverflow() throws Exception {
		String deep = "(".repeat(100_000) + ")".repeat(100_000);
		IfcModel m = TestFiles.read("IFC4", "#1=IFCCARTESIANPOINTLIST3D(" + deep + ",$);\n"
				+ "#2=IFCPROPERTYSINGLEVALUE('n',$,IFCINTEGER(99999999999999999999999),$);");
		m.validate();
		assertTrue(m.problems().stream().anyMatch(p -> p.entityId() == 1 && p.message().contains("nested deeper")),
				() -> m.problems().toString());
		assertTrue(m.problems().stream().anyMatch(p -> p.entityId() == 2 && p.message().contains("too large")),
				() -> m.problems().toString());
	}

	@Test
	void ifczipIsReadAndZipBombsAreStopped() throws Exception {
		byte[] ifc = Files.readAllBytes(TestFiles.sample("Sample_entities.ifc"));
		Path zip = temp.resolve("model.ifczip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("model.ifc"));
			out.write(ifc);
			out.closeEntry();
		}
		IfcModel m = IfcModel.open(zip);
		assertEquals(IfcModel.open(TestFiles.sample("Sample_entities.ifc")).size(), m.size());

		Path bomb = temp.resolve("bomb.ifczip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			out.putNextEntry(new ZipEntry("bomb.ifc"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 64; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		ReadOptions small = ReadOptions.defaults().withZipLimits(16L << 20, 1000);
		IfcReadException e = assertThrows(IfcReadException.class, () -> IfcModel.open(bomb, small));
		assertTrue(e.getMessage().contains("zip bombs"), e.getMessage());

		Path many = temp.resolve("many.ifczip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(many))) {
			for (int i = 0; i < 20; i++) {
				out.putNextEntry(new ZipEntry("junk" + i + ".txt"));
				out.closeEntry();
			}
		}
		IfcReadException tooMany = assertThrows(IfcReadException.class,
				() -> IfcModel.open(many, ReadOptions.defaults().withZipLimits(1 << 20, 10)));
		assertTrue(tooMany.getMessage().contains("more than 10 entries"), tooMany.getMessage());
	}

	@Test
	void cancellationStopsReading() throws Exception {
		Path big = temp.resolve("big.ifc");
		try (OutputStream out = Files.newOutputStream(big)) {
			out.write(TestFiles.file("IFC4", "").replace("ENDSEC;\nEND-ISO", "").getBytes(StandardCharsets.ISO_8859_1));
			byte[] line = "#1=IFCCARTESIANPOINT((1.,2.,3.));\n".getBytes(StandardCharsets.ISO_8859_1);
			for (int i = 0; i < 600_000; i++) {
				out.write(line);
			}
		}
		ReadOptions cancelled = ReadOptions.defaults().withMonitor(new org.bidbench.ifc.ReadMonitor() {
			@Override
			public boolean isCanceled() {
				return true;
			}
		});
		assertThrows(java.util.concurrent.CancellationException.class, () -> IfcModel.open(big, cancelled));
	}

	@Test
	void hostileSpatialAndPlacementChainsAreCut() throws Exception {
		StringBuilder data = new StringBuilder("#1=IFCPROJECT('1xS3BCk291UvhgP2dvNsgp',$,'P',$,$,$,$,$,$);\n");
		int n = 5000;
		for (int i = 2; i <= n; i++) {
			data.append('#').append(i).append("=IFCSPACE('g").append(String.format("%021d", i))
					.append("',$,'S',$,$,#").append(100_000 + i).append(",$,$,.ELEMENT.,$,$);\n");
			data.append('#').append(50_000 + i).append("=IFCRELAGGREGATES('r").append(String.format("%021d", i))
					.append("',$,$,$,#").append(i - 1).append(",(#").append(i).append("));\n");
			// each placement is relative to the previous one: a 5000-deep chain
			data.append('#').append(100_000 + i).append("=IFCLOCALPLACEMENT(")
					.append(i > 2 ? "#" + (100_000 + i - 1) : "$").append(",$);\n");
		}
		IfcModel m = TestFiles.read("IFC4", data.toString());
		assertNotNull(m.spatialTree());
		assertTrue(m.problems().stream().anyMatch(p -> p.message().contains("spatial structure deeper")),
				() -> m.problems().toString());
		double[] t = m.worldTransform(m.entity(n));
		assertEquals(1.0, t[0]);
		assertTrue(m.problems().stream().anyMatch(p -> p.message().contains("placement chain longer")),
				() -> m.problems().toString());
	}
}
