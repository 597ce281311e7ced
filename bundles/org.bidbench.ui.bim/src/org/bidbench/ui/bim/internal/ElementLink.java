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
		return new ElementLink(m.group(1), m.group(2) == null ? null : modelOf(m.group(2)));
	}

	/**
	 * The model a link names, accepted only as an absolute path to an existing regular IFC file:
	 * a link is clicked in a document from anywhere, so it must not make the workbench open a
	 * device, a file outside what the user meant ({@code ../../etc/passwd}) or a network share.
	 */
	private static Path modelOf(String text) {
		String shown = abbreviate(text);
		if (text.startsWith("\\\\") || text.startsWith("//")) {
			throw new IllegalArgumentException("the link names the model '" + shown + "' on a network share; BidBench opens"
					+ " links only to models on this computer: copy the model here and open it with File > Open Model");
		}
		Path path;
		try {
			path = Path.of(text);
		} catch (java.nio.file.InvalidPathException e) {
			throw new IllegalArgumentException("the link names the model '" + shown + "', which is not a file name");
		}
		if (!path.isAbsolute() || !path.normalize().equals(path)) {
			throw new IllegalArgumentException("the link names the model '" + shown + "', which is not a plain absolute path;"
					+ " open the model with File > Open Model, then follow the link again");
		}
		String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (!(name.endsWith(".ifc") || name.endsWith(".ifczip") || name.endsWith(".ifc.gz"))) {
			throw new IllegalArgumentException("the link names '" + shown + "', which is not an IFC model (.ifc, .ifczip);"
					+ " BidBench opens only models from links");
		}
		if (!java.nio.file.Files.isRegularFile(path)) {
			throw new IllegalArgumentException("the link names the model '" + shown + "', which does not exist or is not a"
					+ " regular file; open the model it was made from with File > Open Model, then follow the link again");
		}
		return path;
	}

	private static String abbreviate(String text) {
		String oneLine = text.replaceAll("\\s+", " ");
		return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
	}
}
