package org.bidbench.sales.core.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry as a line of text, readable by a person and by {@code grep}:
 *
 * <pre>
 * sequence TAB at TAB actor TAB keyId TAB action TAB opportunity TAB subject TAB previousHash(hex) TAB signature(Base64) [TAB key=value]...
 * </pre>
 *
 * Backslash, tab, line feed and carriage return in texts are written {@code \\ \t \n \r}; an absent
 * opportunity or subject is an empty field. Reading gives back exactly the entry written, so the
 * signature checks; anything changed in the line changes the entry and does not.
 */
final class AuditLineFormat {

	private AuditLineFormat() {
	}

	static String write(AuditEntry e) {
		StringBuilder line = new StringBuilder(256);
		line.append(e.sequence()).append('\t').append(e.at()).append('\t');
		escape(line, e.actor()).append('\t');
		escape(line, e.keyId()).append('\t').append(e.action().name()).append('\t');
		escape(line, e.opportunityId() == null ? "" : e.opportunityId()).append('\t');
		escape(line, e.subject() == null ? "" : e.subject()).append('\t');
		line.append(HexFormat.of().formatHex(e.previousHash())).append('\t');
		line.append(Base64.getEncoder().encodeToString(e.signature()));
		if (!e.details().isEmpty()) {
			writeDetails(line.append('\t'), e.details());
		}
		return line.toString();
	}

	/** Details as {@code key=value} fields joined by tabs, values escaped. */
	static StringBuilder writeDetails(StringBuilder out, Map<String, String> details) {
		String separator = "";
		for (Map.Entry<String, String> d : details.entrySet()) {
			out.append(separator).append(d.getKey()).append('=');
			escape(out, d.getValue());
			separator = "\t";
		}
		return out;
	}

	static TreeMap<String, String> readDetails(String[] fields, int from) {
		TreeMap<String, String> details = new TreeMap<>();
		for (int i = from; i < fields.length; i++) {
			int eq = fields[i].indexOf('=');
			if (eq <= 0) {
				throw new IllegalArgumentException("detail '" + fields[i] + "' is not key=value");
			}
			details.put(fields[i].substring(0, eq), unescape(fields[i].substring(eq + 1)));
		}
		return details;
	}

	/** @throws IllegalArgumentException saying which field is wrong */
	static AuditEntry read(String line) {
		String[] fields = line.split("\t", -1);
		if (fields.length < 9) {
			throw new IllegalArgumentException(fields.length + " fields instead of at least 9");
		}
		long sequence;
		Instant at;
		AuditAction action;
		try {
			sequence = Long.parseLong(fields[0]);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("sequence '" + fields[0] + "' is not a number");
		}
		try {
			at = Instant.parse(fields[1]);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("time '" + fields[1] + "' is not an instant");
		}
		try {
			action = AuditAction.valueOf(fields[4]);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + fields[4] + "' is not an audit action");
		}
		byte[] previousHash;
		byte[] signature;
		try {
			previousHash = HexFormat.of().parseHex(fields[7]);
			signature = Base64.getDecoder().decode(fields[8]);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("previous hash or signature is not well formed");
		}
		TreeMap<String, String> details = readDetails(fields, 9);
		String opportunity = unescape(fields[5]);
		String subject = unescape(fields[6]);
		return new AuditEntry(sequence, at, unescape(fields[2]), unescape(fields[3]), action, opportunity.isEmpty() ? null : opportunity,
				subject.isEmpty() ? null : subject, details, previousHash, signature);
	}

	private static StringBuilder escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out;
	}

	private static String unescape(String text) {
		if (text.indexOf('\\') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\' || i + 1 == text.length()) {
				out.append(c);
				continue;
			}
			char next = text.charAt(++i);
			switch (next) {
				case 't' -> out.append('\t');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case '\\' -> out.append('\\');
				default -> throw new IllegalArgumentException("unknown escape '\\" + next + "'");
			}
		}
		return out.toString();
	}
}
