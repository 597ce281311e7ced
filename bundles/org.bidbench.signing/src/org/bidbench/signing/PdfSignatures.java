package org.bidbench.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the signatures of a PDF as a reader does: for each signature dictionary, the bytes its
 * /ByteRange names are hashed again and the CMS signature checked against the certificate it
 * carries; a signature that does not reach the end of the file means something was appended
 * after it. Trust in the certificate (whether a client knows the firm's CA) is the reader's
 * business and not judged here.
 */
public final class PdfSignatures {

	private PdfSignatures() {
	}

	/** Every signature of the PDF, in the file's order; empty when it has none. */
	public static List<SignatureCheck> check(Path pdf) throws SigningException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(pdf);
		} catch (IOException e) {
			throw new SigningException(pdf + ": cannot be read: " + e.getMessage(), e);
		}
		List<SignatureCheck> checks = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(bytes)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				checks.add(check(signature, bytes));
			}
		} catch (IOException e) {
			throw new SigningException(pdf + ": not a readable PDF (" + e.getMessage() + "); it was damaged or is no PDF", e);
		}
		return checks;
	}

	private static SignatureCheck check(PDSignature signature, byte[] file) {
		String reason = signature.getReason();
		java.time.Instant at = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
		int[] range = signature.getByteRange();
		boolean wholeFile = range != null && range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == file.length;
		try {
			byte[] signedContent = signature.getSignedContent(file);
			// Read one ASN.1 object: /Contents is padded with zeros up to its reserved size.
			ContentInfo contentInfo;
			try (ASN1InputStream asn1 = new ASN1InputStream(signature.getContents())) {
				contentInfo = ContentInfo.getInstance(asn1.readObject());
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contentInfo);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new SignatureCheck("?", "?", at, reason, false, wholeFile, "the signature carries no signing certificate");
			}
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
			String subject = certificate.getSubjectX500Principal().getName();
			boolean intact;
			String problem = null;
			try {
				intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
				if (!intact) {
					problem = "the signature does not match the certificate";
				}
			} catch (CMSException e) {
				intact = false;
				problem = "the document changed after it was signed (" + e.getMessage() + ")";
			}
			if (intact && !wholeFile) {
				problem = "bytes were added to the file after it was signed";
			}
			return new SignatureCheck(SignatureCheck.commonName(subject), subject, at, reason, intact, wholeFile, problem);
		} catch (IOException | CMSException | java.security.GeneralSecurityException
				| org.bouncycastle.operator.OperatorCreationException | RuntimeException e) {
			return new SignatureCheck("?", "?", at, reason, false, wholeFile, "the signature cannot be read: " + e.getMessage());
		}
	}
}
