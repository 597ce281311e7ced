package org.bidbench.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.bidbench.plugins.internal.JarRepository;
import org.bidbench.plugins.internal.P2Runtime;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * An installed BidBench (the folder holding {@code bidbench}, {@code plugins/} and {@code p2/}) whose
 * p2 profile receives plugins: the command line's {@code plugins install|list|remove} and the
 * workbench's Help &gt; Install New Software... change the same profile, so either sees what the
 * other installed.
 *
 * <p>Changes are written to the installation's configuration and take effect at the next start; the
 * running program keeps the bundles it started with.
 */
public final class Installation implements AutoCloseable {

	/** Profile property of an installable unit the user installed (with {@code plugins install}). */
	public static final String PLUGIN_PROPERTY = "org.bidbench.plugin";

	private final Path folder;
	private final IProvisioningAgent agent;
	private final String profileId;

	private Installation(Path folder, IProvisioningAgent agent, String profileId) {
		this.folder = folder;
		this.agent = agent;
		this.profileId = profileId;
	}

	/**
	 * Opens the installation in {@code folder}.
	 *
	 * @throws PluginException when the folder is not a BidBench installation with a p2 profile
	 */
	public static Installation open(Path folder) throws PluginException {
		Path installFolder = folder.toAbsolutePath().normalize();
		Path p2 = installFolder.resolve("p2");
		if (!Files.isDirectory(p2.resolve("org.eclipse.equinox.p2.engine/profileRegistry"))) {
			throw new PluginException(installFolder + " has no p2 profile (no p2/org.eclipse.equinox.p2.engine/profileRegistry):"
					+ " plugins can only be installed into a BidBench product built with its p2 profile, not into a development launch");
		}
		String profileId = profileIdOf(installFolder.resolve("configuration/config.ini"));
		IProvisioningAgent agent = P2Runtime.agentFor(p2);
		Installation installation = new Installation(installFolder, agent, profileId);
		installation.profile();
		return installation;
	}

	/** The installation's folder. */
	public Path folder() {
		return folder;
	}

