package org.bidbench.cli.internal.sales;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Opportunity;

/**
 * {@code bidbench activity add ID --kind visit|call|meeting|demo|project-meeting --at ISO-TIME [--minutes FILE]}:
 * logs an activity; the first visit starts the 48-hour clock of the requirements report.
 */
public class ActivityCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty() || !"add".equals(arguments.get(0))) {
			throw new UsageException("activity add ID --kind visit|call|meeting|demo|project-meeting --at ISO-TIME [--minutes FILE]");
		}
		CommandOptions options = CommandOptions.parse(arguments.subList(1, arguments.size()),
				Set.of("--workspace", "--kind", "--at", "--minutes", "--subject", "--by"),
				Set.of("--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		if (options.positional().size() != 1) {
			throw new UsageException("give the id of the opportunity, e.g. O0001");
		}
		ActivityKind kind = kind(options.required("--kind", "visit, call, meeting, demo or project-meeting"));
		Instant at = SalesInputs.time(options.required("--at", "when it took place, e.g. 2026-03-02T10:00+08:00"), "--at");
		String minutes = null;
		if (options.value("--minutes") != null) {
			Path file = context.resolve(options.value("--minutes"));
			try {
				minutes = Files.readString(file, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new CommandException("--minutes " + file + " cannot be read (" + e.getMessage() + "): give a UTF-8 text file with the minutes");
			}
		}
		String id = options.positional().get(0);
		String text = minutes;
		Activity activity = SalesCommands.change(context, workspace, ops -> {
			Opportunity o = ops.opportunity(id);
			return ops.logActivity(o, kind, at, options.value("--subject"), text,
					SalesInputs.actor(options, ops, o.getTeam() == null ? null : o.getTeam().getSalesLead()));
		});
		if (options.flag("--json")) {
			context.out().print(JsonWriter.write(SalesJson.map("id", activity.getId(), "kind", activity.getKind().getLiteral(), "at",
					activity.getAt().toString(), "subject", activity.getSubject(), "minutes", activity.getMinutes())));
		} else {
			context.out().println(activity.getKind().getLiteral() + " " + activity.getId() + " at " + activity.getAt() + " logged");
		}
		return 0;
	}

	private static ActivityKind kind(String text) throws UsageException {
		ActivityKind kind = ActivityKind.get(text.replace('-', ' '));
		if (kind == null || kind == ActivityKind.EMAIL) {
			throw new UsageException("--kind takes visit, call, meeting, demo or project-meeting, not '" + text + "'");
		}
		return kind;
	}
}
