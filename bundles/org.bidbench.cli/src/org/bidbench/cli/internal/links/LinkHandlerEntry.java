package org.bidbench.cli.internal.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bidbench.ifc.io.AtomicWrite;

/**
 * The desktop entry that makes the {@code bidbench} launcher the handler of {@code bidbench://}
 * links on Linux desktops, and its line in {@code mimeapps.list}.
 */
final class LinkHandlerEntry {

	/** The desktop file id; xdg-mime and mimeapps.list name the handler by it. */
	static final String DESKTOP_ID = "bidbench-links.desktop";
	static final String MIME_TYPE = "x-scheme-handler/bidbench";
	/** Characters after which an Exec argument must be quoted (Desktop Entry Specification, "The Exec key"). */
	private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

	private LinkHandlerEntry() {
	}

	/** The desktop file's text: the launcher gets the link as its only argument ({@code %u}). */
	static String text(Path launcher) {
		return """
				[Desktop Entry]
				# Written by 'bidbench register-links'; 'bidbench unregister-links' removes it.
				Type=Application
				Name=BidBench element link
				Comment=Shows the element of a bidbench:// link from a quote in the BidBench workbench
				Exec=%s %%u
				Terminal=false
				NoDisplay=true
				MimeType=%s;
				""".formatted(execArgument(launcher.toString()), MIME_TYPE);
	}

	/** Quotes a path for the Exec key: quoting and escaping of the specification, then the string escape of {@code \}. */
	static String execArgument(String path) {
		String escapedPercent = path.replace("%", "%%");
		if (escapedPercent.chars().noneMatch(c -> RESERVED.indexOf(c) >= 0)) {
			return escapedPercent;
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : escapedPercent.toCharArray()) {
			if (c == '"' || c == '`' || c == '$' || c == '\\') {
				quoted.append('\\');
			}
			quoted.append(c);
		}
		quoted.append('"');
		// Desktop files escape a backslash in any string value once more.
		return quoted.toString().replace("\\", "\\\\");
	}

	static void write(Path file, String text) throws IOException {
		AtomicWrite.write(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Removes this entry from the {@code x-scheme-handler/bidbench} lines of a mimeapps.list, keeping
	 * any other handler named there. Returns whether the file changed.
	 */
	static boolean removeFromMimeApps(Path mimeApps) throws IOException {
		if (!Files.isRegularFile(mimeApps)) {
			return false;
		}
		List<String> lines = Files.readAllLines(mimeApps, StandardCharsets.UTF_8);
		List<String> kept = new ArrayList<>();
		boolean changed = false;
		for (String line : lines) {
			String key = MIME_TYPE + "=";
			if (!line.startsWith(key)) {
				kept.add(line);
				continue;
			}
			List<String> handlers = new ArrayList<>(Arrays.asList(line.substring(key.length()).split(";")));
			if (!handlers.removeIf(h -> h.strip().equals(DESKTOP_ID))) {
				kept.add(line);
				continue;
			}
			changed = true;
			handlers.removeIf(String::isBlank);
			if (!handlers.isEmpty()) {
				kept.add(key + String.join(";", handlers) + ";");
			}
		}
		if (changed) {
			write(mimeApps, String.join("\n", kept) + "\n");
		}
		return changed;
	}
}
