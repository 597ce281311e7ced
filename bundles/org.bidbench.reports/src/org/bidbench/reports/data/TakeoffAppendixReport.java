package org.bidbench.reports.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.qto.Contribution;
import org.bidbench.qto.TakeoffFlag;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportTable;

/**
 * The data of the take-off appendix ({@code takeoff-appendix}): every element of every line with
 * its quantity and where that came from (authored set and name, or the computing engine), and the
 * take-off's flags.
 */
public final class TakeoffAppendixReport {

	private TakeoffAppendixReport() {
	}

	public static ReportData data(TakeoffResult result, Locale locale) {
		Map<String, String> labels = ReportLabels.of(locale);
		ReportData data = new ReportData().labels(labels);
		ReportTable elements = new ReportTable("lineNo", "line", "code", "unit", "lineQuantity", "globalId", "ifcClass", "name",
				"quantity", "source", "flags");
		int n = 0;
		for (TakeoffLine line : result.lines()) {
			n++;
			String label = line.description() + (line.groupLabel().isEmpty() ? "" : " · " + line.groupLabel());
			for (Contribution c : line.contributions()) {
				elements.add(n, label, line.itemCode(), line.unit(), BigDecimal.valueOf(line.quantity()), c.globalId(), c.ifcClass(),
						c.name() == null ? "" : c.name(), BigDecimal.valueOf(c.value()), c.origin().describe(),
						c.flags().stream().map(f -> ReportLabels.worded(labels, "flag.", f.label())).sorted().collect(Collectors.joining(", ")));
			}
		}
		data.table("elements", elements);
		ReportTable flags = new ReportTable("kind", "globalId", "rule", "message");
		for (TakeoffFlag f : result.flags()) {
			flags.add(ReportLabels.worded(labels, "flag.", f.kind().label()), f.globalId(), f.ruleId() == null ? "" : f.ruleId(), f.message());
		}
		data.table("flags", flags);
		data.text("model", result.modelFile() + "  SHA-256 " + (result.modelSha256() == null ? "—" : result.modelSha256()))
				.text("rulePack", result.packName() + " " + result.packVersion() + " (" + result.packId() + ")"
						+ (result.engine() == null ? "" : ", " + result.engine()));
		return data;
	}
}
