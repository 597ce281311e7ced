package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PaymentMilestone;
import org.junit.jupiter.api.Test;

class RiskFlagsTest {

    @Test
    void flagsOverdueGateStalledStageNoDecisionMakerAndLateCollection() {
        SalesFixture fx = new SalesFixture();
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        Opportunity o = fx.opportunity("O1", "stage-qualification", Instant.parse("2026-04-01T00:00:00Z"));
        fx.visit(o, Instant.parse("2026-04-02T09:00:00Z"));
        Contract k = fx.f.createContract();
        k.setId("K1");
        PaymentMilestone m = fx.f.createPaymentMilestone();
        m.setName("Advance");
        m.setAmount(Money.of("300000", "CNY"));
        m.setDueDate(LocalDate.of(2026, 5, 1));
        k.getMilestones().add(m);
        o.setContract(k);

        List<RiskFlag> flags = RiskFlags.of(o, now);
        assertEquals(List.of(RiskFlag.Kind.OVERDUE_GATE, RiskFlag.Kind.STALLED_STAGE, RiskFlag.Kind.NO_DECISION_MAKER,
                RiskFlag.Kind.OVERDUE_COLLECTION), flags.stream().map(RiskFlag::kind).toList());
        assertEquals("O1 'Depot O1': gate 'Requirements analysis report' was due 2026-04-04T09:00:00Z (王伟).",
                flags.get(0).message());
        assertEquals("O1 'Depot O1' has been in stage 'Qualification' for 61 days.", flags.get(1).message());
        assertEquals("O1 'Depot O1': payment 'Advance' of 300000 CNY was due 2026-05-01 and is not collected.",
                flags.get(3).message());
    }
}
