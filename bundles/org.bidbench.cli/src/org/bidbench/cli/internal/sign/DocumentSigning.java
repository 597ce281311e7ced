package org.bidbench.cli.internal.sign;

import java.nio.file.Path;
import java.util.Locale;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.signing.PdfSigner;
import org.bidbench.signing.SigningException;
import org.bidbench.signing.SigningKey;

/** Signing a PDF the command line made or was given, with the firm's key store: shared by {@code quote --sign} and {@code sign}. */
public final class DocumentSigning {

	private DocumentSigning() {
	}

	/**
	 * Checks that {@code out} is a PDF and reads the firm's key, before any work is done, so a
	 * wrong password leaves no unsigned document behind.
	 *
	 * @param password from {@code --sign-password}, else {@code BIDBENCH_SIGN_PASSWORD}, else the console
	 */
	public static SigningKey key(CommandContext context, Path out, String keystore, String password, String alias)
			throws UsageException, CommandException {
		if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			throw new UsageException("--sign signs PDF files only; write the document as .pdf");
		}
		Path file = context.resolve(keystore);
		try {
			return SigningKey.load(file, password(password, file), alias);
		} catch (SigningException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	/** Signs {@code pdf} into {@code out} (the same file is fine: the signed one replaces it by a rename). */
	public static void sign(SigningKey key, Path pdf, Path out, String reason, String location) throws CommandException {
		try {
			new PdfSigner(key).sign(pdf, out, reason, location);
		} catch (SigningException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static char[] password(String given, Path keystore) throws CommandException {
		if (given != null) {
			return given.toCharArray();
		}
		String fromEnvironment = System.getenv(SigningKey.PASSWORD_VARIABLE);
		if (fromEnvironment != null) {
			return fromEnvironment.toCharArray();
		}
		if (System.console() != null) {
			char[] typed = System.console().readPassword("Password of %s: ", keystore);
			if (typed != null) {
				return typed;
			}
		}
		throw new CommandException("no password for the key store " + keystore + ": give --sign-password or set " + SigningKey.PASSWORD_VARIABLE);
	}
}
