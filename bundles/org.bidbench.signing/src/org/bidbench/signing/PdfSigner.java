package org.bidbench.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Calendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bidbench.ifc.io.AtomicWrite;
import org.bidbench.signing.internal.SignedAttributesWithoutTime;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF the way PAdES baseline B asks (ETSI.CAdES.detached): an incremental update adds a
 * signature field whose CMS signature covers every byte of the file but the signature itself,
 * with the signing certificate named in a signed ESS signing-certificate-v2 attribute and the
 * time in the PDF's /M entry. The original bytes stay as they were, so the client's reader shows
 * who signed and whether anything changed since.
 */
public final class PdfSigner {

	/** Room for the CMS signature: the chain of a firm's certificate fits easily in 16 KiB. */
	private static final int SIGNATURE_SIZE = 16 * 1024;

	private final SigningKey key;

	public PdfSigner(SigningKey key) {
		this.key = key;
	}

	/**
	 * Signs {@code pdf} into {@code out} (which may be the same file): written to a temporary
	 * file in the target's folder and renamed, so a failure leaves the target as it was.
	 *
	 * @param reason why it is signed, shown by the reader ("Quote released"), or null
	 * @param location where, or null
	 */
	public void sign(Path pdf, Path out, String reason, String location) throws SigningException {
		byte[] signed;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(key.signerName());
			if (reason != null) {
				signature.setReason(reason);
			}
			if (location != null) {
				signature.setLocation(location);
			}
			signature.setSignDate(Calendar.getInstance(TimeZone.getTimeZone("UTC")));
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SIGNATURE_SIZE);
				document.addSignature(signature, this::cms, options);
				ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Files.size(pdf) + SIGNATURE_SIZE * 3);
				document.saveIncremental(bytes);
				signed = bytes.toByteArray();
			}
		} catch (IOException e) {
			throw new SigningException(pdf + ": cannot be signed: " + (e.getCause() instanceof SigningException s ? s.getMessage() : e.getMessage()), e);
		}
		write(out, signed);
	}

	/** The CMS SignedData (detached) over the bytes PDFBox hands over: the file minus the signature's place. */
	private byte[] cms(InputStream content) throws IOException {
		try {
			byte[] data = content.readAllBytes();
			String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
			ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.privateKey());
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
			Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(certificateHash)})));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
					.setSignedAttributeGenerator(new SignedAttributesWithoutTime(new AttributeTable(signingCertificate)))
					.build(signer, key.certificate()));
			generator.addCertificates(new JcaCertStore(key.chain()));
			// DER, not BC's default BER with indefinite lengths: the padded /Contents then parses everywhere.
			return generator.generate(new CMSProcessableByteArray(data), false).getEncoded("DER");
		} catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
			throw new IOException(new SigningException("the CMS signature could not be made: " + e.getMessage(), e));
		}
	}

	private static void write(Path out, byte[] bytes) throws SigningException {
		Path folder = out.toAbsolutePath().getParent();
		try {
			Files.createDirectories(folder);
			// The signed PDF goes to the client: the user's umask, not a temporary file's 0600.
			AtomicWrite.write(out, bytes);
		} catch (IOException e) {
			throw new SigningException("cannot write the signed PDF " + out + ": " + e.getMessage() + "; it was not changed", e);
		}
	}
}
