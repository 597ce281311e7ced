package org.bidbench.qto;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.qto.rules.RulePack;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The rule packs contributed to the extension point {@value #EXTENSION_POINT}, and the way the
 * command line and the UI find a pack by identifier or file.
 */
public final class RulePacks {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "org.bidbench.qto.rulepacks";
	/** The identifier of the pack used when none is named. */
	public static final String GENERAL = "general-building";
	/** The identifier of the GB/T 50500 style pack. */
	public static final String GB50500 = "gb50500-building";

	private static final String OWN_BUNDLE = "org.bidbench.qto";

	/**
	 * One contributed pack, read.
	 *
	 * @param pack        the pack
	 * @param contributor the contributing bundle
	 * @param isDefault   whether it is the default pack
	 */
	public record Contribution(RulePack pack, String contributor, boolean isDefault) {
	}

	/** A contributed pack that could not be read. */
	public record Failure(String contributor, String file, String message) {
	}

	/** Everything the registry holds: the packs by identifier and the contributions that failed. */
	public record Listing(Map<String, Contribution> packs, List<Failure> failures) {
	}

	private RulePacks() {
	}

	/** Reads every contributed pack; a broken one is listed in {@link Listing#failures()}, not thrown. */
	public static Listing list() {
		Map<String, Contribution> packs = new LinkedHashMap<>();
		List<Failure> failures = new ArrayList<>();
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return new Listing(packs, failures);
		}
		for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"rulePack".equals(e.getName())) {
				continue;
			}
			String contributor = e.getContributor().getName();
			String file = e.getAttribute("file");
			Bundle bundle = Platform.getBundle(contributor);
			URL url = bundle == null || file == null ? null : bundle.getEntry(file);
			if (url == null) {
				failures.add(new Failure(contributor, file, "no file '" + file + "' in bundle " + contributor
						+ "; check the path and that build.properties includes it"));
				continue;
			}
			try {
				RulePack pack = RulePackReader.read(url);
				boolean isDefault = Boolean.parseBoolean(e.getAttribute("default")) && OWN_BUNDLE.equals(contributor);
				Contribution previous = packs.get(pack.getId());
				if (previous != null) {
					boolean newer = compareVersions(pack.getVersion(), previous.pack().getVersion()) > 0;
					Contribution loser = newer ? previous : new Contribution(pack, contributor, isDefault);
					failures.add(new Failure(loser.contributor(), file, "pack '" + pack.getId() + "' version "
							+ loser.pack().getVersion() + " is also contributed with a higher or equal version; ignored"));
					if (!newer) {
						continue;
					}
				}
				packs.put(pack.getId(), new Contribution(pack, contributor, isDefault));
			} catch (RulePackException ex) {
				failures.add(new Failure(contributor, file, ex.getMessage()));
			} catch (IOException ex) {
				failures.add(new Failure(contributor, file, "cannot read: " + ex.getMessage()));
			}
		}
		return new Listing(packs, failures);
	}

	/**
	 * A pack by identifier among the contributions, or from a file when {@code idOrFile} names one
	 * (ends with {@value RulePackReader#FILE_SUFFIX} or exists).
	 *
	 * @throws RulePackException when the file has errors
	 * @throws IOException when the file cannot be read
	 * @throws IllegalArgumentException when no pack has that identifier; the message lists those that exist
	 */
	public static RulePack load(String idOrFile, Path workingDirectory) throws IOException, RulePackException {
		Path file = workingDirectory.resolve(idOrFile);
		if (idOrFile.endsWith(RulePackReader.FILE_SUFFIX) || idOrFile.endsWith(".yaml") || Files.isRegularFile(file)) {
			if (!Files.isRegularFile(file)) {
				throw new IOException("no rule pack file " + file);
			}
			return RulePackReader.read(file);
		}
		Listing listing = list();
		Contribution c = listing.packs().get(idOrFile);
		if (c != null) {
			return c.pack();
		}
		for (Failure f : listing.failures()) {
			if (f.file() != null && f.file().contains(idOrFile)) {
				throw new IllegalArgumentException("rule pack '" + idOrFile + "' of " + f.contributor() + " is broken: "
						+ f.message());
			}
		}
		throw new IllegalArgumentException("no rule pack '" + idOrFile + "'; installed: " + listing.packs().keySet()
				+ ", or give a file ending in " + RulePackReader.FILE_SUFFIX);
	}

	/** The default pack (general building). */
	public static RulePack defaultPack() throws IOException, RulePackException {
		Listing listing = list();
		for (Contribution c : listing.packs().values()) {
			if (c.isDefault()) {
				return c.pack();
			}
		}
		return builtIn(GENERAL);
	}

	/**
	 * One of BidBench's own packs read from this bundle's class loader, so it works without the
	 * extension registry too (plain tests, tools).
	 */
	public static RulePack builtIn(String id) throws IOException, RulePackException {
		URL url = RulePacks.class.getResource("/packs/" + id + RulePackReader.FILE_SUFFIX);
		if (url == null) {
			throw new IllegalArgumentException("no built-in rule pack '" + id + "'; built in: [" + GENERAL + ", "
					+ GB50500 + "]");
		}
		return RulePackReader.read(url);
	}

	/** Compares dotted versions numerically where the parts are numbers. */
	static int compareVersions(String a, String b) {
		String[] pa = a == null ? new String[0] : a.split("[.-]");
		String[] pb = b == null ? new String[0] : b.split("[.-]");
		for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
			String x = i < pa.length ? pa[i] : "0";
			String y = i < pb.length ? pb[i] : "0";
			int c;
			try {
				c = Long.compare(Long.parseLong(x), Long.parseLong(y));
			} catch (NumberFormatException e) {
				c = x.compareTo(y);
			}
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}
}
