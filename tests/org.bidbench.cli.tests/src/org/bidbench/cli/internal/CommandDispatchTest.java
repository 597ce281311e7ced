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
import org.bidbench.cli.UsageException;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** How the words on the command line choose a command (picocli's subcommands) and what the command is handed. */
class CommandDispatchTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final List<String> seenByCount = new ArrayList<>();
	private final List<String> seenByInstall = new ArrayList<>();

	private int run(CommandLine commandLine, String... arguments) {
		out.reset();
		err.reset();
		CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."), false);
		return commandLine.run(List.of(arguments), context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The installed commands with a third party's 'count' and a 'plugins install' whose first word is no command. */
	private CommandLine withContributions() {
		List<CommandDescriptor> descriptors = new ArrayList<>(CommandRegistry.read(Platform.getExtensionRegistry()));
		descriptors.add(new CommandDescriptor("count", "Count the elements of one IFC class per storey.", "count MODEL.ifc IfcClass",
				"com.example.bidbench.elementcount", () -> (c, a) -> {
					seenByCount.addAll(a);
					if (a.size() < 2) {
						throw new UsageException("needs a model and an IFC class");
					}
					return 0;
				}));
		descriptors.add(new CommandDescriptor("plugins install", "Install a plug-in.", "plugins install SITE", "org.bidbench.plugins",
				() -> (c, a) -> {
					seenByInstall.addAll(a);
					return 0;
				}));
		return new CommandLine(descriptors, "test");
	}

	@Test
	void aThirdPartyCommandIsFoundAndGetsItsArgumentsAsTyped() {
		CommandLine commandLine = withContributions();
		assertEquals(0, run(commandLine, "count", "house.ifc", "--", "@walls"));
		assertEquals(List.of("house.ifc", "--", "@walls"), seenByCount, "'--' and '@file' belong to the command, not the dispatch");
		seenByCount.clear();
		assertEquals(2, run(commandLine, "count", "house.ifc"));
		assertEquals("bidbench count: needs a model and an IFC class\nusage: bidbench count MODEL.ifc IfcClass\n",
				err().replace("\r\n", "\n"));
	}

	@Test
	void helpOfAContributedCommandPrintsItsSummaryAndUsage() {
		CommandLine commandLine = withContributions();
		assertEquals(0, run(commandLine, "help", "count"));
		assertEquals("Count the elements of one IFC class per storey.\n\nusage: bidbench count MODEL.ifc IfcClass\n",
				out().replace("\r\n", "\n"));
		assertEquals(0, run(commandLine, "--help", "plugins", "install"));
		assertTrue(out().contains("usage: bidbench plugins install SITE"), out());
		assertEquals(0, run(commandLine, "help"));
		assertTrue(out().contains("  count ") && out().contains("  plugins install "), out());
	}

	@Test
	void aTwoWordCommandRunsWhileItsFirstWordAloneIsUnknown() {
		CommandLine commandLine = withContributions();
		assertEquals(0, run(commandLine, "plugins", "install", "file:/tmp/site", "--debug"));
		assertEquals(List.of("file:/tmp/site"), seenByInstall, "--debug is the command line's own, wherever it stands");
		assertEquals(2, run(commandLine, "plugins"));
		assertEquals("bidbench: unknown command 'plugins'. Run 'bidbench help' for the list of commands.", err().strip());
		assertEquals(2, run(commandLine, "plugins", "instal"));
		assertTrue(err().contains("unknown command 'plugins'"), err());
		assertEquals(2, run(commandLine, "help", "plugins"));
		assertEquals("bidbench help: no command 'plugins'.", err().strip());
	}

	@Test
	void anUnknownCommandNamesTheNearestOneAndAnUnknownOptionIsRefusedByName() {
		CommandLine commandLine = withContributions();
		assertEquals(2, run(commandLine, "cuont", "house.ifc"));
		assertEquals("bidbench: unknown command 'cuont' (did you mean 'count'?). Run 'bidbench help' for the list of commands.",
				err().strip());
		assertTrue(seenByCount.isEmpty());
		assertEquals(2, run(commandLine, "zzzzzzzz"));
		assertEquals("bidbench: unknown command 'zzzzzzzz'. Run 'bidbench help' for the list of commands.", err().strip());
		assertEquals(2, run(commandLine, "--colour", "count"));
		assertEquals("bidbench: unknown option '--colour'. Run 'bidbench help' for the commands and options.", err().strip());
		assertEquals(2, run(commandLine, "help", "cuont"));
		assertEquals("bidbench help: no command 'cuont' (did you mean 'count'?).", err().strip());
	}

	@Test
	void theVersionOptionsRunTheVersionCommandAndHelpOfAnOptionIsNoCommand() {
		CommandLine commandLine = withContributions();
		assertEquals(0, run(commandLine, "-V"));
		assertTrue(out().startsWith("BidBench "), out());
		assertEquals(2, run(commandLine, "help", "--version"));
		assertTrue(err().startsWith("bidbench help: no command '--version'"), err());
		CommandLine withoutVersion = new CommandLine(List.of(), "test");
		assertEquals(1, run(withoutVersion, "--version"));
		assertEquals("bidbench: the command 'version' is not installed.", err().strip());
		assertEquals(2, run(withoutVersion, "version"));
		assertTrue(err().contains("unknown command 'version'"), err());
	}

	@Test
	void aWordBetweenTwoCommandsGoesToTheShorterOne() {
		List<String> seenByA = new ArrayList<>();
		CommandLine commandLine = new CommandLine(List.of(
				new CommandDescriptor("walkthrough", "s", "walkthrough", "test", () -> (c, a) -> {
					seenByA.addAll(a);
					return 0;
				}),
				new CommandDescriptor("walkthrough render pdf", "s", "walkthrough render pdf", "test", () -> (c, a) -> 3)), "test");
		assertEquals(0, run(commandLine, "walkthrough", "render", "x"));
		assertEquals(List.of("render", "x"), seenByA);
		assertEquals(3, run(commandLine, "walkthrough", "render", "pdf"));
	}
}
