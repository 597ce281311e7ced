package org.bidbench.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;

/** The real BidBench workbench, started by the UI test harness under Xvfb. */
class WorkbenchProofTest {

	private static final List<String> PERSPECTIVES = List.of(BidBenchPerspectives.SALES, BidBenchPerspectives.PRESALES_BIM,
			BidBenchPerspectives.MANAGEMENT);

	private static IWorkbenchWindow window() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		return window != null ? window : workbench.getWorkbenchWindows()[0];
	}

	private static void drainEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the workbench finish laying out before asserting on it
		}
	}

	@Test
	void theWindowIsTitledBidBench() {
		drainEvents();
		String title = window().getShell().getText();
		assertTrue(title.startsWith("BidBench"), "window title: " + title);
	}

	@Test
	void theThreePerspectivesAreRegisteredWithTheirNames() {
		IPerspectiveDescriptor[] descriptors = PlatformUI.getWorkbench().getPerspectiveRegistry().getPerspectives();
		for (String id : PERSPECTIVES) {
			assertTrue(Arrays.stream(descriptors).anyMatch(d -> d.getId().equals(id)), id + " is not registered");
		}
		assertEquals("Presales BIM", PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(BidBenchPerspectives.PRESALES_BIM).getLabel());
	}

	/** The view each perspective must show when it opens: the cockpit opens on its dashboard, not on the Welcome page. */
	private static final Map<String, String> FIRST_VIEW = Map.of(BidBenchPerspectives.SALES, BidBenchPerspectives.WELCOME_VIEW,
			BidBenchPerspectives.PRESALES_BIM, BidBenchPerspectives.WELCOME_VIEW, BidBenchPerspectives.MANAGEMENT,
			"org.bidbench.ui.management.views.dashboard");

	@Test
	void eachPerspectiveOpensAndShowsItsFirstView() throws WorkbenchException {
		IWorkbenchWindow window = window();
		for (String id : PERSPECTIVES) {
			PlatformUI.getWorkbench().showPerspective(id, window);
			drainEvents();
			assertEquals(id, window.getActivePage().getPerspective().getId());
			assertNotNull(window.getActivePage().findView(FIRST_VIEW.get(id)), FIRST_VIEW.get(id) + " in " + id);
		}
	}
}
