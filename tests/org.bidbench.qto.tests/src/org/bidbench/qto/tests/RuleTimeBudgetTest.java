package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.FlagKind;
import org.bidbench.qto.RulePackReader;
import org.bidbench.qto.TakeoffFlag;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.Test;

/**
 * A rule that runs out of its time budget is stopped and flagged as an error, never left to hang
 * the take-off; the other rules still run. The budget is set to nothing here so that the rule
 * runs out at its first check, whatever the machine.
 */
class RuleTimeBudgetTest {

	@Test
	void aRuleBeyondItsBudgetIsStoppedAndFlagged() throws Exception {
		IfcModel model = Samples.open("AC20-FZK-Haus.ifc");
		var pack = RulePackReader.read("""
				pack: t
				name: T
				version: 1
				rules:
				  - id: everything
				    item: {code: A, description: Every product, unit: pcs}
				    select: {class: IfcProduct}
				    measure: count
				""", "budget.qto.yaml");
		TakeoffResult r = new TakeoffSession(model, ComputedQuantitySource.NONE).ruleTimeBudget(Duration.ZERO).run(pack);
		List<TakeoffFlag> stopped = r.flags(FlagKind.TIME_BUDGET);
		assertEquals(1, stopped.size(), r.flags().toString());
		assertEquals("everything", stopped.get(0).ruleId());
		assertTrue(stopped.get(0).message().contains("its line is incomplete"), stopped.get(0).message());
		assertTrue(FlagKind.TIME_BUDGET.isError(), "an incomplete line blocks the release of a quote until acknowledged");
		TakeoffResult full = new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack);
		assertTrue(full.flags(FlagKind.TIME_BUDGET).isEmpty(), "within the default budget nothing is stopped");
	}
}
