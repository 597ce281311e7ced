package org.bidbench.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/** Poppler's tools on rendered PDFs: the text a reader sees, the link targets, page images to look at. */
public final class PdfTools {

	/** Where rendered reports and their page images are kept for a person to look at after the tests. */
	static final Path KEEP = Path.of(System.getProperty("java.io.tmpdir"), "bidbench-reports");

	private PdfTools() {
	}

	public static String text(Path pdf) throws IOException, InterruptedException {
		return run("pdftotext", "-layout", pdf.toString(), "-");
	}

	public static String urls(Path pdf) throws IOException, InterruptedException {
		return run("pdfinfo", "-url", pdf.toString());
	}

	public static String fonts(Path pdf) throws IOException, InterruptedException {
		return run("pdffonts", pdf.toString());
	}

	/** Keeps the file and, for a PDF, its pages as PNG at 60 dpi. */
	public static void keep(Path file, String name) throws IOException, InterruptedException {
		Files.createDirectories(KEEP);
		Path kept = KEEP.resolve(name);
		Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
		if (name.endsWith(".pdf")) {
			run("pdftoppm", "-r", "60", "-l", "3", "-png", kept.toString(), KEEP.resolve(name.replace(".pdf", "")).toString());
		}
	}

	public static String run(String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new IOException(command[0] + " is needed to check the PDF: install poppler-utils (.ci/run does)", e);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " finished");
		assertEquals(0, process.exitValue(), command[0] + " failed: " + output);
		return output;
	}
}
