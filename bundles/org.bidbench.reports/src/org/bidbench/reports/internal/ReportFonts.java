package org.bidbench.reports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.bidbench.ifc.io.AtomicWrite;
import org.bidbench.reports.ReportFontException;

/**
 * Finds the CJK font reports embed and writes the BIRT fonts configuration that maps every generic
 * family to it. Without such a configuration BIRT falls back to a non-embedded Adobe CJK font and
 * the PDF shows no Chinese at all.
 *
 * <p>The font is Noto Sans CJK (Debian package {@code fonts-noto-cjk}). Only the regular weight is
 * named: BIRT's PDF layer cannot load the bold collection file of that package.
 */
public final class ReportFonts {

	/** System property naming a folder or file that holds {@code NotoSansCJK-Regular.ttc}. */
	public static final String FONT_PROPERTY = "bidbench.reports.cjkFont";

	static final String FONT_FILE = "NotoSansCJK-Regular.ttc";
	static final String FAMILY = "Noto Sans CJK SC";

	private static final List<String> DEFAULT_FOLDERS = List.of("/usr/share/fonts/opentype/noto",
			"/usr/share/fonts/noto-cjk", "/usr/local/share/fonts", "C:/Windows/Fonts", "/Library/Fonts");

	private ReportFonts() {
	}

	/** The font file, from the system property or the usual install folders. */
	public static Path locateCjkFont() throws ReportFontException {
		String configured = System.getProperty(FONT_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			Path file = Files.isDirectory(path) ? path.resolve(FONT_FILE) : path;
			if (Files.isRegularFile(file)) {
				return file;
			}
			throw new ReportFontException("The report font " + file + " named by -D" + FONT_PROPERTY + " does not exist;"
					+ " point it at " + FONT_FILE + " (Debian package fonts-noto-cjk).");
		}
		Optional<Path> found = DEFAULT_FOLDERS.stream().map(folder -> Path.of(folder, FONT_FILE)).filter(Files::isRegularFile).findFirst();
		return found.orElseThrow(() -> new ReportFontException("Reports need the font " + FONT_FILE
				+ " for Chinese text and found it in none of " + DEFAULT_FOLDERS + ". Install it (Debian/Ubuntu: "
				+ "sudo apt-get install fonts-noto-cjk) or start BidBench with -D" + FONT_PROPERTY + "=<folder holding it>."));
	}

	/** Writes a fonts configuration for BIRT that embeds {@code font} for every family, and returns it. */
	public static Path writeFontsConfig(Path font, Path folder) throws IOException {
		String path = font.toAbsolutePath().toString().replace('\\', '/');
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<!-- Written by BidBench: every generic family maps to one embedded CJK font. -->\n");
		xml.append("<font>\n");
		xml.append("  <font-aliases>\n");
		for (String generic : List.of("serif", "sans-serif", "monospace", "cursive", "fantasy", "Times-Roman", "Helvetica", "Courier")) {
			xml.append("    <mapping name=\"").append(generic).append("\" font-family=\"").append(FAMILY).append("\"/>\n");
		}
		xml.append("  </font-aliases>\n");
		// Every script catalog points at the one font, or BIRT's own PDF defaults (STSong-Light, not
		// embedded) win for Chinese.
		xml.append("  <composite-font name=\"all-fonts\" font-family=\"").append(FAMILY).append("\">\n");
		for (String catalog : List.of("Western", "Chinese_S", "Chinese_T", "Chinese", "Japanese", "Korean")) {
			xml.append("    <font font-family=\"").append(FAMILY).append("\" catalog=\"").append(catalog).append("\"/>\n");
		}
		xml.append("  </composite-font>\n");
		xml.append("  <font-paths>\n");
		xml.append("    <path path=\"").append(escape(path)).append("\"/>\n");
		xml.append("  </font-paths>\n");
		xml.append("</font>\n");
		Files.createDirectories(folder);
		Path config = folder.resolve("fontsConfig.xml");
		AtomicWrite.write(config, xml.toString().getBytes(StandardCharsets.UTF_8));
		return config;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}
}
