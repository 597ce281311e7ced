package org.bidbench.ui.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.demo.price.CashCurve;
import org.bidbench.demo.price.ClientQuotes;
import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.StoreySequence;
import org.bidbench.ui.demo.render.CashCurveChart;
import org.bidbench.ui.demo.render.ModelScene;
import org.junit.jupiter.api.Test;

/** The payment milestones' labels over the cash curve never overlap, however small the 4D view. */
class MilestoneLabelsTest {

	@Test
	void closeMilestonesGoToFurtherRowsOrSidesAndEachLabelTouchesItsLine() {
		Rectangle2D area = new Rectangle2D.Double(40, 10, 300, 120);
		double[] at = {100, 103, 106, 109, 330, 45};
		double[] widths = {90, 90, 90, 90, 120, 60};
		List<Rectangle2D> boxes = CashCurveChart.layOut(at, widths, 14, area);
		assertNoOverlap(boxes);
		for (int i = 0; i < at.length; i++) {
			Rectangle2D b = boxes.get(i);
			assertTrue(b.getMinX() >= area.getMinX() - 1e-9 && b.getMaxX() <= area.getMaxX() + 1e-9, "inside the plot: " + b);
			assertTrue(b.getMinX() - 1e-9 <= at[i] && at[i] <= b.getMaxX() + 1e-9, "label " + i + " " + b + " touches its line at " + at[i]);
		}
		assertTrue(boxes.stream().mapToDouble(Rectangle2D::getY).distinct().count() > 1, "close labels take more than one row");
	}

	@Test
	void theHousesMilestonesDoNotOverlapInASmallFourDView() throws Exception {
		ModelScene ms = ModelScene.load(DemoUiSamples.shared(DemoUiSamples.HOUSE), null);
		ConstructionSchedule s = StoreySequence.of(ms.model(), ms.meshed(), LocalDate.of(2027, 3, 1));
		CashCurve curve = CashCurve.of(s, ClientQuotes.priceOnTheFly(ms.model(), true));
		assertTrue(curve.milestones().size() >= 2, "the contract has payment milestones: " + curve.milestones());
		CashCurveChart chart = new CashCurveChart(curve, "Built value");
		for (int[] size : new int[][]{{320, 150}, {480, 180}, {1280, 200}}) {
			List<Rectangle2D> boxes = chart.milestoneLabelBoxes(size[0], size[1]);
			assertEquals(curve.milestones().size(), boxes.size());
			assertNoOverlap(boxes);
			for (Rectangle2D b : boxes) {
				assertTrue(b.getMinX() >= 0 && b.getMaxX() <= size[0] && b.getMinY() >= 0, "inside the chart " + size[0] + "x"
						+ size[1] + ": " + b);
			}
		}
	}

	static void assertNoOverlap(List<Rectangle2D> boxes) {
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap: " + boxes.get(i) + " "
						+ boxes.get(j));
			}
		}
	}
}
