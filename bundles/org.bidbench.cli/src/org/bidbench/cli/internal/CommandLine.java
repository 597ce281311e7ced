package org.bidbench.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;

/**
 * Finds the command the words name (through picocli's subcommands, {@link CommandTree}), runs it
 * and turns its outcome into an exit code: 0 success, 1 user error (one line on stderr), 2 bad usage.
 */
public final class CommandLine {

	public static final int EXIT_OK = 0;
	public static final int EXIT_USER_ERROR = 1;
	public static final int EXIT_USAGE = 2;

	private final Map<String, CommandDescriptor> commands = new TreeMap<>();
	private final Map<String, List<String>> clashes = new TreeMap<>();
	private final String version;
	private final CommandTree tree;

	public CommandLine(Collection<CommandDescriptor> descriptors, String version) {
		this.version = version;
		for (CommandDescriptor descriptor : descriptors) {
			CommandDescriptor previous = commands.putIfAbsent(descriptor.name(), descriptor);
			if (previous != null || "help".equals(descriptor.name())) {
				clashes.computeIfAbsent(descriptor.name(), n -> new ArrayList<>(List.of(previous == null ? "org.bidbench.cli" : previous.contributor())))
						.add(descriptor.contributor());
			}
		}
		tree = new CommandTree(commands.keySet());
	}

	/** The registered commands by name, for help and tests. */
	public Map<String, CommandDescriptor> commands() {
		return commands;
	}

	public int run(List<String> rawArguments, CommandContext baseContext) {
		List<String> arguments = new ArrayList<>(rawArguments);
		boolean debug = arguments.remove("--debug");
		CommandContext context = new CommandContext(baseContext.out(), baseContext.err(), baseContext.workingDirectory(),
				debug || baseContext.debug());

		if (arguments.isEmpty()) {
			printHelp(context);
			return EXIT_USAGE;
		}
		CommandTree.Choice choice = tree.choose(arguments);
		while (choice.typedWords().size() > 1 && !commands.containsKey(choice.name())) {
			// 'a b' typed where only 'a' and 'a b c' are commands: 'a' runs, with 'b' its argument.
			choice = choice.shortened(choice.typedWords().size() - 1, arguments);
		}
		if (choice.none()) {
			String first = arguments.get(0);
			if (first.startsWith("-")) {
				context.err().println("bidbench: unknown option '" + first + "'. Run 'bidbench help' for the commands and options.");
			} else {
				context.err().println("bidbench: unknown command '" + first + "'" + suggestion(first)
						+ ". Run 'bidbench help' for the list of commands.");
			}
			return EXIT_USAGE;
		}
		if (CommandTree.HELP.equals(choice.name())) {
			return help(choice.rest(), context);
		}
		if (CommandTree.VERSION.equals(choice.name()) && choice.typedWords().get(0).startsWith("-")) {
			return runCommand(commands.get(CommandTree.VERSION), CommandTree.VERSION, choice.rest(), context);
		}
		if (!commands.containsKey(choice.name())) {
			// Only a first word grouping commands of its own (such as 'plugins'), not a command itself.
			String first = choice.typedWords().get(0);
			context.err().println("bidbench: unknown command '" + first + "'" + suggestion(first)
					+ ". Run 'bidbench help' for the list of commands.");
			return EXIT_USAGE;
		}
		return runCommand(commands.get(choice.name()), choice.name(), choice.rest(), context);
	}

