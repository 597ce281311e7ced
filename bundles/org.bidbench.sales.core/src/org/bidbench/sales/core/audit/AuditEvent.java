package org.bidbench.sales.core.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Something that happened and must go into the audit log: what, by whom, on which opportunity,
 * about which record, with the values that matter (for a stage change: from and to). The log adds
 * the sequence number, the previous entry's hash and the actor's signature.
 *
 * @param action what happened
 * @param actor the employee id of the user who did it; the log signs with this user's key
 * @param opportunityId the opportunity concerned, or null (a catalog price change)
 * @param subject the record concerned (a quote id, a milestone name, a catalog item code), or null
 * @param details values in key order; keys are letters, digits, '.', '-' and '_'
 * @param at when it happened
 */
public record AuditEvent(AuditAction action, String actor, String opportunityId, String subject, SortedMap<String, String> details,
		Instant at) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		if (actor == null || actor.isBlank()) {
			throw new IllegalArgumentException("an audit event needs the acting employee's id");
		}
		opportunityId = emptyToNull(opportunityId);
		subject = emptyToNull(subject);
		TreeMap<String, String> copy = new TreeMap<>();
		if (details != null) {
			for (Map.Entry<String, String> e : details.entrySet()) {
				if (!e.getKey().matches("[A-Za-z0-9._-]+")) {
					throw new IllegalArgumentException("audit detail key '" + e.getKey() + "' may hold only letters, digits, '.', '-' and '_'");
				}
				copy.put(e.getKey(), Objects.requireNonNullElse(e.getValue(), ""));
			}
		}
		details = Collections.unmodifiableSortedMap(copy);
		// The PostgreSQL store keeps microseconds; both stores must hold the same signed bytes.
		at = (at == null ? Instant.now() : at).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	/** An event happening now, without details yet. */
	public static AuditEvent of(AuditAction action, String actor, String opportunityId, String subject) {
		return new AuditEvent(action, actor, opportunityId, subject, null, null);
	}

	/** This event with one more detail. */
	public AuditEvent with(String key, Object value) {
		TreeMap<String, String> more = new TreeMap<>(details);
		more.put(key, value == null ? "" : value.toString());
		return new AuditEvent(action, actor, opportunityId, subject, more, at);
	}

	/** This event at another time (imports, tests). */
	public AuditEvent at(Instant when) {
		return new AuditEvent(action, actor, opportunityId, subject, details, when);
	}

	private static String emptyToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}
}
