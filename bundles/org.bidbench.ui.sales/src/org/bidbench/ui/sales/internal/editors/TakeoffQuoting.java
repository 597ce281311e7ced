package org.bidbench.ui.sales.internal.editors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.bidbench.qto.TakeoffResult;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;

/**
 * Prices a take-off into the next quote revision of an opportunity the user picks, with a price
 * catalog of the workspace or the rule pack's sample catalog (added to the workspace in the same
 * undoable command). The Presales take-off view's "Price into Quote of Opportunity..." and the
 * Quotes page's "New Revision from Take-off..." both come here.
 */
public final class TakeoffQuoting {

	/** The Presales BIM perspective's take-off view, which adapts to the {@link TakeoffResult} it shows. */
	public static final String TAKEOFF_VIEW = "org.bidbench.ui.bim.views.takeoff"; //$NON-NLS-1$

	private TakeoffQuoting() {
	}

	/** The take-off the part shows (the take-off view adapts to it), or null. */
	public static TakeoffResult takeoffOf(IWorkbenchPart part) {
		return part == null ? null : part.getAdapter(TakeoffResult.class);
	}

	/** The take-off of the take-off view on {@code page}, if the view is open and has run; else null. */
	public static TakeoffResult shownTakeoff(IWorkbenchPage page) {
		return page == null ? null : takeoffOf(page.findView(TAKEOFF_VIEW));
	}

	/** The open opportunities, by customer then name: those a quote can be made for. */
	static List<Opportunity> quotable(SalesWorkspace workspace) {
		return workspace.getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN)
				.sorted(Comparator.comparing(TakeoffQuoting::label)).toList();
	}

	static String label(Opportunity o) {
		return o.getName() + "  (" + o.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Asks for the opportunity and the catalog and prices {@code takeoff} into a quote revision as
	 * one undoable command; returns the new draft revision, or null when cancelled or refused
	 * (a take-off line without a price, a revision still in review: the refusal says which).
	 */
	public static Quote price(Shell shell, TakeoffResult takeoff, Opportunity preselected) {
		SalesSession session = SalesSession.get();
		if (!session.isLoaded()) {
			MessageDialog.openInformation(shell, Messages.TakeoffQuoting_title, Messages.TakeoffQuoting_noWorkspace);
			return null;
		}
		if (takeoff == null) {
			MessageDialog.openInformation(shell, Messages.TakeoffQuoting_title, Messages.TakeoffQuoting_noTakeoff);
			return null;
		}
		SalesWorkspace workspace = session.workspace();
		List<Opportunity> opportunities = quotable(workspace);
		if (opportunities.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.TakeoffQuoting_title, Messages.TakeoffQuoting_noOpportunity);
			return null;
		}
		List<PriceCatalog> catalogs = new ArrayList<>(workspace.getPriceCatalogs());
		PriceCatalog sample = sampleCatalog(takeoff.packId());
		if (sample != null && catalogs.stream().noneMatch(c -> Objects.equals(c.getId(), sample.getId()))) {
			catalogs.add(sample);
		}
		Opportunity[] opportunity = new Opportunity[1];
		PriceCatalog[] catalog = new PriceCatalog[1];
		String model = takeoff.modelFile() == null ? "?" : java.nio.file.Path.of(takeoff.modelFile()).getFileName().toString(); //$NON-NLS-1$
		SalesDialog dialog = new SalesDialog(shell, Messages.TakeoffQuoting_title,
				NLS.bind(Messages.TakeoffQuoting_message, new Object[]{model, takeoff.packName(), takeoff.lines().size()})) {
			Choice<Opportunity> opportunityChoice;
			Choice<PriceCatalog> catalogChoice;

			@Override
			protected void createFields(Composite fields) {
				opportunityChoice = combo(fields, Messages.TakeoffQuoting_opportunity, opportunities, TakeoffQuoting::label,
						preselected, null);
				catalogChoice = combo(fields, Messages.TakeoffQuoting_catalog, catalogs,
						c -> c == sample ? NLS.bind(Messages.TakeoffQuoting_sampleCatalog, c.getName()) : c.getName(), null, null);
				require(() -> catalogChoice.selected() == null ? Messages.TakeoffQuoting_noCatalog : null);
			}

			@Override
			protected void read() {
				opportunity[0] = opportunityChoice.selected();
				catalog[0] = catalogChoice.selected();
			}
		};
		if (dialog.open() != Window.OK || opportunity[0] == null) {
			return null;
		}
		return SalesActions.run(shell, NLS.bind(Messages.TakeoffQuoting_command, opportunity[0].getName()), () -> {
			if (catalog[0].eContainer() == null) {
				// The sample catalog joins the workspace with the quote priced from it (and leaves with its undo).
				workspace.getPriceCatalogs().add(catalog[0]);
			}
			return SalesActions.ops().createQuoteRevision(opportunity[0], TakeoffSources.of(takeoff), catalog[0], null, SalesActions.me());
		});
	}

	private static PriceCatalog sampleCatalog(String packId) {
		try {
			return packId == null ? null : PriceCatalogFile.sample(packId);
		} catch (IOException | PriceCatalogFile.CatalogFormatException e) {
			// No sample for this pack: the workspace's own catalogs are the choice.
			return null;
		}
	}
}
