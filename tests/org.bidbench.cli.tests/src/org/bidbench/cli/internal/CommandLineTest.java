package org.bidbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(CommandLine commandLine, String... arguments) {
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."), false);
		return commandLine.run(List.of(arguments), context);
	}

	private static CommandLine installed() {
		return new CommandLine(CommandRegistry.read(Platform.getExtensionRegistry()), ProductVersion.current());
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionIsTheBundleVersionAndExitsZero() {
		assertEquals(0, run(installed(), "--version"));
		assertTrue(out().startsWith("BidBench 0.1.0"), out());
		assertTrue(out().contains("Java " + Runtime.version()), out());
	}

	@Test
	void helpListsEveryContributedCommand() {
		CommandLine commandLine = installed();
		assertTrue(commandLine.commands().containsKey("version"), "version comes through the extension point");
		assertEquals(0, run(commandLine, "help"));
		for (String name : commandLine.commands().keySet()) {
			assertTrue(out().contains("  " + name + " "), name + " missing from:\n" + out());
		}
	}

	@Test
	void helpOfOneCommandPrintsItsUsage() {
		assertEquals(0, run(installed(), "help", "version"));
		assertTrue(out().contains("usage: bidbench version"), out());
	}

	@Test
	void unknownCommandExitsTwoWithOneHelpfulLineAndASuggestion() {
		assertEquals(2, run(installed(), "versoin"));
		assertEquals("", out());
		String message = err().strip();
		assertEquals(1, message.lines().count(), message);
		assertTrue(message.contains("unknown command 'versoin'"), message);
		assertTrue(message.contains("did you mean 'version'?"), message);
		assertTrue(message.contains("bidbench help"), message);
	}

	@Test
	void noArgumentsPrintsHelpAndExitsTwo() {
		assertEquals(2, run(installed()));
		assertTrue(out().contains("commands:"), out());
	}

	@Test
	void usageAndUserErrorsMapToTheirExitCodes() {
		List<CommandDescriptor> descriptors = new ArrayList<>();
		descriptors.add(new CommandDescriptor("bad-usage", "s", "bad-usage FILE", "test", () -> (c, a) -> {
			throw new UsageException("needs a FILE");
		}));
		descriptors.add(new CommandDescriptor("broken-input", "s", "broken-input", "test", () -> (c, a) -> {
			throw new CommandException("model.ifc line 12: entity #40 is truncated; re-export the model");
		}));
		descriptors.add(new CommandDescriptor("bug", "s", "bug", "test", () -> (c, a) -> {
			throw new IllegalStateException("boom");
		}));
		CommandLine commandLine = new CommandLine(descriptors, "test");

		assertEquals(2, run(commandLine, "bad-usage"));
		assertTrue(err().contains("usage: bidbench bad-usage FILE"), err());

		err.reset();
		assertEquals(1, run(commandLine, "broken-input"));
		assertEquals("bidbench broken-input: model.ifc line 12: entity #40 is truncated; re-export the model", err().strip());

		err.reset();
		assertEquals(1, run(commandLine, "bug"));
		assertTrue(err().contains("internal error") && err().contains("--debug") && !err().contains("\tat "), err());

		err.reset();
		assertEquals(1, run(commandLine, "bug", "--debug"));
		assertTrue(err().contains("\tat "), "--debug prints the stack trace");
	}

	@Test
	void twoBundlesContributingOneNameAreRefusedByName() {
		CommandLine commandLine = new CommandLine(List.of(
				new CommandDescriptor("same", "s", "same", "com.example.a", () -> (c, a) -> 0),
				new CommandDescriptor("same", "s", "same", "com.example.b", () -> (c, a) -> 0)), "test");
		assertEquals(1, run(commandLine, "same"));
		assertTrue(err().contains("com.example.a") && err().contains("com.example.b"), err());
	}

	@Test
	void aTwoWordCommandTakesItsSecondWordBeforeTheOneWordCommandSeesIt() {
		List<String> seenByBench = new ArrayList<>();
		List<String> seenByRender = new ArrayList<>();
		CommandLine commandLine = new CommandLine(List.of(
				new CommandDescriptor("bench", "s", "bench store", "org.bidbench.cli", () -> (c, a) -> {
					seenByBench.addAll(a);
					return 0;
				}),
				new CommandDescriptor("bench render", "Time the viewer.", "bench render MODEL", "com.example.viewer", () -> (c, a) -> {
					seenByRender.addAll(a);
					if (a.isEmpty()) {
						throw new UsageException("missing the model");
					}
					return 0;
				})), "test");
		assertEquals(0, run(commandLine, "bench", "render", "house.ifc", "--frames", "2"));
		assertEquals(List.of("house.ifc", "--frames", "2"), seenByRender);
		assertEquals(0, run(commandLine, "bench", "store", "postgresql://db"));
		assertEquals(List.of("store", "postgresql://db"), seenByBench);

		assertEquals(2, run(commandLine, "bench", "render"));
		assertTrue(err().contains("bidbench bench render: missing the model"), err());
		assertTrue(err().contains("usage: bidbench bench render MODEL"), err());

		out.reset();
		assertEquals(0, run(commandLine, "help", "bench", "render"));
		assertTrue(out().contains("Time the viewer.") && out().contains("usage: bidbench bench render MODEL"), out());
		out.reset();
		assertEquals(0, run(commandLine, "help"));
		assertTrue(out().contains("  bench render  Time the viewer."), out());
	}

	/**
	 * The command line's own bundle does not bring the 3D viewer (the core feature runs without it), so
	 * in this test runtime {@code bench render} is not contributed and says where it comes from.
	 */
	@Test
	void benchRenderWithoutTheViewerBundleSaysWhereItComesFrom() {
		CommandLine commandLine = installed();
		assertTrue(commandLine.commands().containsKey("bench"), "bench store and bench cockpit stay in the command line");
		assertTrue(!commandLine.commands().containsKey("bench render"), "no viewer bundle in the command line's runtime");
		assertEquals(1, run(commandLine, "bench", "render", "house.ifc"));
		String message = err().strip();
		assertEquals(1, message.lines().count(), message);
		assertTrue(message.contains("not installed") && message.contains("org.bidbench.viewer.bench"), message);
		err.reset();
		assertEquals(2, run(commandLine, "bench", "paint"));
	}

	@Test
	void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
		assertEquals(0, CommandLine.editDistance("takeoff", "takeoff"));
		assertEquals(1, CommandLine.editDistance("takof", "takeof"));
		assertEquals(2, CommandLine.editDistance("versoin", "version"));
		assertEquals(3, CommandLine.editDistance("", "abc"));
	}
}
