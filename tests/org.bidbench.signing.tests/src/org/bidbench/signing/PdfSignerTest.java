package org.bidbench.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignerTest {

	@TempDir
	Path folder;
	private SigningKey key;
	private Path contract;

	@BeforeEach
	void firmKeyAndAContract() throws Exception {
		key = SigningKey.load(TestKeyStores.make(folder, "Wang Wei (Sales Director)"), TestKeyStores.PASSWORD.toCharArray(), null);
		contract = folder.resolve("contract.pdf");
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 700);
				text.showText("Contract C-2026-07: total 1,250,000.00 CNY, 30% advance");
				text.endText();
			}
			document.getDocumentInformation().setTitle("Contract C-2026-07");
			// Without object streams, as BIRT writes its PDFs: the title stays plain text a test can change.
			document.save(contract.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
		}
	}

	@Test
	void aSignedPdfVerifiesHereAndInPoppler() throws Exception {
		Path signed = folder.resolve("contract-signed.pdf");
		new PdfSigner(key).sign(contract, signed, "Contract signed", "Hangzhou");
		List<SignatureCheck> checks = PdfSignatures.check(signed);
		assertEquals(1, checks.size());
		SignatureCheck check = checks.get(0);
		assertTrue(check.valid(), String.valueOf(check));
		assertEquals("Wang Wei (Sales Director)", check.signer());
		assertEquals("Contract signed", check.reason());
		assertNotNull(check.signedAt());
		assertTrue(PdfSignatures.check(contract).isEmpty(), "the unsigned original stays unsigned");

		String poppler = pdfsig(signed);
		assertTrue(poppler.contains("Signature Validation: Signature is Valid."), poppler);
		assertTrue(poppler.contains("Wang Wei (Sales Director)"), poppler);
		assertTrue(poppler.contains("ETSI.CAdES.detached"), "PAdES sub-filter: " + poppler);
	}

	@Test
	void aByteChangedAfterSigningFailsVerification() throws Exception {
		Path signed = folder.resolve("contract-signed.pdf");
		new PdfSigner(key).sign(contract, signed, "Contract signed", null);
		byte[] bytes = Files.readAllBytes(signed);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int title = text.indexOf("Contract C-2026-07)");
		assertTrue(title > 0, "the title is stored as plain text");
		bytes[title + "Contract C-2026-0".length()] = '8'; // C-2026-07 becomes C-2026-08
		Files.write(signed, bytes);

		SignatureCheck check = PdfSignatures.check(signed).get(0);
		assertFalse(check.intact(), String.valueOf(check));
		assertTrue(check.problem().contains("changed after it was signed"), check.problem());
		String poppler = pdfsig(signed);
		assertFalse(poppler.contains("Signature is Valid"), poppler);
	}

	@Test
	void bytesAppendedAfterSigningAreNoticed() throws Exception {
		Path signed = folder.resolve("contract-signed.pdf");
		new PdfSigner(key).sign(contract, signed, null, null);
		Files.writeString(signed, "\n% appended later\n", StandardOpenOption.APPEND);
		SignatureCheck check = PdfSignatures.check(signed).get(0);
		assertTrue(check.intact(), "the signed part itself is unchanged");
		assertFalse(check.valid());
		assertTrue(check.problem().contains("added"), check.problem());
	}

	@Test
	void aWrongPasswordOrMissingKeyStoreSaysWhich() throws Exception {
		Path keystore = folder.resolve("firm.p12");
		SigningException wrong = assertThrows(SigningException.class, () -> SigningKey.load(keystore, "nope".toCharArray(), null));
		assertTrue(wrong.getMessage().startsWith(keystore.toString()) && wrong.getMessage().contains("password"), wrong.getMessage());
		SigningException missing = assertThrows(SigningException.class,
				() -> SigningKey.load(folder.resolve("none.p12"), "x".toCharArray(), null));
		assertTrue(missing.getMessage().contains("no such key store"), missing.getMessage());
		SigningException alias = assertThrows(SigningException.class,
				() -> SigningKey.load(keystore, TestKeyStores.PASSWORD.toCharArray(), "other"));
		assertTrue(alias.getMessage().contains("alias 'other'"), alias.getMessage());
	}

	@Test
	void signingInPlaceKeepsTheFileWhenTheInputIsNoPdf() throws Exception {
		Path notPdf = folder.resolve("notes.pdf");
		Files.writeString(notPdf, "not a pdf");
		assertThrows(SigningException.class, () -> new PdfSigner(key).sign(notPdf, notPdf, null, null));
		assertEquals("not a pdf", Files.readString(notPdf));
	}

	static String pdfsig(Path pdf) throws Exception {
		Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(1, TimeUnit.MINUTES));
		return output;
	}
}