	private int runCommand(CommandDescriptor descriptor, String name, List<String> arguments, CommandContext context) {
		List<String> clash = clashes.get(name);
		if (clash != null) {
			context.err().println("bidbench: the command '" + name + "' is contributed by several bundles (" + String.join(", ", clash)
					+ "); remove one of them from the installation.");
			return EXIT_USER_ERROR;
		}
		if (descriptor == null) {
			context.err().println("bidbench: the command '" + name + "' is not installed.");
			return EXIT_USER_ERROR;
		}
		try {
			CliCommand command = descriptor.factory().get();
			return command.run(context, List.copyOf(arguments));
		} catch (UsageException e) {
			context.err().println("bidbench " + name + ": " + e.getMessage());
			context.err().println("usage: bidbench " + descriptor.usage());
			return EXIT_USAGE;
		} catch (CommandException e) {
			context.err().println("bidbench " + name + ": " + e.getMessage());
			if (context.debug()) {
				e.printStackTrace(context.err());
			}
			return EXIT_USER_ERROR;
		} catch (StackOverflowError e) {
			context.err().println("bidbench " + name + ": the input is nested too deeply to be processed (" + firstInputOf(arguments)
					+ "); simplify it, e.g. fewer levels of parentheses or indentation"
					+ (context.debug() ? "" : " (--debug prints where)"));
			debugTrace(context, e);
			return EXIT_USER_ERROR;
		} catch (OutOfMemoryError e) {
			long maxMb = Runtime.getRuntime().maxMemory() >> 20;
			context.err().println("bidbench " + name + ": ran out of memory (" + maxMb + " MB of heap) on " + firstInputOf(arguments)
					+ "; give Java more with BIDBENCH_VMARGS=-Xmx" + Math.max(2, 2 * ((maxMb + 1023) / 1024)) + "g, or check the input"
					+ " for something that unpacks or repeats far beyond its size");
			debugTrace(context, e);
			return EXIT_USER_ERROR;
		} catch (RuntimeException | Error e) {
			context.err().println("bidbench " + name + ": internal error: " + e
					+ (context.debug() ? "" : " (run again with --debug for the stack trace, and report it)"));
			debugTrace(context, e);
			return EXIT_USER_ERROR;
		}
	}

	/** The first argument that is not an option, to name the input a failure concerns. */
	private static String firstInputOf(List<String> arguments) {
		return arguments.stream().filter(a -> !a.startsWith("-")).findFirst().map(a -> "'" + a + "'").orElse("the input");
	}

	/** The trace goes to the log (the CLI's instance area: .metadata/.log) always, and to stderr with --debug. */
	private static void debugTrace(CommandContext context, Throwable e) {
		try {
			org.eclipse.core.runtime.ILog.of(CommandLine.class).error("bidbench command failed", e);
		} catch (RuntimeException | LinkageError outsideOsgi) {
			// Run without the platform (a plain test): stderr with --debug is all there is.
		}
		if (context.debug()) {
			e.printStackTrace(context.err());
		}
	}

	private int help(List<String> arguments, CommandContext context) {
		if (arguments.isEmpty()) {
			printHelp(context);
			return EXIT_OK;
		}
		// The words as typed: 'help --version' asks for a command of that name, which there is not.
		CommandTree.Choice choice = tree.choose(arguments);
		String name = choice.none() ? arguments.get(0) : String.join(" ", choice.typedWords());
		CommandDescriptor descriptor = commands.get(name);
		if (descriptor == null && choice.typedWords().size() > 1) {
			name = arguments.get(0); // 'help bench x y': the first word's command, when there is one
			descriptor = commands.get(name);
		}
		if (descriptor == null) {
			context.err().println("bidbench help: no command '" + name + "'" + suggestion(name) + ".");
			return EXIT_USAGE;
		}
		context.out().println(descriptor.summary());
		context.out().println();
		context.out().println("usage: bidbench " + descriptor.usage());
		return EXIT_OK;
	}

	private void printHelp(CommandContext context) {
		context.out().println("BidBench " + version + " command line");
		context.out().println();
		context.out().println("usage: bidbench <command> [arguments]    (bidbench with no command starts the workbench)");
		context.out().println("       bidbench help <command>           the usage of one command");
		context.out().println();
		context.out().println("commands:");
		int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4) + 2;
		context.out().printf("  %-" + width + "s%s%n", "help", "List the commands, or show the usage of one.");
		for (CommandDescriptor descriptor : commands.values()) {
			context.out().printf("  %-" + width + "s%s%n", descriptor.name(), descriptor.summary());
		}
		context.out().println();
		context.out().println("options: --version  print the version;  --debug  print stack traces of errors");
		context.out().println("exit codes: 0 success, 1 the input could not be processed, 2 bad usage");
	}

	private String suggestion(String typed) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String name : commands.keySet()) {
			if (name.contains(" ")) {
				continue; // the user typed one word: suggest first words only
			}
			int distance = editDistance(typed, name);
			if (distance < bestDistance) {
				bestDistance = distance;
				best = name;
			}
		}
		return best != null && bestDistance <= 2 ? " (did you mean '" + best + "'?)" : "";
	}

	/** Levenshtein distance: how many typed letters are wrong, missing or extra. */
	public static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
