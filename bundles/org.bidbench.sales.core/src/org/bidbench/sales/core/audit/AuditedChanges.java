package org.bidbench.sales.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.sales.core.store.ChangeSet;
import org.bidbench.sales.core.store.FieldChange;
import org.bidbench.sales.core.store.RecordChange;
import org.bidbench.sales.core.store.RecordKind;

/**
 * Which changes of a save go into the audit log, read off the fields it changes (see
 * {@code RecordFields} for the paths): an opportunity's stage; an approval's verdict; a quote's
 * status becoming released; a contract's signing date; a milestone's collection; a unit price of
 * a quote line or of a catalog item.
 */
public final class AuditedChanges {

	private static final Pattern APPROVAL = Pattern.compile("quotes\\[([^\\]]+)\\]/approvals\\[([^\\]]+)\\]/verdict");
	private static final Pattern QUOTE_STATUS = Pattern.compile("quotes\\[([^\\]]+)\\]/status");
	private static final Pattern LINE_PRICE = Pattern.compile("quotes\\[([^\\]]+)\\]/lines\\[([^\\]]+)\\]/unitPrice");
	private static final Pattern COLLECTION = Pattern.compile("contract/milestones\\[([^\\]]+)\\]/(collectedOn|collectedAmount)");
	private static final Pattern ITEM_PRICE = Pattern.compile("items\\[([^\\]]+)\\]/unitPrice");

	private AuditedChanges() {
	}

	/** The audit events of a change set, by this actor, at this time; empty when nothing in it is audited. */
	public static List<AuditEvent> of(ChangeSet changes, String actor, Instant at) {
		List<AuditEvent> events = new ArrayList<>();
		for (RecordChange record : changes.records()) {
			String id = record.key().id();
			for (FieldChange field : record.fields()) {
				AuditEvent event = record.key().kind() == RecordKind.OPPORTUNITY
						? opportunityEvent(id, field, actor)
						: record.key().kind() == RecordKind.CATALOG ? catalogEvent(id, field, actor) : null;
				if (event != null) {
					events.add(event.with("field", field.path()).at(at));
				}
			}
		}
		return events;
	}

	private static AuditEvent opportunityEvent(String opportunity, FieldChange field, String actor) {
		String path = field.path();
		Matcher m;
		if (path.equals("stage")) {
			return changed(AuditEvent.of(AuditAction.STAGE_CHANGE, actor, opportunity, null), field);
		}
		if ((m = APPROVAL.matcher(path)).matches() && field.value() != null) {
			return changed(AuditEvent.of(AuditAction.APPROVAL, actor, opportunity, m.group(1)), field);
		}
		if ((m = QUOTE_STATUS.matcher(path)).matches() && "released".equals(field.value())) {
			return changed(AuditEvent.of(AuditAction.QUOTE_RELEASE, actor, opportunity, m.group(1)), field);
		}
		if (path.equals("contract/signedOn") && field.value() != null) {
			return changed(AuditEvent.of(AuditAction.CONTRACT_SIGNATURE, actor, opportunity, "contract"), field);
		}
		if ((m = COLLECTION.matcher(path)).matches() && field.value() != null) {
			return changed(AuditEvent.of(AuditAction.MILESTONE_COLLECTION, actor, opportunity, m.group(1)), field);
		}
		if ((m = LINE_PRICE.matcher(path)).matches() && field.base() != null) {
			return changed(AuditEvent.of(AuditAction.PRICE_CHANGE, actor, opportunity, m.group(1) + "/" + m.group(2)), field);
		}
		return null;
	}

	private static AuditEvent catalogEvent(String catalog, FieldChange field, String actor) {
		Matcher m = ITEM_PRICE.matcher(field.path());
		if (m.matches() && field.base() != null) {
			return changed(AuditEvent.of(AuditAction.PRICE_CHANGE, actor, null, catalog + "/" + m.group(1)), field);
		}
		return null;
	}

	private static AuditEvent changed(AuditEvent event, FieldChange field) {
		return event.with("from", field.base() == null ? "" : field.base()).with("to", field.value() == null ? "" : field.value());
	}
}
