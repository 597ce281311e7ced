package org.bidbench.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.ui.ProvisioningUI;

/**
 * Help &gt; Install New Software...: p2's own wizard (sites, categories, licences, progress and cancel,
 * the offer to restart) on the running installation's profile.
 */
public class InstallNewSoftwareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ProvisioningUI.getDefaultUI().openInstallWizard(null, null, null);
		return null;
	}
}
