package org.bidbench.sales.core.operations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.core.process.StageTransitions;
import org.bidbench.sales.core.quote.QuoteApprovals;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.pricing.PricingStrategies;
import org.bidbench.sales.core.quote.takeoff.MissingPrice;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSource;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Attitude;
import org.bidbench.sales.model.BuyingRole;
import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.CustomerTier;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.GateKind;
import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;

/**
 * Every write of the sales chain, from lead to collection, over one workspace. The workbench's
 * editors and the {@code bidbench} commands change sales data only through this class, so the
 * rules of the process hold the same way everywhere.
 *
 * <p>Each method checks everything first. When a rule refuses, it throws {@link RefusedException}
 * whose message says what was refused, on which object, and what to do, and the model is left
 * exactly as it was. Methods do no I/O: they change the EMF model in memory only, so the
 * workbench can run each call inside an EMF {@code ChangeCommand} on its command stack (undo and
 * redo) and save the workspace when the user saves. The time of each change comes from the
 * {@link Clock} given at construction, the person from the {@code by} argument.
 *
 * <p>Ids of new objects are derived from what the workspace holds (one more than the highest
 * number in use), never from a counter of this class, so undoing a creation and creating again
 * gives the same id.
 */
public final class SalesOperations {

	private static final SalesFactory F = SalesFactory.eINSTANCE;
	private final SalesWorkspace workspace;
	private final Clock clock;

	/**
	 * @param workspace the workspace every operation changes
	 * @param clock     the time changes are recorded at (the system UTC clock in the product, a
	 *                  fixed clock in tests)
	 */
	public SalesOperations(SalesWorkspace workspace, Clock clock) {
		if (workspace == null || clock == null) {
			throw new IllegalArgumentException("a workspace and a clock are required");
		}
		this.workspace = workspace;
		this.clock = clock;
	}

	public SalesWorkspace workspace() {
		return workspace;
	}

	/** Now, by the clock of these operations. */
	public Instant now() {
		return clock.instant();
	}

	/** Today in the clock's zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), clock.getZone());
	}

	// ------------------------------------------------------------------------------------------
	// Customers and contacts

	/**
	 * A new customer with the next free id {@code C001, C002...}.
	 *
	 * @param tier may be null when not yet classified
	 * @throws RefusedException when the name is blank or another customer has it
	 */
	public Customer createCustomer(String name, String industry, String region, CustomerTier tier) {
		requireText(name, "A new customer needs a name", "give the organisation's registered name");
		Customer same = findCustomer(name.strip());
		if (same != null) {
			refuse("Customer '" + name.strip() + "' exists already as " + same.getId()
					+ ": use it, or give the new customer a name that tells the two apart.");
		}
		Customer customer = F.createCustomer();
		customer.setId(nextId("C%03d", workspace.getCustomers()));
		customer.setName(name.strip());
		customer.setIndustry(blankToNull(industry));
		customer.setRegion(blankToNull(region));
		customer.setTier(tier);
		workspace.getCustomers().add(customer);
		return customer;
	}

	/**
	 * Sets every field of the customer's overview at once (pass the current value for a field
	 * that does not change).
	 *
	 * @throws RefusedException when the name is blank or belongs to another customer
	 */
	public void editCustomer(Customer customer, String name, String industry, String region, CustomerTier tier) {
		requireIn(customer, workspace.getCustomers(), "customer");
		requireText(name, "Customer " + customer.getId() + " needs a name", "give the organisation's registered name");
		Customer same = findCustomer(name.strip());
		if (same != null && same != customer) {
			refuse("Customer " + customer.getId() + " cannot be renamed to '" + name.strip() + "': " + same.getId()
					+ " has that name; give a name that tells the two apart.");
		}
		customer.setName(name.strip());
		customer.setIndustry(blankToNull(industry));
		customer.setRegion(blankToNull(region));
		customer.setTier(tier);
	}

	/**
	 * Adds a person of the customer with the part they play in the decision chain and their
	 * attitude towards us (neutral when null).
	 *
	 * @throws RefusedException when the name or the buying role is missing
	 */
	public Contact addContact(Customer customer, String name, String title, BuyingRole buyingRole, Attitude attitude) {
		requireIn(customer, workspace.getCustomers(), "customer");
		requireText(name, "A contact of customer " + customer.getId() + " needs a name", "give the person's name");
		if (buyingRole == null) {
			refuse("Contact '" + name.strip() + "' of customer " + customer.getId()
					+ " needs a buying role: say whether they are decision maker, technical evaluator, procurement, user or influencer.");
		}
		Contact contact = F.createContact();
		contact.setId(nextId(customer.getId() + "-P%d", customer.getContacts()));
		contact.setName(name.strip());
		contact.setTitle(blankToNull(title));
		contact.setBuyingRole(buyingRole);
		contact.setAttitude(attitude == null ? Attitude.NEUTRAL : attitude);
		customer.getContacts().add(contact);
		return contact;
	}

	/**
	 * Sets every field of a contact at once.
	 *
	 * @throws RefusedException when the name or the buying role is missing
	 */
	public void editContact(Contact contact, String name, String title, String email, String phone, BuyingRole buyingRole,
			Attitude attitude) {
		if (!(contact.eContainer() instanceof Customer customer) || !workspace.getCustomers().contains(customer)) {
			refuse("Contact " + contact.getId() + " belongs to no customer of this workspace: open it from its customer.");
			return;
		}
		requireText(name, "Contact " + contact.getId() + " of customer " + customer.getId() + " needs a name",
				"give the person's name");
		if (buyingRole == null) {
			refuse("Contact " + contact.getId() + " of customer " + customer.getId()
					+ " needs a buying role: decision maker, technical evaluator, procurement, user or influencer.");
		}
		contact.setName(name.strip());
		contact.setTitle(blankToNull(title));
		contact.setEmail(blankToNull(email));
		contact.setPhone(blankToNull(phone));
		contact.setBuyingRole(buyingRole);
		contact.setAttitude(attitude == null ? Attitude.NEUTRAL : attitude);
	}

	// ------------------------------------------------------------------------------------------
	// Leads

	/**
	 * Registers a lead (status new) with the next free id {@code L001...}.
	 *
	 * @param customer may be null while the organisation is not known yet
	 * @param owner    who follows the lead up; may be null
	 * @throws RefusedException when the title is blank
	 */
	public Lead createLead(String title, Customer customer, String source, String region, Employee owner) {
		requireText(title, "A new lead needs a title", "say in a few words what the prospect wants");
		if (customer != null) {
			requireIn(customer, workspace.getCustomers(), "customer");
		}
		if (owner != null) {
			requireIn(owner, workspace.getEmployees(), "employee");
		}
		Lead lead = F.createLead();
		lead.setId(nextId("L%03d", workspace.getLeads()));
		lead.setTitle(title.strip());
		lead.setCustomer(customer);
		lead.setSource(blankToNull(source));
		lead.setRegion(blankToNull(region) != null ? region.strip() : customer == null ? null : customer.getRegion());
		lead.setOwner(owner);
		lead.setCreatedAt(now());
		lead.setStatus(LeadStatus.NEW);
		workspace.getLeads().add(lead);
		return lead;
	}

