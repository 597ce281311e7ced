package org.bidbench.cli.internal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.sales.SalesCommands;
import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportException;
import org.bidbench.reports.ReportFontException;
import org.bidbench.reports.ReportFormat;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportService;
import org.bidbench.reports.ReportTemplate;
import org.bidbench.reports.ReportTemplates;
import org.bidbench.reports.data.ClientQuoteReport;
import org.bidbench.reports.data.PipelineKpiReport;
import org.bidbench.reports.data.QuoteReviewReport;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * {@code bidbench report kpi|quote|templates ...}: reports from a sales workspace, rendered by the
 * same service as in the workbench.
 */
public class ReportCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty()) {
			throw new UsageException("which report? kpi, quote or templates");
		}
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (arguments.get(0)) {
			case "templates" -> templates(context);
			case "kpi" -> kpi(context, rest);
			case "quote" -> quote(context, rest);
			default -> throw new UsageException("unknown report '" + arguments.get(0) + "'; use kpi, quote or templates");
		};
	}

	private int templates(CommandContext context) {
		List<String> problems = new ArrayList<>();
		for (ReportTemplate t : ReportTemplates.registered(problems)) {
			context.out().printf("%-20s %-16s %s (%s)%n", t.id(), t.dataKind(), t.name(), t.contributor());
		}
		problems.forEach(p -> context.err().println("warning: " + p));
		return 0;
	}

	private int kpi(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--period", "--out", "--lang", "--date"), Set.of());
		Period period;
		try {
			period = Period.parse(options.required("--period", "which period, e.g. 2026Q3"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		Path out = context.resolve(options.required("--out", "the file to write, e.g. kpi.pdf"));
		ReportFormat format = format(out);
		Locale locale = locale(options.value("--lang"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or team store URL")).workspace();
		java.time.Instant now = nowOf(options.value("--date"));
		ReportData data = PipelineKpiReport.data(workspace, period, now, locale);
		render(context, new ReportRequest(ReportTemplates.PIPELINE_KPI, data, locale, format), out);
		return 0;
	}

	private int quote(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--quote", "--out", "--lang"), Set.of("--internal"));
		Path out = context.resolve(options.required("--out", "the file to write, e.g. quote.pdf"));
		ReportFormat format = format(out);
		Locale locale = locale(options.value("--lang"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or team store URL")).workspace();
		String id = options.required("--quote", "the quote revision's id, e.g. O012-Q-r2");
		Quote quote = workspace.getOpportunities().stream().flatMap(o -> o.getQuotes().stream()).filter(q -> id.equals(q.getId()))
				.findFirst().orElseThrow(() -> new CommandException("no quote '" + id + "' in the workspace; list quotes in the workbench"
						+ " or pick one of " + workspace.getOpportunities().stream().flatMap(o -> o.getQuotes().stream()).limit(3)
								.map(Quote::getId).toList()));
		ReportData data;
		String template;
		if (options.flag("--internal")) {
			PriceCatalog catalog = workspace.getPriceCatalogs().isEmpty() ? null : workspace.getPriceCatalogs().get(0);
			data = QuoteReviewReport.data(quote, catalog, locale);
			template = ReportTemplates.QUOTE_REVIEW;
		} else {
			QuoteTerms terms;
			try {
				terms = QuoteTerms.forQuote(quote, "zh".equals(locale.getLanguage()));
			} catch (IllegalArgumentException e) {
				throw new CommandException("quote " + id + " in the workspace: " + e.getMessage()
						+ "; correct the quote's discount in the workbench", e);
			}
			data = ClientQuoteReport.data(quote, terms, locale, null,
					quote.eContainer() instanceof Opportunity o ? o.getName() : null);
			template = ReportTemplates.CLIENT_QUOTE;
		}
		render(context, new ReportRequest(template, data, locale, format), out);
		return 0;
	}

	static java.time.Instant nowOf(String date) throws UsageException {
		if (date == null) {
			return java.time.Instant.now();
		}
		try {
			return java.time.LocalDate.parse(date).atTime(23, 59).toInstant(java.time.ZoneOffset.UTC);
		} catch (java.time.format.DateTimeParseException e) {
			throw new UsageException("--date takes a day as YYYY-MM-DD, not '" + date + "'");
		}
	}

	static ReportFormat format(Path out) throws UsageException {
		try {
			return ReportFormat.ofFileName(out.getFileName().toString());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	static Locale locale(String lang) throws UsageException {
		if (lang == null || lang.equals("zh")) {
			return lang == null ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		}
		if (lang.equals("en")) {
			return Locale.ENGLISH;
		}
		throw new UsageException("--lang is zh or en, not '" + lang + "'");
	}

	static void render(CommandContext context, ReportRequest request, Path out) throws CommandException {
		long start = System.nanoTime();
		try {
			ReportService.get().render(request, out);
		} catch (ReportFontException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (ReportException e) {
			throw new CommandException(e.getMessage(), e);
		}
		context.err().printf("wrote %s (%s, %d ms)%n", out, request.format(), (System.nanoTime() - start) / 1_000_000);
	}
}
