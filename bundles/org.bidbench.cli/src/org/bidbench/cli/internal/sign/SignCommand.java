package org.bidbench.cli.internal.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.signing.PdfSignatures;
import org.bidbench.signing.SignatureCheck;
import org.bidbench.signing.SigningException;
import org.bidbench.signing.SigningKey;

/**
 * {@code bidbench sign PDF --keystore KS [--out SIGNED.pdf] [--sign-password P] [--alias A] [--reason TEXT] [--location TEXT]}
 * signs any PDF (a contract) with the firm's key; {@code bidbench sign PDF --verify} checks its signatures.
 */
public class SignCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--keystore", "--out", "--sign-password", "--alias", "--reason", "--location"),
				Set.of("--verify"));
		if (options.positional().size() != 1) {
			throw new UsageException("give one PDF: bidbench sign contract.pdf --keystore firm.p12");
		}
		Path pdf = context.resolve(options.positional().get(0));
		if (!Files.isRegularFile(pdf)) {
			throw new CommandException(pdf + ": no such file");
		}
		if (options.flag("--verify")) {
			return verify(context, pdf);
		}
		String keystore = options.required("--keystore", "the firm's PKCS12 key store (.p12)");
		Path out = options.value("--out") == null ? pdf : context.resolve(options.value("--out"));
		SigningKey key = DocumentSigning.key(context, out, keystore, options.value("--sign-password"), options.value("--alias"));
		DocumentSigning.sign(key, pdf, out, options.value("--reason") == null ? "Signed" : options.value("--reason"), options.value("--location"));
		context.out().printf("%s: signed by %s (PAdES, certificate valid until %s)%n", out.getFileName(), key.signerName(),
				key.certificate().getNotAfter().toInstant());
		return 0;
	}

	private static int verify(CommandContext context, Path pdf) throws CommandException {
		List<SignatureCheck> checks;
		try {
			checks = PdfSignatures.check(pdf);
		} catch (SigningException e) {
			throw new CommandException(e.getMessage(), e);
		}
		if (checks.isEmpty()) {
			throw new CommandException(pdf + ": has no signature");
		}
		boolean allValid = true;
		for (SignatureCheck check : checks) {
			context.out().printf("%s: signed by %s at %s: %s%n", pdf.getFileName(), check.signer(), check.signedAt(),
					check.valid() ? "valid, unchanged since" : "NOT valid: " + check.problem());
			allValid &= check.valid();
		}
		if (!allValid) {
			throw new CommandException(pdf + ": a signature does not hold; the document was changed after it was signed");
		}
		return 0;
	}
}