	/**
	 * Starts qualifying a new lead (budget, authority, need, timing).
	 *
	 * @throws RefusedException unless the lead is new
	 */
	public void qualifyLead(Lead lead) {
		requireIn(lead, workspace.getLeads(), "lead");
		if (lead.getStatus() != LeadStatus.NEW) {
			refuse("Lead " + lead.getId() + " is " + literal(lead.getStatus()) + "; only a new lead can be qualified.");
		}
		lead.setStatus(LeadStatus.QUALIFYING);
	}

	/**
	 * Turns the lead into an opportunity (see {@link #createOpportunity}) and keeps the link both
	 * ways: the lead points to its opportunity and the opportunity's source names the lead.
	 *
	 * @param name   the opportunity's name; null for the lead's title
	 * @param amount the expected contract value; null when not yet known
	 * @throws RefusedException when the lead was converted or dropped already, or has no customer
	 */
	public Opportunity convertLead(Lead lead, String name, Money amount, Employee by) {
		requireIn(lead, workspace.getLeads(), "lead");
		if (lead.getStatus() == LeadStatus.CONVERTED || lead.getStatus() == LeadStatus.DISCARDED) {
			refuse("Lead " + lead.getId() + " is " + literal(lead.getStatus())
					+ (lead.getOpportunity() == null ? "" : " (opportunity " + lead.getOpportunity().getId() + ")")
					+ "; only a new or qualifying lead can be converted.");
		}
		if (lead.getCustomer() == null) {
			refuse("Lead " + lead.getId() + " '" + lead.getTitle()
					+ "' has no customer: set the customer organisation on the lead before converting it.");
		}
		String title = name == null || name.isBlank() ? lead.getTitle() : name;
		Opportunity opportunity = checkedNewOpportunity(lead.getCustomer(), title, amount, by);
		opportunity.setSource("lead " + lead.getId() + (lead.getSource() == null ? "" : " (" + lead.getSource() + ")"));
		if (opportunity.getTeam().getSalesLead() == null && lead.getOwner() != null) {
			opportunity.getTeam().setSalesLead(lead.getOwner());
		}
		workspace.getOpportunities().add(opportunity);
		lead.setOpportunity(opportunity);
		lead.setStatus(LeadStatus.CONVERTED);
		return opportunity;
	}

	/**
	 * Drops (discards) the lead with a reason.
	 *
	 * @throws RefusedException without a reason, or when the lead was converted or dropped already
	 */
	public void dropLead(Lead lead, String reason) {
		requireIn(lead, workspace.getLeads(), "lead");
		requireText(reason, "Lead " + lead.getId() + " cannot be dropped without a reason",
				"say why (no budget, no fit, went elsewhere...) so the lead sources can be judged");
		if (lead.getStatus() == LeadStatus.CONVERTED || lead.getStatus() == LeadStatus.DISCARDED) {
			refuse("Lead " + lead.getId() + " is " + literal(lead.getStatus()) + " already; only a new or qualifying lead can be dropped.");
		}
		lead.setStatus(LeadStatus.DISCARDED);
		lead.setDropReason(reason.strip());
	}

	// ------------------------------------------------------------------------------------------
	// Opportunities

	/**
	 * A new open opportunity of the customer, with the next free id {@code O0001...}, in the
	 * first stage of the workspace's process, with a team whose sales lead is {@code by} when
	 * {@code by} is a sales lead.
	 *
	 * @param amount expected contract value; null when not yet known
	 * @throws RefusedException when the name is blank, the amount negative or in another currency
	 *         than the workspace's, or the workspace has no process
	 */
	public Opportunity createOpportunity(Customer customer, String name, Money amount, Employee by) {
		Opportunity opportunity = checkedNewOpportunity(customer, name, amount, by);
		workspace.getOpportunities().add(opportunity);
		return opportunity;
	}

	private Opportunity checkedNewOpportunity(Customer customer, String name, Money amount, Employee by) {
		if (customer == null) {
			refuse("A new opportunity needs a customer: pick the customer organisation or create it first.");
		}
		requireIn(customer, workspace.getCustomers(), "customer");
		requireText(name, "A new opportunity of customer " + customer.getId() + " needs a title",
				"say in a few words what is to be sold");
		checkAmount(amount, "the new opportunity of customer " + customer.getId());
		SalesProcess process = workspace.getProcess();
		if (process == null || process.getStages().isEmpty()) {
			refuse("The workspace has no sales process with stages: install the default process before adding opportunities.");
		}
		if (by != null) {
			requireIn(by, workspace.getEmployees(), "employee");
		}
		Instant now = now();
		Opportunity opportunity = F.createOpportunity();
		opportunity.setId(nextId("O%04d", workspace.getOpportunities()));
		opportunity.setName(name.strip());
		opportunity.setCustomer(customer);
		opportunity.setStatus(OpportunityStatus.OPEN);
		opportunity.setAmount(amount);
		opportunity.setCreatedAt(now);
		Stage first = process.getStages().get(0);
		opportunity.setProbability(first.getDefaultProbability());
		StageChange entered = F.createStageChange();
		entered.setStage(first);
		entered.setEnteredAt(now);
		entered.setChangedBy(by);
		entered.setNote("created");
		opportunity.getStageHistory().add(entered);
		opportunity.setStage(first);
		Team team = F.createTeam();
		if (by != null && by.getRole() == org.bidbench.sales.model.EmployeeRole.SALES_LEAD) {
			team.setSalesLead(by);
		}
		opportunity.setTeam(team);
		return opportunity;
	}

	/**
	 * Sets the overview fields of an open opportunity at once (pass the current value for a field
	 * that does not change).
	 *
	 * @param probability the sales lead's judgement in percent, 0 to 100
	 * @throws RefusedException when the opportunity is closed, the name blank, the amount negative
	 *         or in a foreign currency, or the probability outside 0-100
	 */
	public void editOpportunity(Opportunity opportunity, String name, Money amount, LocalDate expectedClose, int probability) {
		requireOpen(opportunity, "edited");
		requireText(name, label(opportunity) + " needs a title", "say in a few words what is to be sold");
		checkAmount(amount, label(opportunity));
		if (probability < 0 || probability > 100) {
			refuse("The probability of " + label(opportunity) + " must be a percentage from 0 to 100, not " + probability + ".");
		}
		opportunity.setName(name.strip());
		opportunity.setAmount(amount);
		opportunity.setExpectedClose(expectedClose);
		opportunity.setProbability(probability);
	}

	/**
	 * Whether the opportunity may move to the stage, with one reason per blocking condition. A
	 * gate that is not met is named with its responsible role and person and what meets it.
	 */
	public RuleCheck checkMove(Opportunity opportunity, Stage target) {
		List<String> reasons = new ArrayList<>();
		if (!workspace.getOpportunities().contains(opportunity)) {
			reasons.add("Opportunity " + opportunity.getId() + " is not part of this workspace.");
			return new RuleCheck(reasons);
		}
		if (target == null || !(target.eContainer() instanceof SalesProcess process) || process != workspace.getProcess()) {
			reasons.add("Cannot move " + label(opportunity) + ": the stage is not one of the workspace's process; pick one of "
					+ stageNames() + ".");
			return new RuleCheck(reasons);
		}
		Stage current = opportunity.getStage();
		if (opportunity.getStatus() == OpportunityStatus.LOST) {
			reasons.add(label(opportunity) + " is closed lost (" + opportunity.getLostReason()
					+ "); a lost opportunity does not move: open a new opportunity if the customer comes back.");
			return new RuleCheck(reasons);
		}
		if (current == target) {
			reasons.add(label(opportunity) + " is in stage '" + target.getName() + "' already.");
			return new RuleCheck(reasons);
		}
		if (current != null && StageTransitions.indexOf(target) > StageTransitions.indexOf(current)) {
			List<Stage> stages = process.getStages();
			for (int i = StageTransitions.indexOf(current); i < StageTransitions.indexOf(target); i++) {
				Stage leaving = stages.get(i);
				if (leaving != current && leaving.isOptional()) {
					continue;
				}
				for (Gate gate : leaving.getGates()) {
					if (GateDeadlines.metAt(opportunity, gate) == null) {
						reasons.add("Cannot move " + label(opportunity) + " from '" + current.getName() + "' to '"
								+ target.getName() + "': gate '" + gate.getName() + "' of stage '" + leaving.getName()
								+ "' is not met; responsible: " + responsibleText(opportunity, gate) + "; to do: "
								+ toMeet(opportunity, gate) + ".");
					}
				}
			}
		}
		return new RuleCheck(reasons);
	}

