package org.bidbench.cli.internal.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes a PDF that BIRT's emitter (OpenPDF) wrote the same bytes every time for the same content:
 * the emitter stamps the wall-clock time, a random document id and random six-letter font subset
 * tags, partly inside compressed object streams. This pass reads the PDF, sets the dates to the
 * demo's reference time, gives each subset font a tag drawn from its name, writes it again, and
 * sets the id to a digest of what was written. The demo workspace promises byte-identical files
 * for the same seed and date.
 */
final class ReproduciblePdf {

	/** Subset tag of an embedded font's name: six capital letters and a plus sign. */
	private static final Pattern SUBSET_TAG = Pattern.compile("^([A-Z]{6})\\+(.*)$");
	/** 16 zero bytes as the id while the digest is made; as hex in the trailer. */
	private static final byte[] BLANK_ID = new byte[16];

	private ReproduciblePdf() {
	}

	/** Rewrites {@code pdf} (through a temporary file in its folder) with its stamps set from {@code at}. */
	static void settle(Path pdf, Instant at) throws IOException {
		byte[] settled = settle(Files.readAllBytes(pdf), at);
		Path temporary = Files.createTempFile(pdf.toAbsolutePath().getParent(), pdf.getFileName().toString(), ".tmp");
		try {
			Files.write(temporary, settled);
			Files.move(temporary, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	static byte[] settle(byte[] pdf, Instant at) throws IOException {
		byte[] written;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Calendar when = GregorianCalendar.from(at.atZone(ZoneOffset.UTC));
			PDDocumentInformation info = document.getDocumentInformation();
			info.setCreationDate(when);
			info.setModificationDate(when);
			renameSubsets(document);
			COSArray id = new COSArray();
			id.add(new COSString(BLANK_ID, true));
			id.add(new COSString(BLANK_ID, true));
			document.getDocument().getTrailer().setItem(COSName.ID, id);
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			document.save(out);
			written = out.toByteArray();
		}
		// The id last: a digest of everything else, patched over the blank one (same length, offsets hold).
		byte[] digest = Arrays.copyOf(sha256(written), BLANK_ID.length);
		String blank = HexFormat.of().withUpperCase().formatHex(BLANK_ID);
		String text = new String(written, StandardCharsets.ISO_8859_1);
		String fixed = HexFormat.of().withUpperCase().formatHex(digest);
		if (!text.contains("<" + blank + ">")) {
			blank = blank.toLowerCase(java.util.Locale.ROOT);
		}
		text = text.replace("<" + blank + ">", "<" + fixed + ">");
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Gives every subset font (BaseFont, FontName) a tag drawn from its name, the same tag for the same random one. */
	private static void renameSubsets(PDDocument document) throws IOException {
		List<COSObjectKey> keys = new ArrayList<>(document.getDocument().getXrefTable().keySet());
		keys.sort(Comparator.comparingLong(COSObjectKey::getNumber).thenComparingInt(COSObjectKey::getGeneration));
		Map<String, String> tags = new HashMap<>();
		for (COSObjectKey key : keys) {
			var object = document.getDocument().getObjectFromPool(key);
			COSBase base = object == null ? null : object.getObject();
			if (base instanceof COSDictionary dictionary) {
				for (COSName field : new COSName[]{COSName.BASE_FONT, COSName.FONT_NAME}) {
					if (dictionary.getDictionaryObject(field) instanceof COSName name) {
						Matcher m = SUBSET_TAG.matcher(name.getName());
						if (m.matches()) {
							String tag = tags.computeIfAbsent(m.group(1), t -> tagFor(m.group(2), tags.size()));
							dictionary.setItem(field, COSName.getPDFName(tag + "+" + m.group(2)));
						}
					}
				}
			}
		}
	}

	private static String tagFor(String fontName, int order) {
		byte[] digest = sha256((fontName + "#" + order).getBytes(StandardCharsets.UTF_8));
		StringBuilder tag = new StringBuilder(6);
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + Math.floorMod(digest[i], 26)));
		}
		return tag.toString();
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
