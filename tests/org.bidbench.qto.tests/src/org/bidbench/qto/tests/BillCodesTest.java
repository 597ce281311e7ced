package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.Test;

/**
 * A GB bill repeats no item code: the same item on two storeys, or a finish without
 * characteristics on each storey, gets its own three last digits. Only doors and windows, numbered
 * by their fixed size band so a catalog can price the band, may share the band's code.
 */
class BillCodesTest {

    @Test
    void noTwelveDigitCodeRepeatsInTheGbBillOfEverySample() throws Exception {
        for (String name : List.of("AC20-FZK-Haus.ifc", "example.ifc", "Ifc4_SampleHouse.ifc")) {
            IfcModel model = IfcModel.open(Samples.sample(name));
            List<TakeoffLine> lines = new TakeoffSession(model, ComputedQuantitySource.NONE).run(RulePacks.builtIn(RulePacks.GB50500))
                    .lines();
            Map<String, TakeoffLine> seen = new HashMap<>();
            for (TakeoffLine l : lines) {
                assertEquals(12, l.itemCode().length(), name + " " + l.key());
                TakeoffLine before = seen.put(l.itemCode(), l);
                if (before != null) {
                    assertTrue(l.ruleId().equals("doors") || l.ruleId().equals("windows"),
                            name + ": " + l.itemCode() + " on " + before.key() + " and " + l.key());
                    assertEquals(before.characteristics(), l.characteristics(), "a shared code means the same size band");
                }
            }
        }
        // AC20's concrete walls: 240 mm on the ground floor, 300 mm on both floors: three codes in the order of their characteristics.
        List<String> walls = new TakeoffSession(IfcModel.open(Samples.sample("AC20-FZK-Haus.ifc")), ComputedQuantitySource.NONE)
                .run(RulePacks.builtIn(RulePacks.GB50500)).lines().stream().filter(l -> l.ruleId().equals("concrete-walls"))
                .map(TakeoffLine::itemCode).sorted().toList();
        assertEquals(List.of("010504001001", "010504001002", "010504001003"), walls);
    }
}