	/**
	 * Moves the opportunity to the stage and records it in the stage history; entering the first
	 * signed stage wins it. Moving back (rework) is always allowed.
	 *
	 * @throws RefusedException naming each gate that blocks, its responsible role and person, and
	 *         what meets it
	 */
	public void moveToStage(Opportunity opportunity, Stage target, Employee by, String note) {
		checkMove(opportunity, target).orThrow();
		StageTransitions.move(opportunity, target, by, now(), blankToNull(note));
		if (opportunity.getStatus() == OpportunityStatus.OPEN) {
			opportunity.setProbability(target.getDefaultProbability());
		}
	}

	/**
	 * Closes the opportunity as lost, with the reason and the competitor who won (null when
	 * unknown or nobody).
	 *
	 * @throws RefusedException without a reason, or when the opportunity is not open
	 */
	public void closeLost(Opportunity opportunity, String reason, String winningCompetitor, Employee by) {
		requireOpen(opportunity, "closed lost");
		requireText(reason, label(opportunity) + " cannot be closed lost without a reason",
				"give one (price, technical fit, relationship, timing...) so the win/loss analysis can use it");
		StageTransitions.markLost(opportunity, reason.strip(), blankToNull(winningCompetitor), now());
		if (winningCompetitor != null && !winningCompetitor.isBlank()
				&& !opportunity.getCompetitors().contains(winningCompetitor.strip())) {
			opportunity.getCompetitors().add(winningCompetitor.strip());
		}
	}

	/** @throws RefusedException when the name is blank or listed already */
	public void addCompetitor(Opportunity opportunity, String competitor) {
		requireOpen(opportunity, "changed");
		requireText(competitor, "A competitor of " + label(opportunity) + " needs a name", "give the firm's name");
		if (opportunity.getCompetitors().contains(competitor.strip())) {
			refuse(label(opportunity) + " lists competitor '" + competitor.strip() + "' already.");
		}
		opportunity.getCompetitors().add(competitor.strip());
	}

	/** @throws RefusedException when the competitor is not listed */
	public void removeCompetitor(Opportunity opportunity, String competitor) {
		requireOpen(opportunity, "changed");
		if (!opportunity.getCompetitors().contains(competitor)) {
			refuse(label(opportunity) + " lists no competitor '" + competitor + "'; its competitors are "
					+ opportunity.getCompetitors() + ".");
		}
		opportunity.getCompetitors().remove(competitor);
	}

	/** @throws RefusedException when the risk is blank or listed already */
	public void addRisk(Opportunity opportunity, String risk) {
		requireOpen(opportunity, "changed");
		requireText(risk, "A risk of " + label(opportunity) + " needs a description", "say what could go wrong");
		if (opportunity.getRisks().contains(risk.strip())) {
			refuse(label(opportunity) + " lists that risk already: '" + risk.strip() + "'.");
		}
		opportunity.getRisks().add(risk.strip());
	}

	/** @throws RefusedException when the risk is not listed */
	public void removeRisk(Opportunity opportunity, String risk) {
		requireOpen(opportunity, "changed");
		if (!opportunity.getRisks().contains(risk)) {
			refuse(label(opportunity) + " lists no risk '" + risk + "'.");
		}
		opportunity.getRisks().remove(risk);
	}

	// ------------------------------------------------------------------------------------------
	// Team

	/**
	 * Puts an employee in one seat of the team (null empties the seat). Any employee may take any
	 * seat: small firms double up; {@link #emptyTeamRoles} shows what is missing.
	 *
	 * @throws RefusedException when the employee is not of this workspace or the opportunity is lost
	 */
	public void setTeamMember(Opportunity opportunity, TeamRole role, Employee employee) {
		requireIn(opportunity, workspace.getOpportunities(), "opportunity");
		if (role == null) {
			refuse("Say which seat of the team of " + label(opportunity) + " to fill: sales, technical, commercial or pm.");
		}
		if (opportunity.getStatus() == OpportunityStatus.LOST) {
			refuse(label(opportunity) + " is closed lost; its team is kept as it was.");
		}
		if (employee != null) {
			requireIn(employee, workspace.getEmployees(), "employee");
		}
		Team team = opportunity.getTeam();
		if (team == null) {
			team = F.createTeam();
			opportunity.setTeam(team);
		}
		role.assign(team, employee);
	}

	/** The seats of the team nobody holds, in the order sales, technical, commercial, pm. */
	public static List<TeamRole> emptyTeamRoles(Opportunity opportunity) {
		List<TeamRole> empty = new ArrayList<>();
		for (TeamRole role : TeamRole.values()) {
			if (role.holder(opportunity.getTeam()) == null) {
				empty.add(role);
			}
		}
		return empty;
	}

	// ------------------------------------------------------------------------------------------
	// Activities

	/**
	 * Logs a visit, call, meeting, demo or project meeting with {@code by} as participant. The
	 * first visit starts the clock of gates anchored on it (the 48-hour requirements report).
	 *
	 * @param minutes may be null and added later with {@link #setMinutes}
	 * @throws RefusedException without a kind or time, or when the opportunity is lost
	 */
	public Activity logActivity(Opportunity opportunity, ActivityKind kind, Instant at, String subject, String minutes,
			Employee by) {
		requireIn(opportunity, workspace.getOpportunities(), "opportunity");
		if (kind == null) {
			refuse("An activity of " + label(opportunity) + " needs a kind: visit, call, meeting, demo or project meeting.");
		}
		if (at == null) {
			refuse("The " + kind.getLiteral() + " of " + label(opportunity) + " needs the time it took place.");
		}
		if (opportunity.getStatus() == OpportunityStatus.LOST) {
			refuse(label(opportunity) + " is closed lost: log activities on a new opportunity.");
		}
		if (by != null) {
			requireIn(by, workspace.getEmployees(), "employee");
		}
		Activity activity = F.createActivity();
		activity.setId(nextId(opportunity.getId() + "-A%d", opportunity.getActivities()));
		activity.setKind(kind);
		activity.setAt(at);
		activity.setSubject(blankToNull(subject) == null ? capitalised(kind.getLiteral()) : subject.strip());
		activity.setMinutes(blankToNull(minutes));
		if (by != null) {
			activity.getParticipants().add(by);
		}
		opportunity.getActivities().add(activity);
		return activity;
	}

	/** Sets (or replaces) the minutes of an activity; null or blank clears them. */
	public void setMinutes(Activity activity, String minutes) {
		requireActivity(activity);
		activity.setMinutes(blankToNull(minutes));
	}

