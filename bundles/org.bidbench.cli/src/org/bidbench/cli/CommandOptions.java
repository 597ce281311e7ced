package org.bidbench.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The arguments of a command: {@code --name value} pairs, flags, and positional arguments, with
 * every unknown option refused by name; for the commands of this bundle and of any bundle that
 * contributes one through {@code org.bidbench.cli.commands}. Parsed by picocli from a
 * specification built from the two sets of names; its errors are reworded into the one-line
 * messages the commands have always given ({@code --x needs a value}, {@code unknown option '--y'}).
 */
public final class CommandOptions {

	private final ParseResult result;
	private final List<String> positional;

	private CommandOptions(ParseResult result, List<String> positional) {
		this.result = result;
		this.positional = positional;
	}

	public static CommandOptions parse(List<String> arguments, Set<String> withValue, Set<String> flagNames) throws UsageException {
		return parse(arguments, withValue, Set.of(), flagNames);
	}

	/**
	 * Like {@link #parse(List, Set, Set)}, with options that may be given several times, each
	 * time with one value (read them with {@link #values}).
	 */
	public static CommandOptions parse(List<String> arguments, Set<String> withValue, Set<String> repeatable,
			Set<String> flagNames) throws UsageException {
		CommandSpec spec = CommandSpec.create();
		for (String name : withValue) {
			spec.addOption(OptionSpec.builder(name).type(String.class).arity("1").build());
		}
		for (String name : repeatable) {
			spec.addOption(OptionSpec.builder(name).type(String[].class).arity("1").build());
		}
		for (String name : flagNames) {
			spec.addOption(OptionSpec.builder(name).type(boolean.class).arity("0").build());
		}
		PositionalParamSpec rest = PositionalParamSpec.builder().type(String[].class).arity("0..*").build();
		spec.addPositional(rest);
		// The commands' habits: the last of a repeated option wins, an option never takes another
		// option for its value, and '@file' is a file name, not a file of arguments.
		spec.parser().overwrittenOptionsAllowed(true).unmatchedOptionsAllowedAsOptionParameters(false)
				.expandAtFiles(false);
		try {
			ParseResult result = new CommandLine(spec).parseArgs(arguments.toArray(String[]::new));
			String[] values = rest.getValue();
			return new CommandOptions(result, values == null ? List.of() : Arrays.asList(values));
		} catch (MissingParameterException e) {
			throw new UsageException(name(e.getMissing()) + " needs a value");
		} catch (UnmatchedArgumentException e) {
			if (e.getUnmatched().isEmpty()) {
				// picocli refused an unknown option as another option's value: name the option left without one.
				throw new UsageException(optionBeforeAnOption(arguments, withValue, repeatable) + " needs a value");
			}
			// picocli ranks every option by likeness; name one only when it is a slip of the keyboard
			// away, as the command names' suggestion does.
			String typed = e.getUnmatched().get(0);
			String suggestion = e.getSuggestions().stream()
					.filter(option -> org.bidbench.cli.internal.CommandLine.editDistance(typed, option) <= 2).findFirst()
					.map(option -> " (did you mean '" + option + "'?)").orElse("");
			throw new UsageException("unknown option '" + typed + "'" + suggestion);
		} catch (ParameterException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static String optionBeforeAnOption(List<String> arguments, Set<String> withValue, Set<String> repeatable) {
		for (int i = 0; i + 1 < arguments.size(); i++) {
			String a = arguments.get(i);
			if ((withValue.contains(a) || repeatable.contains(a)) && arguments.get(i + 1).startsWith("-")) {
				return a;
			}
		}
		return "an option";
	}

	private static String name(List<ArgSpec> missing) {
		return missing.isEmpty() || !(missing.get(0) instanceof OptionSpec option) ? "an option" : option.longestName();
	}

	public String value(String name) {
		return result.matchedOptionValue(name, null);
	}

	/** Every value of a repeatable option, in the order given; empty when it is absent. */
	public List<String> values(String name) {
		return List.of(result.matchedOptionValue(name, new String[0]));
	}

	public String required(String name, String why) throws UsageException {
		String v = value(name);
		if (v == null) {
			throw new UsageException(name + " is required: " + why);
		}
		return v;
	}

	public boolean flag(String name) {
		return result.hasMatchedOption(name);
	}

	public List<String> positional() {
		return positional;
	}

	/**
	 * The value of an option that counts something, or {@code otherwise} when it is absent.
	 *
	 * @throws UsageException when the value is not a whole number greater than 0
	 */
	public int positive(String name, int otherwise) throws UsageException {
		String v = value(name);
		return v == null ? otherwise : positive(name, v);
	}

	/** {@code text} as a whole number greater than 0, or a usage error naming {@code option}. */
	public static int positive(String option, String text) throws UsageException {
		try {
			int n = Integer.parseInt(text.strip());
			if (n > 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException(option + " takes a whole number greater than 0, not '" + text + "'");
	}
}
