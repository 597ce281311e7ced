package org.bidbench.plugins.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.plugins.PluginException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The p2 machinery of the running program, pointed at an installation's p2 folder. */
public final class P2Runtime {

	/**
	 * p2 finds its engine, planner, repositories, transport and touchpoints as services that declarative
	 * services registers only for started bundles; the command line starts none of them by itself.
	 */
	private static final String[] SERVICE_BUNDLES = {"org.eclipse.equinox.p2.core", "org.eclipse.equinox.p2.engine",
			"org.eclipse.equinox.p2.director", "org.eclipse.equinox.p2.repository", "org.eclipse.equinox.p2.metadata.repository",
			"org.eclipse.equinox.p2.artifact.repository", "org.eclipse.equinox.p2.touchpoint.eclipse",
			"org.eclipse.equinox.p2.touchpoint.natives", "org.eclipse.equinox.p2.transport.ecf", "org.eclipse.ecf",
			"org.eclipse.ecf.identity", "org.eclipse.ecf.filetransfer", "org.eclipse.ecf.provider.filetransfer",
			"org.eclipse.equinox.frameworkadmin", "org.eclipse.equinox.frameworkadmin.equinox",
			"org.eclipse.equinox.simpleconfigurator.manipulator", "org.eclipse.equinox.p2.garbagecollector"};

	private P2Runtime() {
	}

	/** An agent working on the p2 data in {@code p2Folder}. */
	public static IProvisioningAgent agentFor(Path p2Folder) throws PluginException {
		List<String> missing = new ArrayList<>();
		for (String name : SERVICE_BUNDLES) {
			Bundle bundle = Platform.getBundle(name);
			if (bundle == null) {
				missing.add(name);
				continue;
			}
			if (bundle.getState() != Bundle.ACTIVE) {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					throw new PluginException("p2 cannot start its part " + name + ": " + e.getMessage(), e);
				}
			}
		}
		if (!missing.isEmpty()) {
			throw new PluginException("this installation lacks p2 (" + String.join(", ", missing)
					+ "): install the BidBench runtime feature, which brings it");
		}
		BundleContext context = FrameworkUtil.getBundle(P2Runtime.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			throw new PluginException("p2's agent provider is not running (org.eclipse.equinox.p2.core did not register it)");
		}
		try {
			return context.getService(reference).createAgent(p2Folder.toUri());
		} catch (ProvisionException e) {
			throw new PluginException("cannot open the p2 data in " + p2Folder + ": " + e.getMessage(), e);
		}
	}

	/** p2's status as one line: the messages of its leaves, which name the unit and the requirement. */
	public static String describe(IStatus status) {
		List<String> messages = new ArrayList<>();
		collect(status, messages);
		if (messages.isEmpty()) {
			messages.add(status.getMessage());
		}
		String text = String.join("; ", messages);
		return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
	}

	private static void collect(IStatus status, List<String> messages) {
		if (status.isMultiStatus() && status.getChildren().length > 0) {
			for (IStatus child : status.getChildren()) {
				collect(child, messages);
			}
		} else if (status.getSeverity() >= IStatus.WARNING && !messages.contains(status.getMessage())) {
			messages.add(status.getMessage());
		}
	}
}
