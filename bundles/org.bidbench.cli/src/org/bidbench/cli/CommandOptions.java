package org.bidbench.cli.internal.sales;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.UsageException;

/**
 * The options of the sales and report commands: {@code --name value} pairs, flags, and
 * positional arguments, with every unknown option refused by name.
 */
public final class Options {

	private final Map<String, String> values = new LinkedHashMap<>();
	private final List<String> flags = new ArrayList<>();
	private final List<String> positional = new ArrayList<>();

	private Options() {
	}

	public static Options parse(List<String> arguments, Set<String> withValue, Set<String> flagNames) throws UsageException {
		Options options = new Options();
		for (int i = 0; i < arguments.size(); i++) {
			String a = arguments.get(i);
			if (withValue.contains(a)) {
				if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
					throw new UsageException(a + " needs a value");
				}
				options.values.put(a, arguments.get(++i));
			} else if (flagNames.contains(a)) {
				options.flags.add(a);
			} else if (a.startsWith("-")) {
				throw new UsageException("unknown option '" + a + "'");
			} else {
				options.positional.add(a);
			}
		}
		return options;
	}

	public String value(String name) {
		return values.get(name);
	}

	public String required(String name, String why) throws UsageException {
		String v = values.get(name);
		if (v == null) {
			throw new UsageException(name + " is required: " + why);
		}
		return v;
	}

	public boolean flag(String name) {
		return flags.contains(name);
	}

	public List<String> positional() {
		return positional;
	}
}