	/**
	 * A task agreed in the activity, for an owner, by a due time.
	 *
	 * @throws RefusedException without description, owner or due time
	 */
	public FollowUpTask addFollowUp(Activity activity, String description, Employee owner, Instant due) {
		requireActivity(activity);
		requireText(description, "A follow-up of activity " + activity.getId() + " needs a description", "say what is to be done");
		if (owner == null) {
			refuse("The follow-up '" + description.strip() + "' of activity " + activity.getId()
					+ " needs an owner: pick who will do it.");
		}
		requireIn(owner, workspace.getEmployees(), "employee");
		if (due == null) {
			refuse("The follow-up '" + description.strip() + "' of activity " + activity.getId() + " needs a due time.");
		}
		FollowUpTask task = F.createFollowUpTask();
		task.setDescription(description.strip());
		task.setAssignee(owner);
		task.setDue(due);
		activity.getFollowUps().add(task);
		return task;
	}

	/**
	 * Marks a follow-up done now.
	 *
	 * @throws RefusedException when it is done already
	 */
	public void completeFollowUp(FollowUpTask task) {
		if (!(task.eContainer() instanceof Activity activity)) {
			refuse("The follow-up '" + task.getDescription() + "' belongs to no activity.");
			return;
		}
		requireActivity(activity);
		if (task.isDone()) {
			refuse("The follow-up '" + task.getDescription() + "' of activity " + activity.getId() + " was done on "
					+ task.getDoneAt() + " already.");
		}
		task.setDone(true);
		task.setDoneAt(now());
	}

	// ------------------------------------------------------------------------------------------
	// Gate deliverables

	/**
	 * Submits the document that meets a deliverable gate (the requirements analysis report, the
	 * technical solution...), kept where {@code location} says (a path or URL).
	 *
	 * @param title null for the gate's name
	 * @throws RefusedException when the gate is not a deliverable gate of the workspace's process,
	 *         the location is blank, one is awaiting review or accepted already, or the opportunity is lost
	 */
	public Deliverable submitDeliverable(Opportunity opportunity, Gate gate, String location, String title, Employee by) {
		requireIn(opportunity, workspace.getOpportunities(), "opportunity");
		requireGate(gate);
		if (gate.getKind() != GateKind.DELIVERABLE) {
			refuse("Gate '" + gate.getName() + "' is not met by a document: to meet it, " + toMeet(opportunity, gate) + ".");
		}
		if (opportunity.getStatus() == OpportunityStatus.LOST) {
			refuse(label(opportunity) + " is closed lost: nothing more is submitted for it.");
		}
		requireText(location, "The '" + gate.getDeliverableType() + "' deliverable of " + label(opportunity)
				+ " needs the file it is in", "give its path or URL");
		for (Deliverable d : opportunity.getDeliverables()) {
			if (!gate.getDeliverableType().equals(d.getType())) {
				continue;
			}
			if (d.getStatus() == DeliverableStatus.ACCEPTED) {
				refuse("Gate '" + gate.getName() + "' of " + label(opportunity) + " is met already: " + d.getId()
						+ " was accepted on " + d.getReviewedAt() + ".");
			}
			if (d.getStatus() == DeliverableStatus.SUBMITTED && gate.isSetReviewerRole()) {
				refuse("Deliverable " + d.getId() + " for gate '" + gate.getName() + "' of " + label(opportunity)
						+ " awaits review by the " + gate.getReviewerRole().getLiteral()
						+ ": have it accepted or returned before submitting another.");
			}
		}
		if (by != null) {
			requireIn(by, workspace.getEmployees(), "employee");
		}
		Deliverable deliverable = F.createDeliverable();
		deliverable.setId(nextId(opportunity.getId() + "-D%d", opportunity.getDeliverables()));
		deliverable.setType(gate.getDeliverableType());
		deliverable.setTitle(blankToNull(title) == null ? gate.getName() : title.strip());
		deliverable.setGate(gate);
		deliverable.setAuthor(by);
		deliverable.setSubmittedAt(now());
		deliverable.setStatus(DeliverableStatus.SUBMITTED);
		deliverable.setLocation(location.strip());
		opportunity.getDeliverables().add(deliverable);
		return deliverable;
	}

	/**
	 * The reviewer accepts the submitted deliverable or returns it with a comment. Only someone of
	 * the role the gate names as reviewer may review it; a returned deliverable does not meet the
	 * gate, and a new one is submitted.
	 *
	 * @throws RefusedException when it is not awaiting review, the reviewer has another role, or a
	 *         return has no comment
	 */
	public void reviewDeliverable(Deliverable deliverable, Employee reviewer, boolean accept, String comment) {
		if (!(deliverable.eContainer() instanceof Opportunity opportunity) || !workspace.getOpportunities().contains(opportunity)) {
			refuse("Deliverable " + deliverable.getId() + " belongs to no opportunity of this workspace.");
			return;
		}
		Gate gate = gateOf(deliverable);
		String what = "Deliverable " + deliverable.getId() + " ('" + deliverable.getType() + "') of " + label(opportunity);
		if (deliverable.getStatus() != DeliverableStatus.SUBMITTED) {
			refuse(what + " is " + literal(deliverable.getStatus()) + "; only a submitted deliverable is reviewed"
					+ (deliverable.getStatus() == DeliverableStatus.REJECTED ? ": submit a new one." : "."));
		}
		if (reviewer == null) {
			refuse(what + " needs a reviewer: the " + (gate != null && gate.isSetReviewerRole()
					? gate.getReviewerRole().getLiteral()
					: "person") + " who reviews it.");
		}
		requireIn(reviewer, workspace.getEmployees(), "employee");
		if (gate != null && gate.isSetReviewerRole() && reviewer.getRole() != gate.getReviewerRole()) {
			Employee expected = GateDeadlines.responsible(opportunity.getTeam(), gate.getReviewerRole());
			refuse(what + " is reviewed by the " + gate.getReviewerRole().getLiteral() + " (gate '" + gate.getName()
					+ "'), not by " + reviewer.getName() + " (" + literal(reviewer.getRole()) + "): ask "
					+ (expected == null ? "the " + gate.getReviewerRole().getLiteral() : expected.getName()) + " to review it.");
		}
		if (!accept && (comment == null || comment.isBlank())) {
			refuse("Returning " + what + " needs a comment: say what the author is to change.");
		}
		deliverable.setStatus(accept ? DeliverableStatus.ACCEPTED : DeliverableStatus.REJECTED);
		deliverable.setReviewer(reviewer);
		deliverable.setReviewedAt(now());
		deliverable.setReviewComment(blankToNull(comment));
	}

	/** The latest deliverable submitted for the gate, or null. */
	public static Deliverable latestDeliverable(Opportunity opportunity, Gate gate) {
		Deliverable latest = null;
		for (Deliverable d : opportunity.getDeliverables()) {
			if (gate.getDeliverableType() != null && gate.getDeliverableType().equals(d.getType())) {
				latest = d;
			}
		}
		return latest;
	}

	// ------------------------------------------------------------------------------------------
	// Quotes

