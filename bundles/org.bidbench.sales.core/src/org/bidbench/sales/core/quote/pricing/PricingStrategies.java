package org.bidbench.sales.core.quote.pricing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The pricing strategies registered on the {@code org.bidbench.sales.core.pricingStrategies} extension point. */
public final class PricingStrategies {

	public static final String EXTENSION_POINT = "org.bidbench.sales.core.pricingStrategies";
	/** The id of BidBench's own strategy, the default. */
	public static final String CATALOG = "catalog";

	/** A registered strategy with its id, name and description, as the extension gives them. */
	public record Registered(String id, String name, String description, String plugin, PricingStrategy strategy) {
	}

	private PricingStrategies() {
	}

	/**
	 * Every registered strategy by id, ours first. Outside OSGi (no extension registry) only
	 * {@value #CATALOG}.
	 *
	 * @param problems receives one message per contribution that could not be used; the others are
	 *                 still returned
	 */
	public static Map<String, Registered> registered(List<String> problems) {
		Map<String, Registered> out = new LinkedHashMap<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			out.put(CATALOG, new Registered(CATALOG, "Catalog price", "The catalog's fixed price, or cost plus margin.",
					"org.bidbench.sales.core", new CatalogPricing()));
			return out;
		}
		List<Registered> others = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			String plugin = element.getContributor().getName();
			try {
				if (!(element.createExecutableExtension("class") instanceof PricingStrategy strategy)) {
					problems.add("pricing strategy '" + id + "' of plug-in " + plugin + ": " + element.getAttribute("class")
							+ " does not implement " + PricingStrategy.class.getName());
					continue;
				}
				Registered r = new Registered(id, element.getAttribute("name"), element.getAttribute("description"), plugin,
						strategy);
				if (out.containsKey(id) || others.stream().anyMatch(o -> o.id().equals(id))) {
					problems.add("pricing strategy '" + id + "' of plug-in " + plugin
							+ " is ignored: another plug-in registered that id first");
				} else if (CATALOG.equals(id)) {
					out.put(id, r);
				} else {
					others.add(r);
				}
			} catch (CoreException e) {
				problems.add("pricing strategy '" + id + "' of plug-in " + plugin + " could not be created: " + e.getMessage());
			}
		}
		others.forEach(r -> out.put(r.id(), r));
		return out;
	}

	/**
	 * The strategy with this id.
	 *
	 * @throws IllegalArgumentException naming the strategies there are, when none has this id
	 */
	public static Registered get(String id) {
		List<String> problems = new ArrayList<>();
		Map<String, Registered> all = registered(problems);
		Registered r = all.get(id);
		if (r == null) {
			throw new IllegalArgumentException("No pricing strategy '" + id + "'; installed: " + all.keySet()
					+ (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")"));
		}
		return r;
	}
}
