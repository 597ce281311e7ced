/**
 * PAdES signatures of the PDFs BidBench makes (client quotes, contracts): sign with the firm's
 * key ({@link org.bidbench.signing.PdfSigner}) and check what a reader would check
 * ({@link org.bidbench.signing.PdfSignatures}).
 */
package org.bidbench.signing;