	/**
	 * Prices a take-off into a quote revision of the opportunity: revision 1 when it has none, else
	 * the next revision of its latest, where lines keep their negotiated discounts and approvals
	 * carry over for the lines that did not change. The new revision is a draft.
	 *
	 * @param pricing null for the catalog's own prices
	 * @throws RefusedException when a take-off line has no price (naming the item codes), the
	 *         opportunity is closed, or its latest revision is still a draft or in review
	 */
	public Quote createQuoteRevision(Opportunity opportunity, TakeoffSource takeoff, PriceCatalog catalog,
			PricingStrategies.Registered pricing, Employee by) {
		requireOpen(opportunity, "quoted");
		if (takeoff == null || catalog == null) {
			refuse("A quote of " + label(opportunity) + " needs a take-off and a price catalog.");
		}
		Quote latest = latestQuote(opportunity);
		if (latest != null) {
			requireRevisable(latest);
		}
		PricingStrategies.Registered strategy = pricing != null ? pricing : PricingStrategies.get(PricingStrategies.CATALOG);
		// TakeoffPricing checks every price before it adds anything, so a blocked take-off changes nothing.
		PricedQuote priced = latest == null
				? TakeoffPricing.price(takeoff, catalog, strategy, opportunity, null, today(), now(), by)
				: TakeoffPricing.requote(latest, takeoff, catalog, strategy, today(), now(), by);
		if (priced.isBlocked()) {
			refuse("No quote for " + label(opportunity) + ": " + priced.missing().size() + " take-off line(s) have no price in catalog '"
					+ catalog.getName() + "' (item code(s) " + priced.missing().stream().map(MissingPrice::itemCode).distinct()
							.collect(Collectors.joining(", "))
					+ "): add the prices to the catalog or change the rule pack.");
		}
		return priced.quote();
	}

	/**
	 * A new draft revision copied from the latest one, to negotiate on: approvals carry over for
	 * each line until that line is changed.
	 *
	 * @throws RefusedException when {@code previous} is not the latest revision or is itself still
	 *         a draft or in review
	 */
	public Quote newQuoteRevision(Quote previous, Employee by) {
		Opportunity opportunity = opportunityOf(previous);
		requireOpen(opportunity, "quoted");
		if (previous.getNextRevision() != null) {
			refuse(quoteLabel(previous) + " has a later revision (" + QuoteRevisions.latest(previous).getId()
					+ "): make the new revision from that one.");
		}
		requireRevisable(previous);
		return QuoteRevisions.newRevision(previous, by, now());
	}

	/**
	 * Changes one line of a draft revision; its approvals from earlier revisions stop counting for
	 * it, so only it is approved again.
	 *
	 * @param discountPercent 0 to 100; null for none
	 * @throws RefusedException when the revision is not a draft, the quantity is negative, the
	 *         price is in another currency or the discount outside 0-100
	 */
	public void editQuoteLine(QuoteLine line, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent) {
		if (!(line.eContainer() instanceof Quote quote)) {
			refuse("Quote line " + line.getKey() + " belongs to no quote.");
			return;
		}
		opportunityOf(quote);
		String what = "Line " + line.getKey() + " of " + quoteLabel(quote);
		if (quote.getStatus() != QuoteStatus.DRAFT) {
			refuse(what + " cannot be changed: the revision is " + literal(quote.getStatus())
					+ "; make a new revision and change the line there.");
		}
		if (quantity == null || quantity.signum() < 0) {
			refuse(what + " needs a quantity of zero or more, not " + quantity + ".");
		}
		if (unitPrice == null || unitPrice.isNegative() || !unitPrice.currency().equals(quote.getCurrency())) {
			refuse(what + " needs a unit price of zero or more in " + quote.getCurrency() + ", not " + unitPrice + ".");
		}
		if (discountPercent != null && (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			refuse(what + " needs a discount from 0 to 100 %, not " + discountPercent.toPlainString() + ".");
		}
		line.setQuantity(quantity);
		line.setUnitPrice(unitPrice);
		line.setDiscountPercent(discountPercent);
	}

	/**
	 * Sets the tax rate and the discount on the whole quote (both in percent; null for the
	 * standard terms' rate and for no discount) of a draft revision.
	 *
	 * @throws RefusedException when the revision is not a draft or a percentage is outside 0-100
	 */
	public void setQuoteTerms(Quote quote, BigDecimal taxRatePercent, BigDecimal discountPercent) {
		opportunityOf(quote);
		if (quote.getStatus() != QuoteStatus.DRAFT) {
			refuse("The terms of " + quoteLabel(quote) + " cannot be changed: the revision is " + literal(quote.getStatus())
					+ "; make a new revision and change them there.");
		}
		for (BigDecimal p : new BigDecimal[]{taxRatePercent, discountPercent}) {
			if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
				refuse("The tax rate and discount of " + quoteLabel(quote) + " are percentages from 0 to 100, not " + p.toPlainString() + ".");
			}
		}
		quote.setTaxRatePercent(taxRatePercent);
		quote.setDiscountPercent(discountPercent);
	}

	/**
	 * Sends a draft revision to review: the technical lead, then finance, then (for discounts
	 * beyond the threshold) the sales manager.
	 *
	 * @throws RefusedException unless it is a draft with lines
	 */
	public void submitQuoteForReview(Quote quote) {
		Opportunity opportunity = opportunityOf(quote);
		requireOpen(opportunity, "quoted");
		if (quote.getStatus() != QuoteStatus.DRAFT) {
			refuse(quoteLabel(quote) + " is " + literal(quote.getStatus()) + "; only a draft revision is submitted for review.");
		}
		if (quote.getLines().isEmpty()) {
			refuse(quoteLabel(quote) + " has no lines: price a take-off into it before submitting it.");
		}
		QuoteApprovals.submitForReview(quote);
	}

	/**
	 * The approver approves the revision in the rule of the approver's role, for the lines that
	 * still lacked that role's approval. The revision is approved when nothing is missing.
	 *
	 * @throws RefusedException when the revision is not in review, the approver's role has nothing
	 *         to approve on it, or an earlier approval of the sequence is missing
	 */
	public void approveQuote(Quote quote, Employee approver, String comment) {
		checkReviewer(quote, approver, "approve");
		RuleCheck check = QuoteApprovals.checkApproval(quote, approver);
		if (!check.isAllowed()) {
			refuse(check.message() + " " + approvalToDo(quote));
		}
		QuoteApprovals.approve(quote, approver, now(), blankToNull(comment));
	}

	/**
	 * The approver rejects the revision with a comment; it goes back to draft for the author to
	 * change and submit again.
	 *
	 * @throws RefusedException without a comment, when the revision is not in review, or when the
	 *         approver's role is not one the revision waits for
	 */
	public void rejectQuote(Quote quote, Employee approver, String comment) {
		checkReviewer(quote, approver, "reject");
		List<ApprovalRule> missing = QuoteApprovalRequirements.missingApprovals(quote);
		if (missing.stream().noneMatch(r -> r.getRole() == approver.getRole())) {
			refuse(approver.getName() + " (" + literal(approver.getRole()) + ") has nothing to review on " + quoteLabel(quote)
					+ ": " + approvalToDo(quote));
		}
		if (comment == null || comment.isBlank()) {
			refuse("Rejecting " + quoteLabel(quote) + " needs a comment saying what to change.");
		}
		QuoteApprovals.reject(quote, approver, now(), comment.strip());
	}

