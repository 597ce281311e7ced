package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.model.Attitude;
import org.bidbench.sales.model.BuyingRole;
import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.CustomerTier;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Organisation, industry, region, tier; contacts with their decision-chain role and attitude; history. */
public class CustomerPage extends SalesFormPage {

	public static final String ID = "customer"; //$NON-NLS-1$

	private final CustomerEditor editor;
	private Text name;
	private Text industry;
	private Text region;
	private Combo tier;
	private TableViewer contacts;
	private TableViewer opportunities;
	private TableViewer contracts;
	private TableViewer answers;

	public CustomerPage(CustomerEditor editor) {
		super(editor, ID, Messages.CustomerPage_title, 2);
		this.editor = editor;
	}

	@Override
	protected void fill(Composite body) {
		Composite organisation = section(body, Messages.CustomerPage_organisation, null, 2);
		name = field(organisation, Messages.CustomerPage_name, text -> edit(Messages.CustomerPage_editName, text, null, null, null));
		industry = field(organisation, Messages.CustomerPage_industry, text -> edit(Messages.CustomerPage_editIndustry, null, text, null, null));
		region = field(organisation, Messages.CustomerPage_region, text -> edit(Messages.CustomerPage_editRegion, null, null, text, null));
		label(organisation, Messages.CustomerPage_tier);
		tier = new Combo(organisation, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(tier, true, true);
		tier.add(Messages.CustomerPage_noTier);
		CustomerTier.VALUES.forEach(t -> tier.add(SalesLabels.literal(t)));
		tier.addListener(SWT.Selection, e -> {
			int index = tier.getSelectionIndex();
			CustomerTier chosen = index <= 0 ? null : CustomerTier.VALUES.get(index - 1);
			if (chosen != editor.customer().getTier()) {
				edit(Messages.CustomerPage_editTier, null, null, null, chosen == null ? Boolean.FALSE : chosen);
			}
		});

		Composite people = section(body, Messages.CustomerPage_contacts, Messages.CustomerPage_contactsDescription, 1);
		contacts = table(people, 1, 150,
				new Column<Contact>(Messages.CustomerPage_contactName, 120, Contact::getName),
				new Column<Contact>(Messages.CustomerPage_contactTitle, 120, Contact::getTitle),
				new Column<Contact>(Messages.CustomerPage_buyingRole, 120, c -> SalesLabels.literal(c.getBuyingRole())),
				new Column<Contact>(Messages.CustomerPage_attitude, 110, c -> SalesLabels.literal(c.getAttitude())),
				new Column<Contact>(Messages.CustomerPage_email, 150, Contact::getEmail),
				new Column<Contact>(Messages.CustomerPage_phone, 110, Contact::getPhone));
		Composite buttons = buttons(people, 1);
		button(buttons, Messages.CustomerPage_addContact, () -> editContact(null));
		button(buttons, Messages.CustomerPage_editContact, () -> {
			Contact contact = selected(contacts);
			if (contact != null) {
				editContact(contact);
			}
		});
		contacts.addDoubleClickListener(e -> editContact(selected(contacts)));
		button(buttons, Messages.CustomerPage_removeContact, () -> {
			Contact contact = selected(contacts);
			if (contact != null) {
				// The operations have no removal of a contact; removing it from the customer is the whole change.
				SalesActions.run(shell(), NLS.bind(Messages.CustomerPage_removeContactCommand, contact.getName()),
						() -> editor.customer().getContacts().remove(contact));
			}
		});

		Composite history = section(body, Messages.CustomerPage_history, Messages.CustomerPage_historyDescription, 1);
		((GridData) history.getParent().getLayoutData()).horizontalSpan = 2;
		label(history, Messages.CustomerPage_opportunities);
		opportunities = table(history, 1, 120,
				new Column<Opportunity>(Messages.CustomerPage_opportunity, 260, Opportunity::getName),
				new Column<Opportunity>(Messages.CustomerPage_stageOrOutcome, 120, o -> o.getStatus() == OpportunityStatus.OPEN
						? SalesLabels.stage(o.getStage())
						: SalesLabels.literal(o.getStatus())),
				new Column<Opportunity>(Messages.CustomerPage_amount, 140, o -> SalesLabels.money(o.getAmount())),
				new Column<Opportunity>(Messages.CustomerPage_created, 130, o -> SalesLabels.time(o.getCreatedAt())),
				new Column<Opportunity>(Messages.CustomerPage_lostReason, 220, Opportunity::getLostReason));
		opportunities.addDoubleClickListener(e -> SalesEditors.open(getSite().getPage(), ((IStructuredSelection) e.getSelection()).getFirstElement()));
		label(history, Messages.CustomerPage_contracts);
		contracts = table(history, 1, 90,
				new Column<Contract>(Messages.CustomerPage_contractNumber, 140, Contract::getNumber),
				new Column<Contract>(Messages.CustomerPage_signedOn, 100, c -> SalesLabels.day(c.getSignedOn())),
				new Column<Contract>(Messages.CustomerPage_value, 150, c -> SalesLabels.money(c.getValue())),
				new Column<Contract>(Messages.CustomerPage_collected, 150, c -> {
					org.bidbench.sales.model.Money sum = null;
					for (PaymentMilestone m : c.getMilestones()) {
						if (m.getCollectedAmount() != null) {
							sum = sum == null ? m.getCollectedAmount() : sum.plus(m.getCollectedAmount());
						}
					}
					return SalesLabels.money(sum);
				}));
		label(history, Messages.CustomerPage_nps);
		answers = table(history, 1, 90,
				new Column<NpsAnswer>(Messages.CustomerPage_answeredOn, 100, a -> SalesLabels.day(a.getAnsweredOn())),
				new Column<NpsAnswer>(Messages.CustomerPage_score, 60, a -> Integer.toString(a.getScore())),
				new Column<NpsAnswer>(Messages.CustomerPage_contact, 120, a -> a.getContact() == null ? "" : a.getContact().getName()), //$NON-NLS-1$
				new Column<NpsAnswer>(Messages.CustomerPage_comment, 400, NpsAnswer::getComment));
	}

	/** Edits the organisation (null keeps a value; for the tier, Boolean.FALSE clears it). */
	private void edit(String label, String newName, String newIndustry, String newRegion, Object newTier) {
		Customer c = editor.customer();
		String n = newName != null ? newName : c.getName();
		String i = newIndustry != null ? newIndustry : c.getIndustry();
		String r = newRegion != null ? newRegion : c.getRegion();
		CustomerTier t = newTier == null ? c.getTier() : newTier instanceof CustomerTier tier ? tier : null;
		SalesActions.run(shell(), label, () -> SalesActions.ops().editCustomer(c, n, i, r, t));
		refresh();
	}

	private void editContact(Contact contact) {
		Customer customer = editor.customer();
		String[] values = new String[4];
		BuyingRole[] role = new BuyingRole[1];
		Attitude[] attitude = new Attitude[1];
		SalesDialog dialog = new SalesDialog(shell(), contact == null ? Messages.CustomerPage_addContact : Messages.CustomerPage_editContact,
				NLS.bind(Messages.CustomerPage_contactMessage, customer.getName())) {
			Text nameText;
			Text titleText;
			Text emailText;
			Text phoneText;
			Choice<BuyingRole> roleChoice;
			Choice<Attitude> attitudeChoice;

			@Override
			protected void createFields(Composite fields) {
				nameText = text(fields, Messages.CustomerPage_contactName, contact == null ? "" : contact.getName(), false); //$NON-NLS-1$
				titleText = text(fields, Messages.CustomerPage_contactTitle, contact == null ? "" : contact.getTitle(), false); //$NON-NLS-1$
				roleChoice = combo(fields, Messages.CustomerPage_buyingRole, BuyingRole.VALUES, SalesLabels::literal,
						contact == null ? null : contact.getBuyingRole(), ""); //$NON-NLS-1$
				attitudeChoice = combo(fields, Messages.CustomerPage_attitude, Attitude.VALUES, SalesLabels::literal,
						contact == null ? Attitude.NEUTRAL : contact.getAttitude(), null);
				emailText = text(fields, Messages.CustomerPage_email, contact == null ? "" : contact.getEmail(), false); //$NON-NLS-1$
				phoneText = text(fields, Messages.CustomerPage_phone, contact == null ? "" : contact.getPhone(), false); //$NON-NLS-1$
				require(() -> nameText.getText().isBlank() ? Messages.CustomerPage_contactNameMissing : null);
				require(() -> roleChoice.selected() == null ? Messages.CustomerPage_buyingRoleMissing : null);
			}

			@Override
			protected void read() {
				values[0] = nameText.getText();
				values[1] = titleText.getText();
				values[2] = emailText.getText();
				values[3] = phoneText.getText();
				role[0] = roleChoice.selected();
				attitude[0] = attitudeChoice.selected();
			}
		};
		if (dialog.open() != Window.OK) {
			return;
		}
		if (contact == null) {
			SalesActions.run(shell(), NLS.bind(Messages.CustomerPage_addContactCommand, values[0].strip()), () -> {
				Contact added = SalesActions.ops().addContact(customer, values[0], values[1], role[0], attitude[0]);
				if (!values[2].isBlank() || !values[3].isBlank()) {
					SalesActions.ops().editContact(added, added.getName(), added.getTitle(), values[2], values[3], role[0], attitude[0]);
				}
				return added;
			});
		} else {
			SalesActions.run(shell(), NLS.bind(Messages.CustomerPage_editContactCommand, contact.getName()),
					() -> SalesActions.ops().editContact(contact, values[0], values[1], values[2], values[3], role[0], attitude[0]));
		}
	}

	@Override
	protected void refresh() {
		Customer c = editor.customer();
		if (c == null) {
			return;
		}
		form.setText(NLS.bind(Messages.CustomerPage_heading, c.getName(), c.getId()));
		show(name, c.getName());
		show(industry, c.getIndustry());
		show(region, c.getRegion());
		tier.select(c.getTier() == null ? 0 : CustomerTier.VALUES.indexOf(c.getTier()) + 1);
		setInput(contacts, List.copyOf(c.getContacts()));
		contacts.refresh();
		var workspace = SalesSession.get().workspace();
		List<Opportunity> theirs = new ArrayList<>();
		List<Contract> signed = new ArrayList<>();
		for (Opportunity o : workspace.getOpportunities()) {
			if (o.getCustomer() == c) {
				theirs.add(o);
				if (o.getContract() != null) {
					signed.add(o.getContract());
				}
			}
		}
		opportunities.setInput(theirs);
		contracts.setInput(signed);
		answers.setInput(workspace.getNpsAnswers().stream().filter(a -> a.getCustomer() == c).toList());
	}

	public TableViewer contacts() {
		return contacts;
	}

	public TableViewer opportunities() {
		return opportunities;
	}
}
