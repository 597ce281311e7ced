package org.bidbench.geometry.webifc.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Stops the Node.js runtimes of this bundle's engines when the bundle stops (product exit, update). */
public final class WebIfcBundle implements BundleActivator {

	private static final Set<WebIfcEngine> ENGINES = ConcurrentHashMap.newKeySet();

	static void started(WebIfcEngine engine) {
		ENGINES.add(engine);
	}

	@Override
	public void start(BundleContext context) {
	}

	@Override
	public void stop(BundleContext context) {
		for (WebIfcEngine engine : ENGINES) {
			engine.dispose();
		}
		ENGINES.clear();
	}
}