	/**
	 * Releases the revision to the client; the revision released before it becomes superseded.
	 *
	 * @throws RefusedException naming every missing approval, or when the revision is not the
	 *         latest or the opportunity is closed
	 */
	public void releaseQuote(Quote quote, Employee by) {
		Opportunity opportunity = opportunityOf(quote);
		requireOpen(opportunity, "quoted");
		if (quote.getNextRevision() != null) {
			refuse(quoteLabel(quote) + " has a later revision (" + QuoteRevisions.latest(quote).getId()
					+ "); only the latest revision is released.");
		}
		RuleCheck check = QuoteApprovals.checkRelease(quote);
		if (!check.isAllowed()) {
			refuse(check.message() + (quote.getStatus() == QuoteStatus.DRAFT ? " Submit it for review first." : ""));
		}
		QuoteApprovals.release(quote, now());
	}

	/** The latest revision of the opportunity's quotes, or null. */
	public static Quote latestQuote(Opportunity opportunity) {
		return opportunity.getQuotes().isEmpty()
				? null
				: QuoteRevisions.latest(opportunity.getQuotes().get(opportunity.getQuotes().size() - 1));
	}

	// ------------------------------------------------------------------------------------------
	// Contract and collections

	/**
	 * The contract signed on the opportunity's released quote: its value is the quote's total, its
	 * estimated cost the quote's cost; the quote becomes accepted. Signing meets the "contract
	 * signed" gate; moving the opportunity to the first signed stage then wins it.
	 *
	 * @param number the contract number; null for {@code HT-<year>-<opportunity number>}
	 * @throws RefusedException when the opportunity has a contract already, is lost, or has no
	 *         released quote
	 */
	public Contract createContract(Opportunity opportunity, String number, LocalDate signedOn, Employee by) {
		requireIn(opportunity, workspace.getOpportunities(), "opportunity");
		if (opportunity.getStatus() == OpportunityStatus.LOST) {
			refuse(label(opportunity) + " is closed lost: no contract can be made from it.");
		}
		if (opportunity.getContract() != null) {
			refuse(label(opportunity) + " has contract " + opportunity.getContract().getId()
					+ " already; record changes as change orders of it.");
		}
		Quote latest = latestQuote(opportunity);
		if (latest == null || latest.getStatus() != QuoteStatus.RELEASED) {
			refuse("No contract for " + label(opportunity) + ": "
					+ (latest == null ? "it has no quote" : "its latest quote " + quoteLabel(latest) + " is " + literal(latest.getStatus()))
					+ "; the contract is made from a released quote: get the latest revision approved and release it first.");
		}
		LocalDate signed = signedOn == null ? today() : signedOn;
		Contract contract = F.createContract();
		contract.setId(opportunity.getId() + "-K");
		contract.setNumber(blankToNull(number) == null ? "HT-" + signed.getYear() + "-" + digits(opportunity.getId()) : number.strip());
		contract.setSignedOn(signed);
		contract.setQuote(latest);
		QuoteStatement statement = QuoteStatement.of(latest);
		contract.setValue(statement.linesTotal());
		contract.setEstimatedCost(statement.totalCost());
		latest.setStatus(QuoteStatus.ACCEPTED);
		opportunity.setContract(contract);
		return contract;
	}

	/**
	 * Adds a payment milestone of a share of the contract value. The milestone that brings the
	 * shares to 100 % takes whatever rounding left, so the amounts add up to the value exactly.
	 *
	 * @throws RefusedException when the percent is not above 0 or the shares would exceed 100 %
	 */
	public PaymentMilestone addMilestone(Contract contract, String name, BigDecimal percent, LocalDate plannedDate, LocalDate dueDate) {
		requireContract(contract);
		requireText(name, "A payment milestone of contract " + contract.getId() + " needs a name",
				"say what it pays for (advance, design delivered, completion...)");
		if (percent == null || percent.signum() <= 0) {
			refuse("Payment milestone '" + name.strip() + "' of contract " + contract.getId()
					+ " needs a share of the contract value above 0 %.");
		}
		BigDecimal used = BigDecimal.ZERO;
		Money assigned = Money.zero(contract.getValue().currency());
		for (PaymentMilestone m : contract.getMilestones()) {
			assigned = assigned.plus(m.getAmount());
		}
		used = contract.getValue().signum() == 0
				? BigDecimal.ZERO
				: assigned.amount().multiply(BigDecimal.valueOf(100)).divide(contract.getValue().amount(), 4, RoundingMode.HALF_UP);
		BigDecimal total = used.add(percent);
		if (total.compareTo(BigDecimal.valueOf(100)) > 0) {
			refuse("Payment milestone '" + name.strip() + "' of contract " + contract.getId() + " would bring the milestones to "
					+ total.stripTrailingZeros().toPlainString() + " % of the value: at most "
					+ BigDecimal.valueOf(100).subtract(used).stripTrailingZeros().toPlainString() + " % is left.");
		}
		if (plannedDate != null && dueDate != null && dueDate.isBefore(plannedDate)) {
			refuse("Payment milestone '" + name.strip() + "' of contract " + contract.getId() + " is due on " + dueDate
					+ ", before its planned delivery on " + plannedDate + ": give a due date on or after it.");
		}
		Money amount = total.compareTo(BigDecimal.valueOf(100)) == 0
				? contract.getValue().minus(assigned)
				: contract.getValue().times(percent.movePointLeft(2)).rounded();
		PaymentMilestone milestone = F.createPaymentMilestone();
		milestone.setName(name.strip());
		milestone.setAmount(amount);
		milestone.setPlannedDate(plannedDate);
		milestone.setDueDate(dueDate);
		contract.getMilestones().add(milestone);
		return milestone;
	}

	/**
	 * Records that the work a milestone pays for was delivered (revenue recognised).
	 *
	 * @throws RefusedException when it was delivered already
	 */
	public void markDelivered(Contract contract, int milestoneNumber, LocalDate on) {
		PaymentMilestone m = milestone(contract, milestoneNumber);
		if (on == null) {
			refuse(milestoneLabel(contract, milestoneNumber) + " needs the date it was delivered.");
		}
		if (m.getDeliveredOn() != null) {
			refuse(milestoneLabel(contract, milestoneNumber) + " was delivered on " + m.getDeliveredOn() + " already.");
		}
		m.setDeliveredOn(on);
	}

	/**
	 * Records the invoice of a milestone; collections are recorded against invoiced milestones.
	 *
	 * @throws RefusedException when it was invoiced already
	 */
	public void markInvoiced(Contract contract, int milestoneNumber, LocalDate on) {
		PaymentMilestone m = milestone(contract, milestoneNumber);
		if (on == null) {
			refuse(milestoneLabel(contract, milestoneNumber) + " needs the date of its invoice.");
		}
		if (m.getInvoicedOn() != null) {
			refuse(milestoneLabel(contract, milestoneNumber) + " was invoiced on " + m.getInvoicedOn() + " already.");
		}
		m.setInvoicedOn(on);
	}

