package org.bidbench.ui.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.ViewPart;

/** The welcome page: what BidBench does and one link into each perspective. */
public class WelcomeView extends ViewPart {

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to BidBench");
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		Label intro = toolkit.createLabel(body,
				"From the client's BIM model to a priced quote whose every line knows the elements it prices,"
						+ " and a sales process the whole team can see.",
				SWT.WRAP);
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		addEntry(body, "Sales", BidBenchPerspectives.SALES,
				"Customers, opportunities through their stages, the iron triangle team, gates with deadlines,"
						+ " quotes with revisions and approvals.");
		addEntry(body, "Presales BIM", BidBenchPerspectives.PRESALES_BIM,
				"Open an IFC model, walk the client through it, take quantities off with their provenance"
						+ " and GlobalIds.");
		addEntry(body, "Management", BidBenchPerspectives.MANAGEMENT,
				"Pipeline, collections and the KPIs beyond revenue: win rate, margin, cycle time,"
						+ " gate compliance, NPS.");
	}

	private void addEntry(Composite body, String title, String perspectiveId, String description) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		Hyperlink link = toolkit.createHyperlink(client, "Open the " + title + " perspective", SWT.NONE);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				openPerspective(perspectiveId);
			}
		});
		section.setClient(client);
	}

	private void openPerspective(String perspectiveId) {
		IWorkbenchWindow window = getSite().getWorkbenchWindow();
		try {
			window.getWorkbench().showPerspective(perspectiveId, window);
		} catch (WorkbenchException e) {
			form.setMessage("Cannot open the perspective: " + e.getMessage(), org.eclipse.jface.dialogs.IMessageProvider.ERROR);
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