	/**
	 * The installed units: with {@code all}, every unit of the profile; otherwise the plugins, that is
	 * the units the user asked for (by this class or through the workbench's install wizard), not the
	 * product's own.
	 */
	public List<InstalledPlugin> plugins(boolean all) throws PluginException {
		IProfile profile = profile();
		List<InstalledPlugin> result = new ArrayList<>();
		for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null)) {
			boolean root = Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU));
			boolean plugin = root && (Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, PLUGIN_PROPERTY)) || !isProductOwn(unit.getId()));
			if (all || plugin) {
				result.add(new InstalledPlugin(unit.getId(), unit.getVersion().toString(), nameOf(unit), plugin));
			}
		}
		result.sort(Comparator.comparing(InstalledPlugin::id).thenComparing(InstalledPlugin::version));
		return result;
	}

	/**
	 * Installs from a p2 repository (a folder, an archive or a URL) or from a bundle jar.
	 *
	 * @param source the repository's location or a jar file
	 * @param ids the units to install; empty: every feature of the repository, or every bundle when it
	 *        has no feature
	 * @return the units installed
	 * @throws PluginException when the source cannot be read, holds nothing to install, or what it
	 *         holds cannot be installed here (the message gives p2's reason, e.g. a missing requirement)
	 */
	public List<InstalledPlugin> install(String source, List<String> ids, IProgressMonitor monitor) throws PluginException {
		SubMonitor progress = SubMonitor.convert(monitor, "Installing " + source, 100);
		moveProfileHere(progress.split(5));
		boolean jar = source.toLowerCase(Locale.ROOT).endsWith(".jar");
		URI repository = repositoryOf(source, progress.split(20));
		try {
			return install(source, repository, ids, progress);
		} finally {
			if (jar) {
				JarRepository.discard(agent, repository);
			}
		}
	}

	private List<InstalledPlugin> install(String source, URI repository, List<String> ids, SubMonitor progress) throws PluginException {
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		IMetadataRepository units;
		try {
			units = metadata.loadRepository(repository, progress.split(10));
			artifacts.loadRepository(repository, progress.split(10));
		} catch (ProvisionException e) {
			throw new PluginException("cannot read the p2 repository " + repository + ": " + e.getMessage()
					+ " (give a folder or archive made by a p2 build, an update site URL, or a bundle .jar)", e);
		}
		Set<IInstallableUnit> chosen = choose(units, ids, progress.split(10));
		IProfile profile = profile();
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		for (IInstallableUnit unit : chosen) {
			request.add(unit);
			request.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, Boolean.TRUE.toString());
			request.setInstallableUnitProfileProperty(unit, PLUGIN_PROPERTY, Boolean.TRUE.toString());
		}
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(repository);
		context.setArtifactRepositories(repository);
		perform(profile, planner.getProvisioningPlan(request, context, progress.split(20)), "install " + source, progress.split(30));
		return chosen.stream().map(u -> new InstalledPlugin(u.getId(), u.getVersion().toString(), nameOf(u), true))
				.sorted(Comparator.comparing(InstalledPlugin::id)).toList();
	}

	/**
	 * Removes installed plugins by id.
	 *
	 * @return the units removed
	 * @throws PluginException when an id is not an installed plugin (the product's own parts cannot be
	 *         removed) or p2 refuses the change
	 */
	public List<InstalledPlugin> remove(List<String> ids, IProgressMonitor monitor) throws PluginException {
		SubMonitor progress = SubMonitor.convert(monitor, "Removing " + String.join(", ", ids), 100);
		moveProfileHere(progress.split(5));
		IProfile profile = profile();
		List<InstalledPlugin> installed = plugins(false);
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : ids) {
			if (installed.stream().noneMatch(p -> p.id().equals(id))) {
				throw new PluginException("'" + id + "' is not an installed plugin; installed: "
						+ (installed.isEmpty() ? "none" : String.join(", ", installed.stream().map(InstalledPlugin::id).toList()))
						+ " ('bidbench plugins list')");
			}
			profile.query(QueryUtil.createIUQuery(id), null).forEach(units::add);
		}
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		request.removeAll(units);
		perform(profile, planner.getProvisioningPlan(request, new ProvisioningContext(agent), progress.split(40)),
				"remove " + String.join(", ", ids), progress.split(60));
		return units.stream().map(u -> new InstalledPlugin(u.getId(), u.getVersion().toString(), nameOf(u), true))
				.sorted(Comparator.comparing(InstalledPlugin::id)).toList();
	}

	@Override
	public void close() {
		agent.stop();
	}

	private void perform(IProfile profile, IProvisioningPlan plan, String what, IProgressMonitor monitor) throws PluginException {
		if (plan.getStatus().getSeverity() == IStatus.ERROR || plan.getStatus().getSeverity() == IStatus.CANCEL) {
			throw new PluginException("p2 cannot " + what + ": " + P2Runtime.describe(plan.getStatus()));
		}
		IStatus status = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
		if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			throw new PluginException("p2 could not " + what + ": " + P2Runtime.describe(status)
					+ " (the installation is unchanged: p2 rolls a failed change back)");
		}
	}

	/**
	 * Points the profile at this folder. The profile remembers the folder the product was built or
	 * first unpacked in, and p2 downloads into the profile's bundle pool before it applies any property
	 * a plan changes: so the folder is set by a plan of its own first.
	 */
	private void moveProfileHere(IProgressMonitor monitor) throws PluginException {
		IProfile profile = profile();
		String here = folder.toString();
		if (here.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER)) && here.equals(profile.getProperty(IProfile.PROP_CACHE))) {
			return;
		}
		IEngine engine = agent.getService(IEngine.class);
		IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(agent));
		plan.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
		plan.setProfileProperty(IProfile.PROP_CACHE, here);
		IStatus status = engine.perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
		if (!status.isOK() && status.getSeverity() >= IStatus.ERROR) {
			throw new PluginException("cannot point the p2 profile at " + here + ": " + P2Runtime.describe(status));
		}
	}

	private URI repositoryOf(String source, IProgressMonitor monitor) throws PluginException {
		if (source.toLowerCase(Locale.ROOT).endsWith(".jar")) {
			Path jar = Path.of(source).toAbsolutePath();
			if (!Files.isRegularFile(jar)) {
				throw new PluginException("no such file: " + jar);
			}
			return JarRepository.publish(agent, jar, monitor);
		}
		if (source.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !source.matches("^[a-zA-Z]:\\\\.*")) {
			return URI.create(source);
		}
		Path path = Path.of(source).toAbsolutePath();
		if (!Files.exists(path)) {
			throw new PluginException("no such repository or jar: " + path);
		}
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return URI.create("jar:" + path.toUri() + "!/");
		}
		return path.toUri();
	}

	private static Set<IInstallableUnit> choose(IMetadataRepository units, List<String> ids, IProgressMonitor monitor) throws PluginException {
		Set<IInstallableUnit> chosen = new LinkedHashSet<>();
		if (!ids.isEmpty()) {
			for (String id : ids) {
				IQueryResult<IInstallableUnit> found = units.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), monitor);
				if (found.isEmpty()) {
					throw new PluginException("the repository has no unit '" + id + "'; it has: " + describe(units));
				}
				chosen.addAll(found.toUnmodifiableSet());
			}
			return chosen;
		}
		chosen.addAll(units.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor).toUnmodifiableSet());
		if (chosen.isEmpty()) {
			for (IInstallableUnit unit : units.query(QueryUtil.createLatestIUQuery(), monitor)) {
				if (isBundle(unit)) {
					chosen.add(unit);
				}
			}
		}
		if (chosen.isEmpty()) {
			throw new PluginException("the repository holds no feature and no bundle to install");
		}
		return chosen;
	}

	private static String describe(IMetadataRepository units) {
		List<String> names = new ArrayList<>();
		for (IInstallableUnit unit : units.query(QueryUtil.createIUAnyQuery(), null)) {
			if (QueryUtil.isGroup(unit) || isBundle(unit)) {
				names.add(unit.getId());
			}
		}
		names.sort(null);
		return names.isEmpty() ? "nothing installable" : String.join(", ", names);
	}

	private static boolean isBundle(IInstallableUnit unit) {
		return unit.getProvidedCapabilities().stream()
				.anyMatch(c -> "org.eclipse.equinox.p2.eclipse.type".equals(c.getNamespace()) && "bundle".equals(c.getName()));
	}

	private static boolean isProductOwn(String id) {
		return id.startsWith("org.bidbench.") || id.startsWith("tooling") || id.startsWith("a.jre");
	}

	private static String nameOf(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return name == null || name.startsWith("%") ? unit.getId() : name;
	}

	private IProfile profile() throws PluginException {
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
		if (profile == null) {
			throw new PluginException("the installation " + folder + " has no p2 profile '" + profileId + "'");
		}
		return profile;
	}

	private static String profileIdOf(Path configIni) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(configIni)) {
			properties.load(in);
		} catch (IOException e) {
			return "DefaultProfile";
		}
		return properties.getProperty("eclipse.p2.profile", "DefaultProfile");
	}
}
