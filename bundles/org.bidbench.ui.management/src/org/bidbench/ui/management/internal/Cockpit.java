package org.bidbench.ui.management.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.MessageKeys;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.risks.RiskWording;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * What the cockpit's views share: the workbench's sales session (loaded once, in a job, when the
 * first view needs it), "today" from the session's clock, and how figures read in the user's
 * language ("no data" instead of 0 %).
 */
final class Cockpit {

	private static Job loading;
	private static String loadProblem;

	private Cockpit() {
	}

	/** The loaded workspace, or null while it loads (the session tells the views when it is there). */
	static synchronized SalesWorkspace workspace() {
		SalesSession session = SalesSession.get();
		if (session.isLoaded()) {
			return session.workspace();
		}
		if (loading == null) {
			Path folder = SalesSession.workspaceSalesFolder();
			if (folder == null) {
				loadProblem = NLS.bind(Messages.Cockpit_noSalesData, "-data @none");
				return null;
			}
			loading = Job.create(Messages.Cockpit_loading, (IProgressMonitor monitor) -> {
				try {
					session.load(folder);
				} catch (WorkspaceFileException e) {
					loadProblem = e.getMessage();
				}
				return Status.OK_STATUS;
			});
			loading.schedule();
		}
		return null;
	}

	/** Why there is no workspace (null while loading). */
	static synchronized String loadProblem() {
		return loadProblem;
	}

	/** What a view shows while it has no workspace: loading, or why the sales data did not load. */
	static String loadState() {
		String problem = loadProblem();
		return problem == null ? Messages.Cockpit_loading : NLS.bind(Messages.Cockpit_loadFailed, problem);
	}

	static LocalDate today() {
		return LocalDate.now(SalesSession.get().clock());
	}

	/** The locale the sales services word their sentences in for this user. */
	static Locale locale() {
		return chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	static boolean chinese() {
		return Locale.getDefault().getLanguage().equals("zh") || org.eclipse.core.runtime.Platform.getNL().startsWith("zh");
	}

	/** A KPI's name in the user's language (our KPIs translated, third parties' as they name them). */
	static String kpiName(KpiValue v) {
		if (v.id().startsWith("cycle-time.")) {
			String stage = v.name().startsWith("Days in ") ? v.name().substring("Days in ".length()) : v.name();
			// The stage's own local name when the process has one (线索, 方案...), else the English one.
			SalesWorkspace ws = SalesSession.get().isLoaded() ? SalesSession.get().workspace() : null;
			String stageId = v.id().substring("cycle-time.".length());
			if (chinese() && ws != null && ws.getProcess() != null) {
				for (Stage s : ws.getProcess().getStages()) {
					if (stageId.equals(s.getId()) && s.getLocalName() != null) {
						stage = s.getLocalName();
					}
				}
			}
			return NLS.bind(Messages.Kpi_daysIn, stage);
		}
		String text = message("Kpi_" + v.id().replace('-', '_'));
		return text != null ? text : v.name();
	}

	/** Every cell of a table as shown, row by row (what a person reads; tests check its language). */
	/** A view's heading and every cell of its table, as shown (for tests and the demo's narration). */
	static java.util.List<String> shownTexts(org.eclipse.swt.widgets.Label heading, org.eclipse.jface.viewers.TableViewer viewer) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		texts.add(heading.getText());
		texts.addAll(cellTexts(viewer.getTable()));
		return texts;
	}

	static java.util.List<String> cellTexts(org.eclipse.swt.widgets.Table table) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
			for (int c = 0; c < table.getColumnCount(); c++) {
				texts.add(item.getText(c));
			}
		}
		return texts;
	}

	static String stageName(Stage stage) {
		if (stage == null) {
			return "";
		}
		return chinese() && stage.getLocalName() != null ? stage.getLocalName() : stage.getName();
	}

	/** The figure with its unit, or "no data". */
	static String figure(BigDecimal value, String unit) {
		if (value == null) {
			return Messages.Cockpit_noData;
		}
		if (unit == null) {
			return value.stripTrailingZeros().toPlainString();
		}
		return switch (unit) {
			case "%" -> value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
			case "days" -> value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " " + Messages.Dashboard_days;
			default -> unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT))
					? money(value) + " " + unit
					: value.stripTrailingZeros().toPlainString() + " " + unit;
		};
	}

	static String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
		format.setGroupingUsed(true);
		format.setMaximumFractionDigits(0);
		return format.format(amount);
	}

	static String percent(double p) {
		return Math.round(p * 100) + " %";
	}

	static String category(ForecastCategory c) {
		return switch (c) {
			case COMMIT -> Messages.Forecast_categoryCommit;
			case BEST_CASE -> Messages.Forecast_categoryBestCase;
			case PIPELINE -> Messages.Forecast_categoryPipeline;
		};
	}

	// The flags read as in the Sales perspective's Risks page and Deadlines view: one wording.
	static String riskKind(RiskFlag f) {
		return RiskWording.kind(f);
	}

	static String riskText(RiskFlag f) {
		return RiskWording.text(f);
	}

	static String riskNextStep(RiskFlag f) {
		return RiskWording.nextStep(f);
	}

	/** A message by key, for keys made from ids (KPI and flag kinds); null when there is none. */
	private static String message(String key) {
		return MessageKeys.text(Messages.class, key);
	}
}
