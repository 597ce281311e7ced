package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;
import java.util.List;

import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The {@code bidbench://select/<GlobalId>} links of quote reports: selects and frames the element
 * in the open model that holds it; with {@code ?model=FILE} the model is opened first when no open
 * one holds the element.
 */
final class ElementLinks {

	static final String PREFIX = ElementLink.PREFIX;

	private ElementLinks() {
	}

	/**
	 * @throws IllegalArgumentException when the text is not a select link, saying what a link looks like
	 */
	static ElementLink parse(String uri) {
		return ElementLink.parse(uri);
	}

	/**
	 * Follows a link in a page. Returns a message for the user when the element cannot be shown
	 * (no open model holds it and the link names none), else {@code null}.
	 */
	static String follow(IWorkbenchPage page, String uri) {
		ElementLink link = parse(uri);
		ModelEditor editor = ElementFocus.editorHolding(page, link.globalId());
		if (editor != null) {
			page.activate(editor);
			ElementFocus.reveal(page, editor, List.of(link.globalId()), true);
			return null;
		}
		if (link.model() == null) {
			return NLS.bind(ViewMessages.linkNoModel, link.globalId());
		}
		if (!(OpenModelHandler.open(page, link.model()) instanceof ModelEditor opened)) {
			return NLS.bind(ViewMessages.linkCannotOpen, link.model(), link.globalId());
		}
		if (opened.isLoaded() && opened.model() != null) {
			ElementFocus.reveal(opened.getSite().getPage(), opened, List.of(link.globalId()), true);
			return null;
		}
		// The element can be selected only once the model has loaded: wait for its last PROP_MODEL.
		IPropertyListener whenLoaded = new IPropertyListener() {
			@Override
			public void propertyChanged(Object source, int property) {
				if (property == ModelEditor.PROP_MODEL && opened.isLoaded()) {
					opened.removePropertyListener(this);
					ElementFocus.reveal(opened.getSite().getPage(), opened, List.of(link.globalId()), true);
				}
			}
		};
		opened.addPropertyListener(whenLoaded);
		return null;
	}
}
