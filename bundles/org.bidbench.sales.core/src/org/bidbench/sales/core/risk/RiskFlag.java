package org.bidbench.sales.core.risk;

import org.bidbench.sales.model.Opportunity;

/** One reason to worry about an opportunity, with a sentence saying what and where. */
public record RiskFlag(Opportunity opportunity, Kind kind, String message) {

    public enum Kind {
        OVERDUE_GATE, STALLED_STAGE, MARGIN_BELOW_FLOOR, OVERDUE_COLLECTION, NO_DECISION_MAKER
    }
}
