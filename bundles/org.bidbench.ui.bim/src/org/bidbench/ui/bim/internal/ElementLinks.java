package org.bidbench.ui.bim.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;

/**
 * The {@code bidbench://select/<GlobalId>} links of quote reports: selects and frames the element
 * in the open model that holds it; with {@code ?model=FILE} the model is opened first when no open
 * one holds the element.
 */
final class ElementLinks {

	static final String PREFIX = "bidbench://select/";
	/** IFC GlobalIds: 22 characters of the IFC base-64 alphabet. */
	private static final Pattern LINK = Pattern.compile("bidbench://select/([0-9A-Za-z_$]{22})(?:\\?model=(.+))?");

	/** What a link named: the GlobalId and, if given, the model file. */
	record Link(String globalId, Path model) {
	}

	private ElementLinks() {
	}

	/**
	 * @throws IllegalArgumentException when the text is not a select link, saying what a link looks like
	 */
	static Link parse(String uri) {
		String decoded = URLDecoder.decode(uri.trim(), StandardCharsets.UTF_8);
		Matcher m = LINK.matcher(decoded);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + uri + "' is not an element link; expected " + PREFIX
					+ "<GlobalId of 22 characters>[?model=FILE]");
		}
		return new Link(m.group(1), m.group(2) == null ? null : Path.of(m.group(2)));
	}

	/**
	 * Follows a link in a page. Returns a message for the user when the element cannot be shown
	 * (no open model holds it and the link names none), else {@code null}.
	 */
	static String follow(IWorkbenchPage page, String uri) {
		Link link = parse(uri);
		ModelEditor editor = ElementFocus.editorHolding(page, link.globalId());
		if (editor != null) {
			page.activate(editor);
			ElementFocus.reveal(page, editor, List.of(link.globalId()), true);
			return null;
		}
		if (link.model() == null) {
			return "No open model has an element " + link.globalId() + ". Open the model the report was made from"
					+ " (File > Open Model...), then follow the link again.";
		}
		if (!(OpenModelHandler.open(page, link.model()) instanceof ModelEditor opened)) {
			return "Cannot open " + link.model() + " to show element " + link.globalId() + ".";
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
