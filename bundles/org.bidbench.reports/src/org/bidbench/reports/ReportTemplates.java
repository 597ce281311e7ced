package org.bidbench.reports;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Reads the templates contributed to {@code org.bidbench.reports.templates}. A broken
 * contribution (no id, a design file that is not there) is left out and reported in
 * {@code problems}, so one bad plugin does not take the others' reports down.
 */
public final class ReportTemplates {

	public static final String EXTENSION_POINT = "org.bidbench.reports.templates";

	/** Ids of the templates this bundle contributes. */
	public static final String CLIENT_QUOTE = "client-quote";
	public static final String QUOTE_REVIEW = "quote-review";
	public static final String TAKEOFF_APPENDIX = "takeoff-appendix";
	public static final String PIPELINE_KPI = "pipeline-kpi";

	private ReportTemplates() {
	}

	public static List<ReportTemplate> registered(List<String> problems) {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			problems.add("No Eclipse extension registry: report templates are read only inside the BidBench runtime.");
			return List.of();
		}
		Map<String, ReportTemplate> byId = new LinkedHashMap<>();
		List<ReportTemplate> theirs = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"template".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			String design = element.getAttribute("design");
			if (id == null || id.isBlank() || design == null) {
				problems.add("A report template of plugin " + contributor + " lacks its id or design attribute; it is ignored.");
				continue;
			}
			Bundle bundle = Platform.getBundle(contributor);
			URL url = bundle == null ? null : bundle.getEntry(design);
			if (url == null) {
				problems.add("Report template '" + id + "' of plugin " + contributor + " names the design " + design
						+ ", which is not in that plugin; it is ignored.");
				continue;
			}
			if (byId.containsKey(id)) {
				problems.add("Report template id '" + id + "' is contributed twice (also by " + byId.get(id).contributor()
						+ "); the one of " + contributor + " is ignored.");
				continue;
			}
			String name = element.getAttribute("name");
			ReportTemplate template = new ReportTemplate(id, name == null ? id : name, element.getAttribute("data"),
					element.getAttribute("description"), contributor, url);
			byId.put(id, template);
			if (!"org.bidbench.reports".equals(contributor)) {
				theirs.add(template);
			}
		}
		List<ReportTemplate> ordered = new ArrayList<>(byId.values());
		ordered.removeAll(theirs);
		ordered.addAll(theirs);
		return List.copyOf(ordered);
	}
}