	/**
	 * Records cash received against milestone {@code milestoneNumber} (1 for the first). Partial
	 * amounts add up; the collected date is that of the latest payment.
	 *
	 * @throws RefusedException when the milestone does not exist or is not invoiced, the date is
	 *         before the invoice, or the amount is not above zero, in another currency, or larger
	 *         than what is still due
	 */
	public void recordCollection(Contract contract, int milestoneNumber, Money amount, LocalDate on) {
		PaymentMilestone m = milestone(contract, milestoneNumber);
		String what = milestoneLabel(contract, milestoneNumber);
		if (on == null) {
			refuse("A collection against " + what + " needs the date the money came in.");
		}
		if (m.getInvoicedOn() == null) {
			refuse(what + " has not been invoiced: record its invoice before the money collected against it.");
		}
		if (on.isBefore(m.getInvoicedOn())) {
			refuse("A collection against " + what + " on " + on + " would come before its invoice of " + m.getInvoicedOn()
					+ ": check the date.");
		}
		if (amount == null || amount.signum() <= 0) {
			refuse("A collection against " + what + " needs an amount above zero.");
		}
		if (!amount.currency().equals(m.getAmount().currency())) {
			refuse("A collection against " + what + " is in " + m.getAmount().currency() + ", not " + amount.currency() + ".");
		}
		Money due = outstanding(m);
		if (amount.compareTo(due) > 0) {
			refuse("Cannot record " + amount + " against " + what + ": only " + due + " of its " + m.getAmount()
					+ " is still due; record at most " + due + " and book the rest against another milestone.");
		}
		Money before = m.getCollectedAmount() == null ? Money.zero(amount.currency()) : m.getCollectedAmount();
		m.setCollectedAmount(before.plus(amount));
		m.setCollectedOn(on);
	}

	/** What is still to be collected on a milestone. */
	public static Money outstanding(PaymentMilestone milestone) {
		return milestone.getCollectedAmount() == null ? milestone.getAmount() : milestone.getAmount().minus(milestone.getCollectedAmount());
	}

	// ------------------------------------------------------------------------------------------
	// Look-ups the callers share (no changes)

	/** The customer whose name (in any script) is {@code name}, ignoring case, or null. */
	public Customer findCustomer(String name) {
		for (Customer c : workspace.getCustomers()) {
			if (c.getName() != null && c.getName().strip().equalsIgnoreCase(name.strip())) {
				return c;
			}
		}
		return null;
	}

	/**
	 * The stage whose id, name or local name is {@code text} (ignoring case and blanks).
	 *
	 * @throws RefusedException listing the stages when none matches
	 */
	public Stage stage(String text) {
		SalesProcess process = workspace.getProcess();
		if (process != null && text != null) {
			String wanted = normalised(text);
			for (Stage s : process.getStages()) {
				if (wanted.equals(normalised(s.getId())) || wanted.equals(normalised(s.getName()))
						|| wanted.equals(normalised(s.getLocalName())) || wanted.equals(normalised("stage-" + text))) {
					return s;
				}
			}
		}
		refuse("Unknown stage '" + text + "': the process has " + stageNames() + ".");
		return null;
	}

	/**
	 * The gate of the process whose id, name or deliverable type is {@code text}.
	 *
	 * @throws RefusedException listing the gates when none matches
	 */
	public Gate gate(String text) {
		List<String> known = new ArrayList<>();
		if (workspace.getProcess() != null && text != null) {
			String wanted = normalised(text);
			for (Stage s : workspace.getProcess().getStages()) {
				for (Gate g : s.getGates()) {
					if (wanted.equals(normalised(g.getId())) || wanted.equals(normalised(g.getName()))
							|| wanted.equals(normalised(g.getDeliverableType())) || wanted.equals(normalised("gate-" + text))) {
						return g;
					}
					known.add(g.getId() + (g.getDeliverableType() == null ? "" : " (" + g.getDeliverableType() + ")"));
				}
			}
		}
		refuse("Unknown gate '" + text + "': the process has " + String.join(", ", known) + ".");
		return null;
	}

	/**
	 * The employee whose name or id is {@code text} (ignoring case).
	 *
	 * @throws RefusedException listing the employees when none matches
	 */
	public Employee employee(String text) {
		for (Employee e : workspace.getEmployees()) {
			if (text != null && (text.strip().equalsIgnoreCase(e.getName()) || text.strip().equalsIgnoreCase(e.getId()))) {
				return e;
			}
		}
		refuse("Unknown employee '" + text + "': the workspace has " + workspace.getEmployees().stream()
				.map(e -> e.getName() + " (" + literal(e.getRole()) + ")").collect(Collectors.joining(", ")) + ".");
		return null;
	}

	/** @throws RefusedException when no opportunity has the id */
	public Opportunity opportunity(String id) {
		for (Opportunity o : workspace.getOpportunities()) {
			if (o.getId() != null && o.getId().equalsIgnoreCase(id)) {
				return o;
			}
		}
		refuse("Unknown opportunity '" + id + "': give an id such as "
				+ workspace.getOpportunities().stream().limit(3).map(Opportunity::getId).collect(Collectors.joining(", "))
				+ " (bidbench pipeline lists them).");
		return null;
	}

	/** @throws RefusedException when no lead has the id */
	public Lead lead(String id) {
		for (Lead l : workspace.getLeads()) {
			if (l.getId() != null && l.getId().equalsIgnoreCase(id)) {
				return l;
			}
		}
		refuse("Unknown lead '" + id + "': the workspace has " + workspace.getLeads().size() + " lead(s)"
				+ (workspace.getLeads().isEmpty() ? "" : ", e.g. " + workspace.getLeads().get(0).getId()) + ".");
		return null;
	}

	/** @throws RefusedException when no quote revision has the id */
	public Quote quote(String id) {
		for (Opportunity o : workspace.getOpportunities()) {
			for (Quote q : o.getQuotes()) {
				if (q.getId() != null && q.getId().equalsIgnoreCase(id)) {
					return q;
				}
			}
		}
		refuse("Unknown quote '" + id + "': quote ids look like O0001-Q-r2 (opportunity, Q, revision).");
		return null;
	}

	/** @throws RefusedException when no contract has the id or number */
	public Contract contract(String idOrNumber) {
		for (Opportunity o : workspace.getOpportunities()) {
			Contract c = o.getContract();
			if (c != null && (idOrNumber.equalsIgnoreCase(c.getId()) || idOrNumber.equalsIgnoreCase(c.getNumber()))) {
				return c;
			}
		}
		refuse("Unknown contract '" + idOrNumber + "': give its id (such as O0001-K) or its number (such as HT-2026-0001).");
		return null;
	}

	// ------------------------------------------------------------------------------------------
	// Shared checks

	/** Throws a refusal with one message; the caller has changed nothing yet. */
	private static void refuse(String message) {
		throw new RefusedException(new RuleCheck(List.of(message)));
	}

	private static void requireText(String text, String what, String toDo) {
		if (text == null || text.isBlank()) {
			refuse(what + ": " + toDo + ".");
		}
	}

	private static void requireIn(Identified object, Collection<? extends Identified> where, String kind) {
		if (object == null || !where.contains(object)) {
			refuse("The " + kind + (object == null ? "" : " " + object.getId())
					+ " is not part of this workspace: pick one of the workspace's " + kind + "s.");
		}
	}

	private void requireOpen(Opportunity opportunity, String action) {
		requireIn(opportunity, workspace.getOpportunities(), "opportunity");
		if (opportunity.getStatus() != OpportunityStatus.OPEN) {
			refuse(label(opportunity) + " is " + literal(opportunity.getStatus()) + "; only an open opportunity can be " + action + ".");
		}
	}

	private void requireActivity(Activity activity) {
		if (!(activity.eContainer() instanceof Opportunity o) || !workspace.getOpportunities().contains(o)) {
			refuse("Activity " + activity.getId() + " belongs to no opportunity of this workspace.");
		}
	}

	private void requireGate(Gate gate) {
		if (gate == null || !(gate.eContainer() instanceof Stage stage) || stage.eContainer() != workspace.getProcess()) {
			refuse("The gate is not one of the workspace's process; pick one of its stages' gates.");
		}
	}

