package org.bidbench.sales.core.kpi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The KPI providers registered on the {@code org.bidbench.sales.core.kpiProviders} extension point. */
public final class KpiProviders {

	public static final String EXTENSION_POINT = "org.bidbench.sales.core.kpiProviders";

	private KpiProviders() {
	}

	/**
	 * Every registered provider, ours first. Outside OSGi (plain Java, no extension registry)
	 * only the standard provider.
	 *
	 * @param problems receives one message per provider that could not be created; the others
	 *                 are still returned
	 */
	public static List<KpiProvider> registered(List<String> problems) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of(new StandardSalesKpis());
		}
		List<KpiProvider> providers = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (element.createExecutableExtension("class") instanceof KpiProvider provider) {
					providers.add(provider);
				} else {
					problems.add("KPI provider " + element.getAttribute("class") + " of plug-in "
							+ element.getContributor().getName() + " does not implement " + KpiProvider.class.getName());
				}
			} catch (CoreException e) {
				problems.add("KPI provider " + element.getAttribute("class") + " of plug-in "
						+ element.getContributor().getName() + " could not be created: " + e.getMessage());
			}
		}
		providers.sort((a, b) -> Boolean.compare(!(a instanceof StandardSalesKpis), !(b instanceof StandardSalesKpis)));
		return providers;
	}
}
