package org.bidbench.plugins.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.bidbench.plugins.PluginException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepository;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * A bundle jar made into a p2 repository of its own in a temporary folder, so that a plugin delivered
 * as one jar installs the same way as one from an update site: into the profile, listed, removable.
 */
public final class JarRepository {

	private JarRepository() {
	}

	/** Publishes {@code jar} into a new temporary repository and returns its location. */
	public static URI publish(IProvisioningAgent agent, Path jar, IProgressMonitor monitor) throws PluginException {
		Path folder;
		try {
			folder = Files.createTempDirectory("bidbench-plugin-");
		} catch (IOException e) {
			throw new PluginException("cannot create a temporary folder for " + jar.getFileName() + ": " + e.getMessage(), e);
		}
		URI location = folder.toUri();
		String name = "BidBench plugin " + jar.getFileName();
		try {
			IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).createRepository(location, name,
					IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
			IArtifactRepository artifacts = agent.getService(IArtifactRepositoryManager.class).createRepository(location, name,
					IArtifactRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
			PublisherInfo info = new PublisherInfo();
			info.setMetadataRepository(metadata);
			info.setArtifactRepository(artifacts);
			info.setArtifactOptions(IPublisherInfo.A_PUBLISH | IPublisherInfo.A_INDEX);
			IStatus status = new Publisher(info).publish(new IPublisherAction[]{new BundlesAction(new java.io.File[]{jar.toFile()})}, monitor);
			if (status.getSeverity() == IStatus.ERROR) {
				throw new PluginException(jar + " is not an OSGi bundle p2 can install: " + P2Runtime.describe(status));
			}
		} catch (ProvisionException e) {
			throw new PluginException("cannot make a p2 repository of " + jar + ": " + e.getMessage(), e);
		}
		return location;
	}

	/** Forgets and deletes a repository made by {@link #publish}. */
	public static void discard(IProvisioningAgent agent, URI location) {
		agent.getService(IMetadataRepositoryManager.class).removeRepository(location);
		agent.getService(IArtifactRepositoryManager.class).removeRepository(location);
		Path folder = Path.of(location);
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// A temporary folder left behind harms nothing; the system cleans it.
		}
	}
}
