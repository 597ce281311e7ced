package org.bidbench.sales.core.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.process.StageTransitions;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.risk.RiskFlag.Kind;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.BuyingRole;
import org.bidbench.sales.model.CompetitorSighting;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.RiskAcknowledgement;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;

/**
 * The risk flags of opportunities: overdue gates, stalled stages, margin below the floor,
 * overdue collections, no known decision maker, no activity for a while, a competitor that came
 * in late, and too many quote revisions. Each names its owner and a next step, and carries its
 * acknowledgement when a person has acknowledged it. The dashboard, the opportunity editor, the
 * Deadlines view and {@code bidbench risks} all take their flags from here.
 */
public final class RiskFlags {

	/** A stage unchanged for longer than this counts as stalled (the default threshold). */
	public static final Duration STALLED_AFTER = Duration.ofDays(RiskThresholds.DEFAULT.stalledAfterDays());

	private RiskFlags() {
	}

	public static List<RiskFlag> of(Opportunity o, Instant now) {
		return of(o, now, RiskThresholds.DEFAULT);
	}

	public static List<RiskFlag> of(SalesWorkspace workspace, Instant now) {
		return of(workspace, now, RiskThresholds.DEFAULT);
	}

	public static List<RiskFlag> of(SalesWorkspace workspace, Instant now, RiskThresholds thresholds) {
		List<RiskFlag> flags = new ArrayList<>();
		for (Opportunity o : workspace.getOpportunities()) {
			flags.addAll(of(o, now, thresholds));
		}
		return flags;
	}

	/** Only the flags nobody has acknowledged yet: what still notifies. */
	public static List<RiskFlag> unacknowledged(SalesWorkspace workspace, Instant now) {
		return of(workspace, now).stream().filter(RiskFlag::isNew).toList();
	}

	/** The flags whose owner is {@code employee} (for "my" lists in the Deadlines view). */
	public static List<RiskFlag> ownedBy(SalesWorkspace workspace, Employee employee, Instant now) {
		return of(workspace, now).stream().filter(f -> f.owner() == employee).toList();
	}

