package org.bidbench.ifc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.bidbench.ifc.internal.IfcFileImporter;

/**
 * The model importers: those contributed on the {@value #EXTENSION_POINT} extension point, and
 * BidBench's IFC reader after them for every file none of them accepts. Outside OSGi (plain Java,
 * benchmarks) only the IFC reader.
 */
public final class ModelImporters {

	public static final String EXTENSION_POINT = "org.bidbench.ifc.importers";
	/** The id of BidBench's own importer, IFC STEP and ifcZIP. */
	public static final String IFC = "ifc";

	/**
	 * A registered importer.
	 *
	 * @param extensions file name endings it reads, without the dot (e.g. {@code ifc.gz}), for file dialogs
	 */
	public record Registered(String id, String name, List<String> extensions, String plugin, ModelImporter importer) {
	}

	private ModelImporters() {
	}

	/**
	 * Every registered importer, the IFC reader last.
	 *
	 * @param problems receives one message per contribution that could not be used; the others are returned
	 */
	public static List<Registered> registered(List<String> problems) {
		List<Registered> out = new ArrayList<>();
		Registered ours = new Registered(IFC, "IFC (STEP, ifcZIP)", List.of("ifc", "ifczip"), "org.bidbench.ifc",
				new IfcFileImporter());
		if (registryAvailable()) {
			for (Registered r : Contributions.read(problems)) {
				if (r.id().equals(IFC)) {
					ours = r;
				} else if (out.stream().anyMatch(o -> o.id().equals(r.id()))) {
					problems.add("model importer '" + r.id() + "' of plug-in " + r.plugin()
							+ " is ignored: another plug-in registered that id first");
				} else {
					out.add(r);
				}
			}
		}
		out.add(ours);
		return out;
	}

	/**
	 * Opens a model with the first importer that accepts the file, else with the IFC reader.
	 *
	 * @throws IOException as the importer reports it
	 */
	public static IfcModel open(Path file, ReadOptions options) throws IOException {
		List<String> problems = new ArrayList<>();
		List<Registered> all = registered(problems);
		for (Registered r : all) {
			if (!r.id().equals(IFC) && r.importer().accepts(file)) {
				return r.importer().open(file, options);
			}
		}
		return all.get(all.size() - 1).importer().open(file, options);
	}

	/** Opens with {@link ReadOptions#defaults()}. */
	public static IfcModel open(Path file) throws IOException {
		return open(file, ReadOptions.defaults());
	}

	/** Every file name ending an importer reads, lower case, without the dot: {@code ifc}, {@code ifczip}, ... */
	public static List<String> fileExtensions() {
		List<String> out = new ArrayList<>();
		for (Registered r : registered(new ArrayList<>())) {
			for (String e : r.extensions()) {
				String ext = e.toLowerCase(Locale.ROOT);
				if (!out.contains(ext)) {
					out.add(ext);
				}
			}
		}
		return out;
	}

	private static boolean registryAvailable() {
		try {
			Class.forName("org.eclipse.core.runtime.RegistryFactory", false, ModelImporters.class.getClassLoader());
			return Contributions.hasRegistry();
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** Touches the extension registry only when its classes are there (loaded lazily). */
	private static final class Contributions {

		static boolean hasRegistry() {
			return org.eclipse.core.runtime.RegistryFactory.getRegistry() != null;
		}

		static List<Registered> read(List<String> problems) {
			List<Registered> out = new ArrayList<>();
			for (org.eclipse.core.runtime.IConfigurationElement element : org.eclipse.core.runtime.RegistryFactory
					.getRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
				String id = element.getAttribute("id");
				String plugin = element.getContributor().getName();
				try {
					if (element.createExecutableExtension("class") instanceof ModelImporter importer) {
						String extensions = element.getAttribute("extensions");
						out.add(new Registered(id, element.getAttribute("name"),
								extensions == null ? List.of() : Arrays.stream(extensions.split(",")).map(String::strip).toList(), plugin, importer));
					} else {
						problems.add("model importer '" + id + "' of plug-in " + plugin + ": " + element.getAttribute("class")
								+ " does not implement " + ModelImporter.class.getName());
					}
				} catch (org.eclipse.core.runtime.CoreException e) {
					problems.add("model importer '" + id + "' of plug-in " + plugin + " could not be created: " + e.getMessage());
				}
			}
			return out;
		}
	}
}
