package org.bidbench.ui.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

class BidBenchWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		// Users expect the layout they left, including the model they were demoing.
		configurer.setSaveAndRestore(true);
		FailureGuard.install();
	}

	@Override
	public void eventLoopException(Throwable exception) {
		super.eventLoopException(exception);
		if (exception instanceof Error error) {
			FailureGuard.show(Messages.FailureGuard_workbench, error);
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return BidBenchPerspectives.SALES;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new BidBenchWindowAdvisor(configurer);
	}
}
