package org.bidbench.sales.core.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.quote.Pricing;
import org.bidbench.sales.core.quote.PricingWarning;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.core.risk.RiskFlag.Kind;
import org.bidbench.sales.model.BuyingRole;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.StageChange;

/**
 * Risk flags of an opportunity: overdue gates, a stage that has not moved for too long, a
 * quote priced below its margin floor, overdue collections, and no known decision maker at
 * the customer.
 */
public final class RiskFlags {

    /** A stage unchanged for longer than this counts as stalled. */
    public static final Duration STALLED_AFTER = Duration.ofDays(45);

    private RiskFlags() {
    }

    public static List<RiskFlag> of(Opportunity o, Instant now) {
        List<RiskFlag> flags = new ArrayList<>();
        String who = o.getId() + " '" + o.getName() + "'";
        if (o.getStatus() == OpportunityStatus.OPEN) {
            for (GateDeadline d : GateDeadlines.of(o)) {
                if (d.isOverdue(now)) {
                    flags.add(new RiskFlag(o, Kind.OVERDUE_GATE, who + ": gate '" + d.gate().getName() + "' was due "
                            + d.dueAt() + (d.responsible() == null ? "" : " (" + d.responsible().getName() + ")") + "."));
                }
            }
            StageChange last = o.getStageHistory().isEmpty() ? null : o.getStageHistory().get(o.getStageHistory().size() - 1);
            if (last != null && last.getEnteredAt() != null
                    && Duration.between(last.getEnteredAt(), now).compareTo(STALLED_AFTER) > 0) {
                flags.add(new RiskFlag(o, Kind.STALLED_STAGE, who + " has been in stage '" + o.getStage().getName() + "' for "
                        + Duration.between(last.getEnteredAt(), now).toDays() + " days."));
            }
            boolean decisionMaker = o.getCustomer() != null && o.getCustomer().getContacts().stream()
                    .anyMatch(c -> c.getBuyingRole() == BuyingRole.DECISION_MAKER);
            if (!decisionMaker) {
                flags.add(new RiskFlag(o, Kind.NO_DECISION_MAKER, who + ": no decision maker is known at "
                        + (o.getCustomer() == null ? "the customer" : o.getCustomer().getName()) + "."));
            }
            if (!o.getQuotes().isEmpty() && o.eContainer() instanceof SalesWorkspace ws) {
                Quote latest = QuoteRevisions.latest(o.getQuotes().get(0));
                LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
                for (PriceCatalog catalog : ws.getPriceCatalogs()) {
                    for (PricingWarning w : Pricing.belowFloor(latest, catalog, today)) {
                        flags.add(new RiskFlag(o, Kind.MARGIN_BELOW_FLOOR, who + ": " + w.message()));
                    }
                }
            }
        }
        if (o.getContract() != null) {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            for (PaymentMilestone m : o.getContract().getMilestones()) {
                if (m.getDueDate() != null && m.getDueDate().isBefore(today) && m.getCollectedOn() == null) {
                    flags.add(new RiskFlag(o, Kind.OVERDUE_COLLECTION, who + ": payment '" + m.getName() + "' of "
                            + m.getAmount() + " was due " + m.getDueDate() + " and is not collected."));
                }
            }
        }
        return flags;
    }

    public static List<RiskFlag> of(SalesWorkspace workspace, Instant now) {
        List<RiskFlag> flags = new ArrayList<>();
        for (Opportunity o : workspace.getOpportunities()) {
            flags.addAll(of(o, now));
        }
        return flags;
    }
}
