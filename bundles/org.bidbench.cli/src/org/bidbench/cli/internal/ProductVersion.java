package org.bidbench.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The product version is the version of this bundle: "0.1.0 (build v20261126-2300)". */
final class ProductVersion {

	private ProductVersion() {
	}

	static String current() {
		Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
		if (bundle == null) {
			return "(unknown version: not running in OSGi)";
		}
		Version version = bundle.getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? release : release + " (build " + version.getQualifier() + ")";
	}
}
