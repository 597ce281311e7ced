package org.bidbench.ui.sales.internal.navigator;

import java.util.HashMap;
import java.util.Map;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Opportunity;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;

/** The navigator's images (icons/ of this bundle), made once and disposed with the view. */
final class NavigatorIcons {

	private final Map<String, Image> images = new HashMap<>();

	Image of(Object element) {
		String name = element instanceof Customer
				? "customer16.png" //$NON-NLS-1$
				: element instanceof Opportunity
						? "opportunity16.png" //$NON-NLS-1$
						: element instanceof Lead
								? "lead16.png" //$NON-NLS-1$
								: element instanceof NavigatorFilter.UnassignedLeads ? "lead16.png" : null; //$NON-NLS-1$
		if (name == null) {
			return null;
		}
		return images.computeIfAbsent(name, n -> {
			ImageDescriptor descriptor = ImageDescriptor.createFromURL(NavigatorIcons.class.getResource("/icons/" + n)); //$NON-NLS-1$
			return descriptor.createImage(false);
		});
	}

	void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
	}
}
