package org.bidbench.cli.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.SaveResult;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.model.EmployeeRole;

/**
 * {@code bidbench store init|status|migrate|add-user}: operating a team store.
 * <ul>
 * <li>{@code store init URL}: creates or upgrades the schema (Flyway migrations), idempotent;</li>
 * <li>{@code store status URL [--json]}: server, schema version, pending migrations, records,
 * the user's roles and whether they see costs;</li>
 * <li>{@code store migrate --from LOCATION --to LOCATION}: copies a workspace between a folder and
 * a store (either way) into an empty target, then reads the target back and compares every
 * field;</li>
 * <li>{@code store add-user URL LOGIN --role ROLE}: a person with a password (from
 * {@code BIDBENCH_USER_PASSWORD} or the first line of stdin) in a role of the sales model.</li>
 * </ul>
 */
public class StoreCommand implements CliCommand {

	static final String USAGE = "store init URL | store status URL [--json] | store migrate --from DIR|URL --to DIR|URL"
			+ " | store add-user URL LOGIN --role ROLE";

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty()) {
			throw new UsageException("say what to do: " + USAGE);
		}
		String action = arguments.get(0);
		CommandOptions options = CommandOptions.parse(arguments.subList(1, arguments.size()), Set.of("--from", "--to", "--role"), Set.of("--json"));
		try {
			return switch (action) {
				case "init" -> init(context, url(options, "store init URL"));
				case "status" -> status(context, url(options, "store status URL"), options.flag("--json"));
				case "migrate" -> migrate(context, options.required("--from", "the folder or URL to copy from"),
						options.required("--to", "the empty folder or store URL to copy into"));
				case "add-user" -> addUser(context, options);
				default -> throw new UsageException("unknown store action '" + action + "': " + USAGE);
			};
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static String url(CommandOptions options, String usage) throws UsageException {
		if (options.positional().size() != 1) {
			throw new UsageException("give one store URL: " + usage);
		}
		String url = options.positional().get(0);
		if (!SalesStores.isUrl(url)) {
			throw new UsageException("'" + url + "' is not a store URL; write postgresql://user@host:5432/database");
		}
		return url;
	}

	private static int init(CommandContext context, String url) throws StoreException {
		List<String> applied = SalesStores.providerFor(url).initialise(url, null);
		if (applied.isEmpty()) {
			context.out().println("schema: up to date, nothing to do");
		}
		for (String step : applied) {
			context.out().println("applied: " + step);
		}
		return 0;
	}

	private static int status(CommandContext context, String url, boolean json) throws StoreException {
		Map<String, String> status = SalesStores.providerFor(url).status(url, null);
		if (json) {
			Map<String, Object> values = new java.util.LinkedHashMap<>();
			status.forEach((k, v) -> values.put(k.replace(' ', '_'), v));
			context.out().println(JsonWriter.write(values));
		} else {
			status.forEach((name, value) -> context.out().println(name + ": " + value));
		}
		return 0;
	}

	private static int migrate(CommandContext context, String from, String to) throws StoreException, CommandException {
		try (SalesStore source = SalesStores.open(from, null, context.resolve("."))) {
			if (!source.canSeeCosts()) {
				throw new CommandException(source.user() + " may not see costs and margins in " + source.location()
						+ ", so they would be lost; migrate as a user with the finance, commercial lead, sales manager or executive role, or as the owner");
			}
			Map<RecordKey, SortedMap<String, String>> expected = RecordFields.flattenAll(source.workspace());
			context.err().println("read " + expected.size() + " records from " + source.location());
			try (SalesStore target = SalesStores.openEmpty(to, context.resolve("."))) {
				SalesStores.copyInto(source.workspace(), target.workspace());
				SaveResult saved = target.save();
				context.err().println("wrote " + saved.versions().size() + " records to " + target.location());
			}
			try (SalesStore written = SalesStores.open(to, null, context.resolve("."))) {
				Map<RecordKey, SortedMap<String, String>> actual = RecordFields.flattenAll(written.workspace());
				String difference = firstDifference(expected, actual);
				if (difference != null) {
					throw new CommandException("the copy in " + written.location() + " differs from " + source.location() + ": "
							+ difference + "; the source is unchanged");
				}
				long fields = actual.values().stream().mapToLong(Map::size).sum();
				context.out().println("records: " + actual.size());
				context.out().println("fields: " + fields);
				context.out().println("equal: yes");
			}
		}
		return 0;
	}

	/** The first record or field that differs, or null. */
	static String firstDifference(Map<RecordKey, SortedMap<String, String>> expected, Map<RecordKey, SortedMap<String, String>> actual) {
		Set<RecordKey> keys = new TreeSet<>(expected.keySet());
		keys.addAll(actual.keySet());
		for (RecordKey key : keys) {
			SortedMap<String, String> a = expected.get(key);
			SortedMap<String, String> b = actual.get(key);
			if (a == null || b == null) {
				return key + (a == null ? " is extra" : " is missing");
			}
			Set<String> paths = new TreeSet<>(a.keySet());
			paths.addAll(b.keySet());
			for (String path : paths) {
				if (!Objects.equals(a.get(path), b.get(path))) {
					return key + " " + path + ": '" + a.get(path) + "' became '" + b.get(path) + "'";
				}
			}
		}
		return null;
	}

	private static int addUser(CommandContext context, CommandOptions options) throws UsageException, StoreException, CommandException {
		if (options.positional().size() != 2) {
			throw new UsageException("give the store URL and the login: store add-user URL LOGIN --role ROLE");
		}
		String url = options.positional().get(0);
		String login = options.positional().get(1);
		String roleName = options.required("--role", "one of " + roles());
		EmployeeRole role = EmployeeRole.get(roleName.replace('_', ' ').replace('-', ' '));
		if (role == null) {
			throw new UsageException("'" + roleName + "' is not a role; give one of " + roles());
		}
		String password = System.getenv("BIDBENCH_USER_PASSWORD");
		if (password == null) {
			try {
				password = new BufferedReader(new InputStreamReader(System.in)).readLine();
			} catch (IOException e) {
				throw new CommandException("could not read the password from stdin: " + e.getMessage(), e);
			}
		}
		if (password == null || password.isEmpty()) {
			throw new CommandException("no password for " + login + ": set BIDBENCH_USER_PASSWORD or give it on the first line of stdin");
		}
		SalesStores.providerFor(url).addUser(url, null, login, password.toCharArray(), role);
		context.out().println("user " + login + " may log in as " + role.getLiteral());
		return 0;
	}

	private static String roles() {
		List<String> names = new ArrayList<>();
		EmployeeRole.VALUES.forEach(r -> names.add("'" + r.getLiteral() + "'"));
		return String.join(", ", names);
	}
}
