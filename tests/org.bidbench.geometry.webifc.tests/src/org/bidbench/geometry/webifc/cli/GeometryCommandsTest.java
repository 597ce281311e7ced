package org.bidbench.geometry.webifc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code quantities} and {@code export} commands as the CLI finds them: through the extension
 * point {@code org.bidbench.cli.commands}, inside OSGi, with the real engine.
 */
class GeometryCommandsTest {

	@TempDir
	Path work;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private static CliCommand command(String name) throws Exception {
		for (IConfigurationElement e : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.bidbench.cli.commands")) {
			if (name.equals(e.getAttribute("name"))) {
				return (CliCommand) e.createExecutableExtension("class");
			}
		}
		throw new AssertionError("command " + name + " is not contributed");
	}

	private CommandContext context() {
		return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), work, false);
	}

	private static Path sample(String name) {
		String dir = System.getProperty("bidbench.samples");
		Path f = dir == null ? null : Path.of(dir, name);
		if ((f == null || !Files.isRegularFile(f)) && System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
			org.junit.jupiter.api.Assertions.fail("sample " + name + " not found but CI is set: the CI machine must provide ../shared/samples/ifc");
		}
		Assumptions.assumeTrue(f != null && Files.isRegularFile(f), "skipped: sample " + name + " not found");
		return f;
	}

	@Test
	void quantitiesWritesTheCsv() throws Exception {
		Path model = sample("AC20-FZK-Haus.ifc");
		int code = command("quantities").run(context(), List.of(model.toString(), "--csv", "q.csv"));
		assertEquals(0, code, err.toString());
		List<String> lines = Files.readAllLines(work.resolve("q.csv"));
		assertTrue(lines.get(0).startsWith("global_id,ifc_class,storey,name,authored_net_volume_m3,"
				+ "authored_gross_volume_m3,computed_volume_m3,computed_area_m2,mesh_closed,status"));
		assertTrue(lines.size() > 80, "rows: " + lines.size());
		assertTrue(err.toString().contains("wrote " + (lines.size() - 1) + " rows"), err.toString());
	}

	@Test
	void exportWritesAGlb() throws Exception {
		Path model = sample("AC20-FZK-Haus.ifc");
		int code = command("export").run(context(), List.of(model.toString(), "--gltf", "m.glb",
				"--time-budget", "600"));
		assertEquals(0, code, err.toString());
		byte[] glb = Files.readAllBytes(work.resolve("m.glb"));
		assertEquals('g', glb[0]);
		assertEquals('T', glb[2]);
	}

	@Test
	void badArgumentsAndMissingFilesAreReportedNotThrown() throws Exception {
		CliCommand quantities = command("quantities");
		assertThrows(UsageException.class, () -> quantities.run(context(), List.of("x.ifc")));
		assertThrows(UsageException.class, () -> quantities.run(context(), List.of("x.ifc", "--csv")));
		assertThrows(UsageException.class,
				() -> quantities.run(context(), List.of("x.ifc", "--csv", "o.csv", "--time-budget", "soon")));
		CommandException missing = assertThrows(CommandException.class,
				() -> quantities.run(context(), List.of("missing.ifc", "--csv", "o.csv")));
		assertTrue(missing.getMessage().contains("missing.ifc") && missing.getMessage().contains("no such file"),
				missing.getMessage());
		Path notIfc = Files.writeString(work.resolve("notes.ifc"), "hello");
		CommandException broken = assertThrows(CommandException.class,
				() -> quantities.run(context(), List.of(notIfc.toString(), "--csv", "o.csv")));
		assertTrue(broken.getMessage().contains("notes.ifc"), broken.getMessage());
		assertTrue(!Files.exists(work.resolve("o.csv")), "no half-written table is left");
	}
}
