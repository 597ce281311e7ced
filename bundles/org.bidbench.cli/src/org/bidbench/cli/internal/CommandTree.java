package org.bidbench.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The commands as picocli's tree of subcommands: one node per word, so {@code store init} is the
 * subcommand {@code init} of {@code store}, whichever bundles contributed the two. A first word
 * that is no command of its own (such as {@code plugins}) is a node that only groups.
 * <p>
 * The tree only chooses the command: every word after it is handed to the command unchanged
 * (its options, {@code --} and {@code @file} included), since each command parses its own
 * arguments with {@link org.bidbench.cli.CommandOptions}.
 */
final class CommandTree {

	/** The built-in help, with the option spellings users try first. */
	static final String HELP = "help";
	static final String VERSION = "version";

	/** What the words on the command line chose. */
	record Choice(List<String> typedWords, List<String> words, List<String> rest) {

		boolean none() {
			return typedWords.isEmpty();
		}

		String name() {
			return String.join(" ", words);
		}

		/** The choice cut back to its first {@code count} words, the others going to the command. */
		Choice shortened(int count, List<String> arguments) {
			return new Choice(typedWords.subList(0, count), words.subList(0, count), arguments.subList(count, arguments.size()));
		}
	}

	private final picocli.CommandLine root;

	CommandTree(Collection<String> names) {
		root = new picocli.CommandLine(CommandSpec.create());
		root.addSubcommand(HELP, node(), "--help", "-h");
		if (!names.contains(VERSION)) {
			// Asked for without being installed: chosen all the same, so the command line can say so.
			root.addSubcommand(VERSION, node(), "--version", "-V");
		}
		for (String name : names) {
			if (HELP.equals(name)) {
				continue; // help is the command line's own; a bundle's 'help' is refused as a clash
			}
			String[] words = name.split(" ");
			picocli.CommandLine parent = root;
			for (int i = 0; i < words.length; i++) {
				picocli.CommandLine child = parent.getSubcommands().get(words[i]);
				if (child == null) {
					child = new picocli.CommandLine(node());
					if (parent == root && VERSION.equals(words[i])) {
						parent.addSubcommand(words[i], child, "--version", "-V");
					} else {
						parent.addSubcommand(words[i], child);
					}
				}
				parent = child;
			}
		}
		// The first word that is no (further) subcommand ends the choice; it and all after it are the
		// command's own arguments, kept as typed: no '--' taken away, no '@file' expanded.
		root.setUnmatchedArgumentsAllowed(true);
		root.setStopAtUnmatched(true);
		root.setExpandAtFiles(false);
		root.setEndOfOptionsDelimiter("\0");
	}

	private static CommandSpec node() {
		return CommandSpec.create();
	}

	/** The longest chain of command words at the start of {@code arguments}, and what follows it. */
	Choice choose(List<String> arguments) {
		ParseResult result = root.parseArgs(arguments.toArray(String[]::new));
		List<String> canonical = new ArrayList<>();
		ParseResult last = result;
		while (last.subcommand() != null) {
			last = last.subcommand();
			canonical.add(last.commandSpec().name());
		}
		int chosen = canonical.size();
		return new Choice(List.copyOf(arguments.subList(0, chosen)), List.copyOf(canonical),
				List.copyOf(arguments.subList(chosen, arguments.size())));
	}
}
