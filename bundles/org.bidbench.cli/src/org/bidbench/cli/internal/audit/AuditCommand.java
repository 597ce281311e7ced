package org.bidbench.cli.internal.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.audit.ActingUser;
import org.bidbench.sales.core.audit.AuditChain;
import org.bidbench.sales.core.audit.AuditEntry;
import org.bidbench.sales.core.audit.AuditException;
import org.bidbench.sales.core.audit.AuditVerification;
import org.bidbench.sales.core.audit.AuditWitnessFile;
import org.bidbench.sales.core.audit.ChainedAuditLog;
import org.bidbench.sales.core.audit.UserKeyStore;
import org.bidbench.sales.model.Employee;

/**
 * {@code bidbench audit verify|log|register-key ...}: re-check the workspace's audit chain, list
 * it, and register a user's signing key in it.
 */
public class AuditCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty()) {
			throw new UsageException("what about the audit log? verify, log or register-key");
		}
		List<String> rest = arguments.subList(1, arguments.size());
		try {
			return switch (arguments.get(0)) {
				case "verify" -> verify(context, rest);
				case "log" -> log(context, rest);
				case "register-key" -> registerKey(context, rest);
				default -> throw new UsageException("unknown audit command '" + arguments.get(0) + "'; use verify, log or register-key");
			};
		} catch (AuditException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private int verify(CommandContext context, List<String> arguments) throws UsageException, CommandException, AuditException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--witness"), Set.of("--json", "--no-witness"));
		try (AuditWorkspace.Opened opened = AuditWorkspace.open(context,
				options.required("--workspace", "the sales workspace folder or postgresql:// URL"), null)) {
			return verify(context, options, opened.log());
		}
	}

	private int verify(CommandContext context, CommandOptions options, ChainedAuditLog log) throws CommandException, AuditException {
		AuditWitnessFile witnesses = options.flag("--no-witness")
				? null
				: options.value("--witness") == null ? AuditWitnessFile.inUserHome() : new AuditWitnessFile(context.resolve(options.value("--witness")));
		AuditChain.Witness witness = witnesses == null ? null : witnesses.get(log.location());
		AuditVerification result = log.verify(witness);
		if (options.flag("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("log", log.location());
			json.put("intact", result.intact());
			json.put("entries", result.entries());
			json.put("lastHash", result.lastHash());
			if (!result.intact()) {
				Map<String, Object> problem = new LinkedHashMap<>();
				problem.put("kind", result.problem().kind().name().toLowerCase(java.util.Locale.ROOT));
				problem.put("sequence", result.problem().sequence());
				problem.put("location", result.problem().location());
				problem.put("message", result.problem().message());
				json.put("problem", problem);
			}
			context.out().print(JsonWriter.write(json));
		}
		if (!result.intact()) {
			throw new CommandException(result.problem().message() + " (in " + log.location()
					+ "); the history was changed after it was written: restore the log from a backup and find out who changed it");
		}
		if (witnesses != null && result.lastHash() != null) {
			// An intact chain numbers its entries 1..n without gaps.
			witnesses.remember(log.location(), result.entries(), result.lastHash());
		}
		if (!options.flag("--json")) {
			context.out().printf("audit log intact: %d entries%s (%s)%n", result.entries(),
					result.lastHash() == null ? "" : ", last " + result.lastHash().substring(0, 16), log.location());
		}
		return 0;
	}

	private int log(CommandContext context, List<String> arguments) throws UsageException, CommandException, AuditException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--opportunity"), Set.of("--json"));
		try (AuditWorkspace.Opened opened = AuditWorkspace.open(context,
				options.required("--workspace", "the sales workspace folder or postgresql:// URL"), null)) {
			return log(context, options, opened.log());
		}
	}

	private int log(CommandContext context, CommandOptions options, ChainedAuditLog log) throws AuditException {
		String opportunity = options.value("--opportunity");
		List<AuditEntry> entries = opportunity == null ? log.entries() : log.entries(opportunity);
		if (options.flag("--json")) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (AuditEntry e : entries) {
				rows.add(json(e));
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("log", log.location());
			json.put("opportunity", opportunity);
			json.put("entries", rows);
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		context.out().printf("%6s  %-24s  %-14s  %-20s  %-16s  %-16s  %s%n", "#", "at", "actor", "action", "opportunity", "subject", "details");
		for (AuditEntry e : entries) {
			StringBuilder details = new StringBuilder();
			e.details().forEach((k, v) -> details.append(details.isEmpty() ? "" : ", ").append(k).append('=')
					.append(k.equals("publicKey") || k.equals("endorsement") ? v.substring(0, Math.min(12, v.length())) + "..." : v));
			context.out().printf("%6d  %-24s  %-14s  %-20s  %-16s  %-16s  %s%n", e.sequence(), e.at(), e.actor(),
					e.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), e.opportunityId() == null ? "-" : e.opportunityId(),
					e.subject() == null ? "-" : e.subject(), details.toString().replace('\n', ' '));
		}
		context.err().printf("%d entr%s in %s%n", entries.size(), entries.size() == 1 ? "y" : "ies", log.location());
		return 0;
	}

	static Map<String, Object> json(AuditEntry e) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("sequence", e.sequence());
		row.put("at", e.at().toString());
		row.put("actor", e.actor());
		row.put("keyId", e.keyId());
		row.put("action", e.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		row.put("opportunity", e.opportunityId());
		row.put("subject", e.subject());
		row.put("details", new LinkedHashMap<>(e.details()));
		row.put("hash", e.hashHex());
		row.put("previousHash", java.util.HexFormat.of().formatHex(e.previousHash()));
		return row;
	}

	private int registerKey(CommandContext context, List<String> arguments) throws UsageException, CommandException, AuditException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--user", "--keystore", "--password-file"), Set.of());
		String employee = options.required("--user", "the employee id whose key this is");
		UserKeyStore keys = AuditWorkspace.keyStore(context, options.value("--keystore"), options.value("--password-file"));
		try (AuditWorkspace.Opened probe = AuditWorkspace.open(context,
				options.required("--workspace", "the sales workspace folder or postgresql:// URL"), null)) {
			return registerKey(context, employee, keys, probe);
		}
	}

	private int registerKey(CommandContext context, String employee, UserKeyStore keys, AuditWorkspace.Opened probe)
			throws CommandException, AuditException {
		if (probe.workspace().getEmployees().stream().map(Employee::getId).noneMatch(employee::equals)) {
			throw new CommandException("no employee '" + employee + "' in the workspace; the employees are "
					+ probe.workspace().getEmployees().stream().map(Employee::getId).toList());
		}
		boolean made = !keys.has(employee);
		ActingUser user = made ? keys.generate(employee) : keys.user(employee);
		ChainedAuditLog log = new ChainedAuditLog(probe.log().store(), user);
		if (log.registered(user)) {
			context.out().printf("the key %s of %s is already registered in %s%n", user.keyId(), employee, log.location());
			return 0;
		}
		AuditEntry entry = log.registerKey(null);
		context.out().printf("%s key %s of %s (in %s), registered as audit entry #%d of %s%n", made ? "made" : "found", user.keyId(), employee,
				keys.file(), entry.sequence(), log.location());
		return 0;
	}
}