	private void requireContract(Contract contract) {
		if (contract == null || !(contract.eContainer() instanceof Opportunity o) || !workspace.getOpportunities().contains(o)) {
			refuse("The contract is not part of this workspace.");
		}
		if (contract.getValue() == null) {
			refuse("Contract " + contract.getId() + " has no value: its milestones are shares of it.");
		}
	}

	private void requireRevisable(Quote latest) {
		if (latest.getStatus() == QuoteStatus.DRAFT || latest.getStatus() == QuoteStatus.IN_REVIEW) {
			refuse(quoteLabel(latest) + " is still " + literal(latest.getStatus())
					+ ": change that revision (or finish its review) instead of making another.");
		}
		if (latest.getStatus() == QuoteStatus.ACCEPTED) {
			refuse(quoteLabel(latest) + " was accepted by the client in a contract; changes now go into change orders.");
		}
	}

	private Opportunity opportunityOf(Quote quote) {
		if (quote == null || !(quote.eContainer() instanceof Opportunity o) || !workspace.getOpportunities().contains(o)) {
			refuse("The quote " + (quote == null ? "" : quote.getId() + " ") + "belongs to no opportunity of this workspace.");
			return null;
		}
		return o;
	}

	private void checkReviewer(Quote quote, Employee approver, String action) {
		opportunityOf(quote);
		if (approver == null) {
			refuse("Say who is to " + action + " " + quoteLabel(quote) + ".");
		}
		requireIn(approver, workspace.getEmployees(), "employee");
		if (quote.getStatus() != QuoteStatus.IN_REVIEW) {
			refuse(quoteLabel(quote) + " is " + literal(quote.getStatus()) + ", not in review; "
					+ (quote.getStatus() == QuoteStatus.DRAFT ? "submit it for review first." : "there is nothing to " + action + "."));
		}
	}

	private static String approvalToDo(Quote quote) {
		List<ApprovalRule> missing = QuoteApprovalRequirements.missingApprovals(quote);
		if (missing.isEmpty()) {
			return "It needs no further approval.";
		}
		ApprovalRule next = missing.get(0);
		return "Next: the " + next.getPurpose() + " by the " + literal(next.getRole()) + ".";
	}

	private void checkAmount(Money amount, String what) {
		if (amount == null) {
			return;
		}
		if (amount.isNegative()) {
			refuse("The amount of " + what + " cannot be negative (" + amount + "): give the expected contract value.");
		}
		String currency = workspace.getCurrency() == null ? "CNY" : workspace.getCurrency();
		if (!amount.currency().equals(currency)) {
			refuse("The amount of " + what + " is in " + amount.currency() + " but the workspace reports in " + currency
					+ ": give it in " + currency + ".");
		}
	}

	private PaymentMilestone milestone(Contract contract, int number) {
		requireContract(contract);
		if (number < 1 || number > contract.getMilestones().size()) {
			refuse("Contract " + contract.getId() + " has " + contract.getMilestones().size() + " payment milestone(s); "
					+ "there is no milestone " + number + ": number them from 1"
					+ (contract.getMilestones().isEmpty() ? " after adding them." : " to " + contract.getMilestones().size() + "."));
		}
		return contract.getMilestones().get(number - 1);
	}

	private static String milestoneLabel(Contract contract, int number) {
		return "milestone " + number + " '" + contract.getMilestones().get(number - 1).getName() + "' of contract " + contract.getId();
	}

	private static Gate gateOf(Deliverable deliverable) {
		if (deliverable.getGate() != null) {
			return deliverable.getGate();
		}
		// Deliverables made before they recorded their gate: find it by type.
		if (deliverable.eContainer() instanceof Opportunity o && o.getStage() != null
				&& o.getStage().eContainer() instanceof SalesProcess process) {
			for (Stage s : process.getStages()) {
				for (Gate g : s.getGates()) {
					if (g.getKind() == GateKind.DELIVERABLE && g.getDeliverableType().equals(deliverable.getType())) {
						return g;
					}
				}
			}
		}
		return null;
	}

	private static String responsibleText(Opportunity opportunity, Gate gate) {
		Employee who = GateDeadlines.responsible(opportunity.getTeam(), gate.getResponsibleRole());
		return literal(gate.getResponsibleRole()) + (who == null ? " (nobody in the team holds that role)" : " (" + who.getName() + ")");
	}

	private static String toMeet(Opportunity opportunity, Gate gate) {
		return switch (gate.getKind()) {
			case DELIVERABLE -> {
				Deliverable latest = latestDeliverable(opportunity, gate);
				if (latest != null && latest.getStatus() == DeliverableStatus.SUBMITTED && gate.isSetReviewerRole()) {
					yield "deliverable " + latest.getId() + " ('" + gate.getDeliverableType() + "') awaits review: the "
							+ literal(gate.getReviewerRole()) + " is to accept it";
				}
				yield "submit the '" + gate.getDeliverableType() + "' deliverable"
						+ (latest != null && latest.getStatus() == DeliverableStatus.REJECTED
								? " again (" + latest.getId() + " was returned: " + latest.getReviewComment() + ")"
								: "")
						+ (gate.isSetReviewerRole() ? " and have the " + literal(gate.getReviewerRole()) + " accept it" : "");
			}
			case QUOTE_RELEASED -> "release a quote revision once its technical review and finance cost estimate are approved";
			case CONTRACT_SIGNED -> "make the contract from the released quote";
		};
	}

	private String stageNames() {
		SalesProcess process = workspace.getProcess();
		return process == null
				? "no stages"
				: process.getStages().stream().map(s -> s.getName() + " (" + s.getId() + ")")
						.collect(Collectors.joining(", "));
	}

	static String label(Opportunity opportunity) {
		return "opportunity " + opportunity.getId() + " '" + opportunity.getName() + "'";
	}

	private static String quoteLabel(Quote quote) {
		return "quote " + quote.getId() + " (revision " + quote.getRevision() + ")";
	}

	/** "C%03d" and existing ids C001, C007 give C008; ids of another pattern are ignored. */
	private static String nextId(String format, Collection<? extends Identified> existing) {
		String prefix = format.substring(0, format.indexOf('%'));
		int max = 0;
		for (Identified i : existing) {
			String id = i.getId();
			if (id != null && id.startsWith(prefix)) {
				String rest = id.substring(prefix.length());
				// More than nine digits cannot be reached by counting up (and would overflow an int):
				// such an imported id is left alone, not parsed.
				if (!rest.isEmpty() && rest.length() <= 9 && trailingDigits(rest).length() == rest.length()) {
					max = Math.max(max, Integer.parseInt(rest));
				}
			}
		}
		return String.format(Locale.ROOT, format, max + 1);
	}

	private static String digits(String id) {
		String digits = trailingDigits(id);
		return digits.isEmpty() ? id : digits;
	}

	/**
	 * The digits that end {@code text}, or "". A scan from the end: a regular expression searched
	 * for this backtracks quadratically on a long run of digits followed by a letter (an imported id).
	 */
	private static String trailingDigits(String text) {
		int start = text.length();
		while (start > 0 && text.charAt(start - 1) >= '0' && text.charAt(start - 1) <= '9') {
			start--;
		}
		return text.substring(start);
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String literal(Object enumerator) {
		return enumerator instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : String.valueOf(enumerator);
	}
}
