package org.bidbench.ui.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.osgi.util.NLS;
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
		form.setText(Messages.WelcomeView_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		Label intro = toolkit.createLabel(body, Messages.WelcomeView_intro, SWT.WRAP);
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		addEntry(body, Messages.WelcomeView_sales, BidBenchPerspectives.SALES, Messages.WelcomeView_salesDescription);
		addEntry(body, Messages.WelcomeView_presalesBim, BidBenchPerspectives.PRESALES_BIM,
				Messages.WelcomeView_presalesBimDescription);
		addEntry(body, Messages.WelcomeView_management, BidBenchPerspectives.MANAGEMENT,
				Messages.WelcomeView_managementDescription);
	}

	private void addEntry(Composite body, String title, String perspectiveId, String description) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		Hyperlink link = toolkit.createHyperlink(client, NLS.bind(Messages.WelcomeView_open, title), SWT.NONE);
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
			form.setMessage(NLS.bind(Messages.WelcomeView_cannotOpen, e.getMessage()), org.eclipse.jface.dialogs.IMessageProvider.ERROR);
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