	public static List<RiskFlag> of(Opportunity o, Instant now, RiskThresholds thresholds) {
		List<RiskFlag> flags = new ArrayList<>();
		String who = o.getId() + " '" + o.getName() + "'";
		Team team = o.getTeam();
		Employee salesLead = team == null ? null : team.getSalesLead();
		if (o.getStatus() == OpportunityStatus.OPEN) {
			for (GateDeadline d : GateDeadlines.of(o)) {
				if (d.isOverdue(now)) {
					flags.add(flag(o, Kind.OVERDUE_GATE, d.gate().getId(),
							who + ": gate '" + d.gate().getName() + "' was due " + d.dueAt()
									+ (d.responsible() == null ? " (nobody holds the responsible role)" : " (" + d.responsible().getName() + ")") + ".",
							d.responsible() == null ? salesLead : d.responsible(),
							"Deliver '" + d.gate().getName() + "' and have it reviewed, or agree a new date with the sales manager.",
							List.of(o.getId(), d.gate().getName(), String.valueOf(d.dueAt()))));
				}
			}
			StageChange last = o.getStageHistory().isEmpty() ? null : o.getStageHistory().get(o.getStageHistory().size() - 1);
			if (last != null && last.getEnteredAt() != null && o.getStage() != null
					&& Duration.between(last.getEnteredAt(), now).compareTo(Duration.ofDays(thresholds.stalledAfterDays())) > 0) {
				long days = Duration.between(last.getEnteredAt(), now).toDays();
				flags.add(flag(o, Kind.STALLED_STAGE, o.getStage().getId(),
						who + " has been in stage '" + o.getStage().getName() + "' for " + days + " days.", salesLead,
						"Meet the client to agree the next step, or close the opportunity as lost.",
						List.of(o.getId(), o.getStage().getName(), String.valueOf(days))));
			}
			boolean decisionMaker = o.getCustomer() != null && o.getCustomer().getContacts().stream()
					.anyMatch(c -> c.getBuyingRole() == BuyingRole.DECISION_MAKER);
			if (!decisionMaker) {
				String customer = o.getCustomer() == null ? "the customer" : o.getCustomer().getName();
				flags.add(flag(o, Kind.NO_DECISION_MAKER, "", who + ": no decision maker is known at " + customer + ".", salesLead,
						"Find out who decides and add them as a contact with the role decision maker.", List.of(o.getId(), customer)));
			}
			Instant lastActivity = null;
			for (Activity a : o.getActivities()) {
				if (a.getAt() != null && !a.getAt().isAfter(now) && (lastActivity == null || a.getAt().isAfter(lastActivity))) {
					lastActivity = a.getAt();
				}
			}
			Instant since = lastActivity != null ? lastActivity : o.getCreatedAt();
			if (since != null && Duration.between(since, now).compareTo(Duration.ofDays(thresholds.noActivityDays())) > 0) {
				long days = Duration.between(since, now).toDays();
				String sinceDay = LocalDate.ofInstant(since, ZoneOffset.UTC).toString();
				flags.add(flag(o, Kind.NO_RECENT_ACTIVITY, sinceDay,
						who + ": no activity for " + days + " days (" + (lastActivity == null
								? "none since it was created on "
								: "last on ") + sinceDay + ").",
						salesLead, "Call or visit the client and log it.", List.of(o.getId(), String.valueOf(days), sinceDay)));
			}
			Stage lateFrom = stage(o, thresholds.lateCompetitorFromStage());
			for (CompetitorSighting s : o.getCompetitorSightings()) {
				Stage then = stageAt(o, s.getAddedAt());
				if (lateFrom != null && then != null && StageTransitions.indexOf(then) >= StageTransitions.indexOf(lateFrom)) {
					flags.add(flag(o, Kind.LATE_COMPETITOR, s.getCompetitor(),
							who + ": competitor " + s.getCompetitor() + " came in late, in stage '" + then.getName() + "' on "
									+ LocalDate.ofInstant(s.getAddedAt(), ZoneOffset.UTC) + ".",
							salesLead, "Find out what " + s.getCompetitor()
									+ " offers and review the quote and the solution with the technical lead.",
							List.of(o.getId(), s.getCompetitor(), then.getName())));
				}
			}
			int revisions = o.getQuotes().size();
			if (revisions > thresholds.maxQuoteRevisions()) {
				Employee commercial = team == null || team.getCommercialLead() == null ? salesLead : team.getCommercialLead();
				flags.add(flag(o, Kind.MANY_QUOTE_REVISIONS, String.valueOf(revisions),
						who + ": the quote was revised " + revisions + " times (more than " + thresholds.maxQuoteRevisions() + ").",
						commercial, "Agree the scope and the price limits with the sales manager before the next revision.",
						List.of(o.getId(), String.valueOf(revisions), String.valueOf(thresholds.maxQuoteRevisions()))));
			}
			if (!o.getQuotes().isEmpty() && o.eContainer() instanceof SalesWorkspace ws) {
				Quote latest = QuoteRevisions.latest(o.getQuotes().get(0));
				LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
				Employee commercial = team == null || team.getCommercialLead() == null ? salesLead : team.getCommercialLead();
				for (PriceCatalog catalog : ws.getPriceCatalogs()) {
					for (QuoteStatement.FloorBreach w : QuoteStatement.of(latest, catalog, today).belowFloor()) {
						flags.add(flag(o, Kind.MARGIN_BELOW_FLOOR, latest.getId() + "/" + w.message().hashCode(),
								who + ": " + w.message(), commercial,
								"Raise the price or have the sales manager approve the margin.",
								// The warning's parts after its English text, so that a view can word it in its language.
								List.of(o.getId(), w.message(), w.line().key(), String.valueOf(w.line().code()),
										w.marginPercent().toPlainString(), w.floorPercent().toPlainString(), w.category())));
					}
				}
			}
		}
		if (o.getContract() != null) {
			LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
			for (PaymentMilestone m : o.getContract().getMilestones()) {
				if (m.getDueDate() != null && m.getDueDate().isBefore(today) && m.getCollectedOn() == null) {
					flags.add(flag(o, Kind.OVERDUE_COLLECTION, m.getName(),
							who + ": payment '" + m.getName() + "' of " + m.getAmount() + " was due " + m.getDueDate()
									+ " and is not collected.",
							collectionOwner(o), "Call the client's finance department and agree a payment date.",
							List.of(o.getId(), m.getName(), String.valueOf(m.getAmount()), String.valueOf(m.getDueDate()))));
				}
			}
		}
		return flags;
	}

	/** Who chases a payment: the project manager, else the commercial lead, else the sales lead. */
	public static Employee collectionOwner(Opportunity o) {
		Team t = o.getTeam();
		if (t == null) {
			return null;
		}
		return t.getProjectManager() != null
				? t.getProjectManager()
				: t.getCommercialLead() != null ? t.getCommercialLead() : t.getSalesLead();
	}

	private static RiskFlag flag(Opportunity o, Kind kind, String subject, String message, Employee owner, String nextStep,
			List<String> arguments) {
		String key = subject.isEmpty() ? kind.id() : kind.id() + "/" + subject;
		RiskAcknowledgement acknowledgement = null;
		for (RiskAcknowledgement a : o.getRiskAcknowledgements()) {
			if (key.equals(a.getFlagKey())) {
				acknowledgement = a;
			}
		}
		return new RiskFlag(o, kind, key, message, owner, nextStep, List.copyOf(arguments), acknowledgement);
	}

	private static Stage stage(Opportunity o, String id) {
		if (o.getStage() == null || !(o.getStage().eContainer() instanceof org.bidbench.sales.model.SalesProcess process)) {
			return null;
		}
		return process.getStages().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
	}

	/** The stage the opportunity was in at {@code at}: the last one entered before it. */
	private static Stage stageAt(Opportunity o, Instant at) {
		if (at == null) {
			return null;
		}
		Stage stage = null;
		for (StageChange c : o.getStageHistory()) {
			if (c.getEnteredAt() != null && !c.getEnteredAt().isAfter(at)) {
				stage = c.getStage();
			}
		}
		return stage;
	}
}
