package org.bidbench.sales.core.internal;

import org.bidbench.sales.core.quote.QuoteApprovalValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Starts with the first use of the sales services and adds their approval invariant to the sales
 * model's validation, so a workspace validated anywhere in the installation is held to the
 * process's approval rules.
 */
public final class SalesCoreActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		QuoteApprovalValidator.register();
	}

	@Override
	public void stop(BundleContext context) {
		// The registration stays: the sales model's own validator is inside it, and EMF's registry is global.
	}
}
