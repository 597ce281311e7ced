package org.bidbench.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;

/**
 * The geometry engines contributed to the extension point {@value #EXTENSION_POINT}, and the one
 * the user chose.
 *
 * <p>The engine used by default is, in this order: the one named by the system property
 * {@value #ENGINE_PROPERTY} (for the CLI and benchmarks), the one named by the preference
 * {@value #ENGINE_PREFERENCE} of node {@value #PREFERENCE_NODE} (set on the preference page), and
 * else the contribution with the highest {@code priority} (ours: {@code webifc}).
 *
 * <p>Each engine is created once, on first use, and shared: see {@link GeometryEngine} for what
 * concurrent use means.
 */
public final class GeometryEngines {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "org.bidbench.geometry.engines";
	/** The preference node holding the chosen engine. */
	public static final String PREFERENCE_NODE = "org.bidbench.geometry";
	/** The preference key holding the chosen engine's id. */
	public static final String ENGINE_PREFERENCE = "engine";
	/** A system property naming the engine, stronger than the preference. */
	public static final String ENGINE_PROPERTY = "bidbench.geometry.engine";

	private static final Map<String, GeometryEngine> ENGINES = new ConcurrentHashMap<>();

	private GeometryEngines() {
	}

	/**
	 * One contribution to the extension point.
	 *
	 * @param id the engine id, e.g. {@code webifc}
	 * @param name a name for people
	 * @param description what the engine is, for the preference page
	 * @param priority higher wins when the user chose none
	 * @param contributor the contributing bundle's symbolic name
	 */
	public record EngineDescriptor(String id, String name, String description, int priority, String contributor) {
	}

	/** All contributed engines, highest priority first; empty outside an OSGi runtime. */
	public static List<EngineDescriptor> descriptors() {
		List<EngineDescriptor> out = new ArrayList<>();
		for (IConfigurationElement e : elements()) {
			out.add(new EngineDescriptor(e.getAttribute("id"), e.getAttribute("name"), e.getAttribute("description"),
					parsePriority(e.getAttribute("priority")), e.getContributor().getName()));
		}
		out.sort(Comparator.comparingInt(EngineDescriptor::priority).reversed().thenComparing(EngineDescriptor::id));
		return out;
	}

	/** The id of the engine used by default (see the class comment), or {@code null} if none is contributed. */
	public static String defaultEngineId() {
		String chosen = System.getProperty(ENGINE_PROPERTY);
		if (chosen == null || chosen.isBlank()) {
			IPreferencesService preferences = Platform.isRunning() ? Platform.getPreferencesService() : null;
			chosen = preferences == null
					? null
					: preferences.getString(PREFERENCE_NODE, ENGINE_PREFERENCE, null, null);
		}
		List<EngineDescriptor> all = descriptors();
		if (chosen != null && !chosen.isBlank()) {
			for (EngineDescriptor d : all) {
				if (d.id().equals(chosen.strip())) {
					return d.id();
				}
			}
		}
		return all.isEmpty() ? null : all.get(0).id();
	}

	/**
	 * The engine used by default.
	 *
	 * @throws GeometryException when no engine is installed or it cannot be created
	 */
	public static GeometryEngine getDefault() throws GeometryException {
		String id = defaultEngineId();
		if (id == null) {
			throw new GeometryException("no geometry engine is installed (nothing contributes to " + EXTENSION_POINT
					+ "): install the bundle org.bidbench.geometry.webifc");
		}
		return get(id);
	}

	/**
	 * The engine of that id, created on first use.
	 *
	 * @throws GeometryException when no such engine is contributed or it cannot be created
	 */
	public static GeometryEngine get(String id) throws GeometryException {
		GeometryEngine engine = ENGINES.get(id);
		if (engine != null) {
			return engine;
		}
		synchronized (ENGINES) {
			engine = ENGINES.get(id);
			if (engine != null) {
				return engine;
			}
			for (IConfigurationElement e : elements()) {
				if (id.equals(e.getAttribute("id"))) {
					try {
						Object created = e.createExecutableExtension("class");
						if (!(created instanceof GeometryEngine ge)) {
							throw new GeometryException("geometry engine '" + id + "' of bundle "
									+ e.getContributor().getName() + " is a " + created.getClass().getName()
									+ ", not a GeometryEngine: fix its class attribute in plugin.xml");
						}
						ENGINES.put(id, ge);
						return ge;
					} catch (CoreException ex) {
						throw new GeometryException("geometry engine '" + id + "' of bundle "
								+ e.getContributor().getName() + " cannot be created (" + ex.getMessage()
								+ "): check that the bundle and its dependencies are installed", ex);
					}
				}
			}
		}
		throw new GeometryException("no geometry engine with id '" + id + "'; installed: "
				+ descriptors().stream().map(EngineDescriptor::id).toList()
				+ ". Choose one of those in the preferences or with -D" + ENGINE_PROPERTY);
	}

	/** Disposes every engine created so far; they are created again on next use. */
	public static void disposeAll() {
		synchronized (ENGINES) {
			for (GeometryEngine engine : ENGINES.values()) {
				engine.dispose();
			}
			ENGINES.clear();
		}
	}

	private static List<IConfigurationElement> elements() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return List.of();
		}
		List<IConfigurationElement> out = new ArrayList<>();
		for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("engine".equals(e.getName()) && e.getAttribute("id") != null) {
				out.add(e);
			}
		}
		return out;
	}

	private static int parsePriority(String text) {
		try {
			return text == null ? 0 : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
