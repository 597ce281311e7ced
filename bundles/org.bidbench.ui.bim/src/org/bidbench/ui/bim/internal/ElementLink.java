package org.bidbench.ui.bim.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code bidbench://select/<GlobalId>[?model=FILE]} link names: the GlobalId and, if
 * given, the model file. Plain Java on purpose: the launcher runs {@link LinkInboxDrop} from this
 * bundle's jar without an OSGi framework, and it checks links with this parser.
 */
record ElementLink(String globalId, Path model) {

	static final String PREFIX = "bidbench://select/";
	/** IFC GlobalIds: 22 characters of the IFC base-64 alphabet. */
	private static final Pattern LINK = Pattern.compile("bidbench://select/([0-9A-Za-z_$]{22})/?(?:\\?model=(.+))?");

	/**
	 * @throws IllegalArgumentException when the text is not a select link, saying what a link looks like
	 */
	static ElementLink parse(String uri) {
		String decoded;
		try {
			decoded = URLDecoder.decode(uri.trim(), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			decoded = uri.trim();
		}
		Matcher m = LINK.matcher(decoded);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + abbreviate(uri.trim()) + "' is not an element link; expected " + PREFIX
					+ "<GlobalId of 22 characters>[?model=FILE], as in the quote PDFs BidBench makes");
		}
		return new ElementLink(m.group(1), m.group(2) == null ? null : Path.of(m.group(2)));
	}

	private static String abbreviate(String text) {
		String oneLine = text.replaceAll("\\s+", " ");
		return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
	}
}
