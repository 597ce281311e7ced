/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.CompetitorSighting;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.RiskAcknowledgement;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getExpectedClose <em>Expected Close</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getClosedAt <em>Closed At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getCompetitors <em>Competitors</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getLostReason <em>Lost Reason</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getWinningCompetitor <em>Winning Competitor</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getStageHistory <em>Stage History</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getDeliverables <em>Deliverables</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getQuotes <em>Quotes</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getContract <em>Contract</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getForecastCategory <em>Forecast Category</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getRiskAcknowledgements <em>Risk Acknowledgements</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.OpportunityImpl#getCompetitorSightings <em>Competitor Sightings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OpportunityImpl extends IdentifiedImpl implements Opportunity {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected Customer customer;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final OpportunityStatus STATUS_EDEFAULT = OpportunityStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected OpportunityStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Money AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected Money amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBABILITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected int probability = PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedClose() <em>Expected Close</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedClose()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPECTED_CLOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedClose() <em>Expected Close</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedClose()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expectedClose = EXPECTED_CLOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CLOSED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedAt() <em>Closed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant closedAt = CLOSED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompetitors() <em>Competitors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> competitors;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected EList<String> risks;

	/**
	 * The default value of the '{@link #getLostReason() <em>Lost Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLostReason()
	 * @generated
	 * @ordered
	 */
	protected static final String LOST_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLostReason() <em>Lost Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLostReason()
	 * @generated
	 * @ordered
	 */
	protected String lostReason = LOST_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWinningCompetitor() <em>Winning Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWinningCompetitor()
	 * @generated
	 * @ordered
	 */
	protected static final String WINNING_COMPETITOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWinningCompetitor() <em>Winning Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWinningCompetitor()
	 * @generated
	 * @ordered
	 */
	protected String winningCompetitor = WINNING_COMPETITOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStageHistory() <em>Stage History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<StageChange> stageHistory;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected Team team;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * The cached value of the '{@link #getDeliverables() <em>Deliverables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverables()
	 * @generated
	 * @ordered
	 */
	protected EList<Deliverable> deliverables;

	/**
	 * The cached value of the '{@link #getQuotes() <em>Quotes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Quote> quotes;

	/**
	 * The cached value of the '{@link #getContract() <em>Contract</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContract()
	 * @generated
	 * @ordered
	 */
	protected Contract contract;

	/**
	 * The default value of the '{@link #getForecastCategory() <em>Forecast Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForecastCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ForecastCategory FORECAST_CATEGORY_EDEFAULT = ForecastCategory.COMMIT;

	/**
	 * The cached value of the '{@link #getForecastCategory() <em>Forecast Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForecastCategory()
	 * @generated
	 * @ordered
	 */
	protected ForecastCategory forecastCategory = FORECAST_CATEGORY_EDEFAULT;

	/**
	 * This is true if the Forecast Category attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean forecastCategoryESet;

	/**
	 * The cached value of the '{@link #getRiskAcknowledgements() <em>Risk Acknowledgements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskAcknowledgements()
	 * @generated
	 * @ordered
	 */
	protected EList<RiskAcknowledgement> riskAcknowledgements;

	/**
	 * The cached value of the '{@link #getCompetitorSightings() <em>Competitor Sightings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitorSightings()
	 * @generated
	 * @ordered
	 */
	protected EList<CompetitorSighting> competitorSightings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OpportunityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.OPPORTUNITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		if (customer != null && customer.eIsProxy()) {
			InternalEObject oldCustomer = (InternalEObject)customer;
			customer = (Customer)eResolveProxy(oldCustomer);
			if (customer != oldCustomer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.OPPORTUNITY__CUSTOMER, oldCustomer, customer));
			}
		}
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		Customer oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.OPPORTUNITY__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpportunityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(OpportunityStatus newStatus) {
		OpportunityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(Money newAmount) {
		Money oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(int newProbability) {
		int oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpectedClose() {
		return expectedClose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedClose(LocalDate newExpectedClose) {
		LocalDate oldExpectedClose = expectedClose;
		expectedClose = newExpectedClose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__EXPECTED_CLOSE, oldExpectedClose, expectedClose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getClosedAt() {
		return closedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedAt(Instant newClosedAt) {
		Instant oldClosedAt = closedAt;
		closedAt = newClosedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__CLOSED_AT, oldClosedAt, closedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCompetitors() {
		if (competitors == null) {
			competitors = new EDataTypeUniqueEList<String>(String.class, this, SalesPackage.OPPORTUNITY__COMPETITORS);
		}
		return competitors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRisks() {
		if (risks == null) {
			risks = new EDataTypeUniqueEList<String>(String.class, this, SalesPackage.OPPORTUNITY__RISKS);
		}
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLostReason() {
		return lostReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLostReason(String newLostReason) {
		String oldLostReason = lostReason;
		lostReason = newLostReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__LOST_REASON, oldLostReason, lostReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWinningCompetitor() {
		return winningCompetitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWinningCompetitor(String newWinningCompetitor) {
		String oldWinningCompetitor = winningCompetitor;
		winningCompetitor = newWinningCompetitor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__WINNING_COMPETITOR, oldWinningCompetitor, winningCompetitor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StageChange> getStageHistory() {
		if (stageHistory == null) {
			stageHistory = new EObjectContainmentEList.Resolving<StageChange>(StageChange.class, this, SalesPackage.OPPORTUNITY__STAGE_HISTORY);
		}
		return stageHistory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team getTeam() {
		if (team != null && team.eIsProxy()) {
			InternalEObject oldTeam = (InternalEObject)team;
			team = (Team)eResolveProxy(oldTeam);
			if (team != oldTeam) {
				InternalEObject newTeam = (InternalEObject)team;
				NotificationChain msgs = oldTeam.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__TEAM, null, null);
				if (newTeam.eInternalContainer() == null) {
					msgs = newTeam.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__TEAM, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.OPPORTUNITY__TEAM, oldTeam, team));
			}
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Team basicGetTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTeam(Team newTeam, NotificationChain msgs) {
		Team oldTeam = team;
		team = newTeam;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__TEAM, oldTeam, newTeam);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(Team newTeam) {
		if (newTeam != team) {
			NotificationChain msgs = null;
			if (team != null)
				msgs = ((InternalEObject)team).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__TEAM, null, msgs);
			if (newTeam != null)
				msgs = ((InternalEObject)newTeam).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__TEAM, null, msgs);
			msgs = basicSetTeam(newTeam, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__TEAM, newTeam, newTeam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectContainmentEList.Resolving<Activity>(Activity.class, this, SalesPackage.OPPORTUNITY__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Deliverable> getDeliverables() {
		if (deliverables == null) {
			deliverables = new EObjectContainmentEList.Resolving<Deliverable>(Deliverable.class, this, SalesPackage.OPPORTUNITY__DELIVERABLES);
		}
		return deliverables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quote> getQuotes() {
		if (quotes == null) {
			quotes = new EObjectContainmentEList.Resolving<Quote>(Quote.class, this, SalesPackage.OPPORTUNITY__QUOTES);
		}
		return quotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contract getContract() {
		if (contract != null && contract.eIsProxy()) {
			InternalEObject oldContract = (InternalEObject)contract;
			contract = (Contract)eResolveProxy(oldContract);
			if (contract != oldContract) {
				InternalEObject newContract = (InternalEObject)contract;
				NotificationChain msgs = oldContract.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__CONTRACT, null, null);
				if (newContract.eInternalContainer() == null) {
					msgs = newContract.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__CONTRACT, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.OPPORTUNITY__CONTRACT, oldContract, contract));
			}
		}
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contract basicGetContract() {
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContract(Contract newContract, NotificationChain msgs) {
		Contract oldContract = contract;
		contract = newContract;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__CONTRACT, oldContract, newContract);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContract(Contract newContract) {
		if (newContract != contract) {
			NotificationChain msgs = null;
			if (contract != null)
				msgs = ((InternalEObject)contract).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__CONTRACT, null, msgs);
			if (newContract != null)
				msgs = ((InternalEObject)newContract).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SalesPackage.OPPORTUNITY__CONTRACT, null, msgs);
			msgs = basicSetContract(newContract, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__CONTRACT, newContract, newContract));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForecastCategory getForecastCategory() {
		return forecastCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForecastCategory(ForecastCategory newForecastCategory) {
		ForecastCategory oldForecastCategory = forecastCategory;
		forecastCategory = newForecastCategory == null ? FORECAST_CATEGORY_EDEFAULT : newForecastCategory;
		boolean oldForecastCategoryESet = forecastCategoryESet;
		forecastCategoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.OPPORTUNITY__FORECAST_CATEGORY, oldForecastCategory, forecastCategory, !oldForecastCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetForecastCategory() {
		ForecastCategory oldForecastCategory = forecastCategory;
		boolean oldForecastCategoryESet = forecastCategoryESet;
		forecastCategory = FORECAST_CATEGORY_EDEFAULT;
		forecastCategoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SalesPackage.OPPORTUNITY__FORECAST_CATEGORY, oldForecastCategory, FORECAST_CATEGORY_EDEFAULT, oldForecastCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetForecastCategory() {
		return forecastCategoryESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RiskAcknowledgement> getRiskAcknowledgements() {
		if (riskAcknowledgements == null) {
			riskAcknowledgements = new EObjectContainmentEList.Resolving<RiskAcknowledgement>(RiskAcknowledgement.class, this, SalesPackage.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS);
		}
		return riskAcknowledgements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CompetitorSighting> getCompetitorSightings() {
		if (competitorSightings == null) {
			competitorSightings = new EObjectContainmentEList.Resolving<CompetitorSighting>(CompetitorSighting.class, this, SalesPackage.OPPORTUNITY__COMPETITOR_SIGHTINGS);
		}
		return competitorSightings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean lostHasReason(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.lostHasReason(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean closedHasDate(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.closedHasDate(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean amountNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.amountNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SalesPackage.OPPORTUNITY__STAGE_HISTORY:
				return ((InternalEList<?>)getStageHistory()).basicRemove(otherEnd, msgs);
			case SalesPackage.OPPORTUNITY__TEAM:
				return basicSetTeam(null, msgs);
			case SalesPackage.OPPORTUNITY__ACTIVITIES:
				return ((InternalEList<?>)getActivities()).basicRemove(otherEnd, msgs);
			case SalesPackage.OPPORTUNITY__DELIVERABLES:
				return ((InternalEList<?>)getDeliverables()).basicRemove(otherEnd, msgs);
			case SalesPackage.OPPORTUNITY__QUOTES:
				return ((InternalEList<?>)getQuotes()).basicRemove(otherEnd, msgs);
			case SalesPackage.OPPORTUNITY__CONTRACT:
				return basicSetContract(null, msgs);
			case SalesPackage.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS:
				return ((InternalEList<?>)getRiskAcknowledgements()).basicRemove(otherEnd, msgs);
			case SalesPackage.OPPORTUNITY__COMPETITOR_SIGHTINGS:
				return ((InternalEList<?>)getCompetitorSightings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.OPPORTUNITY__NAME:
				return getName();
			case SalesPackage.OPPORTUNITY__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case SalesPackage.OPPORTUNITY__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
			case SalesPackage.OPPORTUNITY__STATUS:
				return getStatus();
			case SalesPackage.OPPORTUNITY__AMOUNT:
				return getAmount();
			case SalesPackage.OPPORTUNITY__PROBABILITY:
				return getProbability();
			case SalesPackage.OPPORTUNITY__EXPECTED_CLOSE:
				return getExpectedClose();
			case SalesPackage.OPPORTUNITY__CREATED_AT:
				return getCreatedAt();
			case SalesPackage.OPPORTUNITY__CLOSED_AT:
				return getClosedAt();
			case SalesPackage.OPPORTUNITY__SOURCE:
				return getSource();
			case SalesPackage.OPPORTUNITY__COMPETITORS:
				return getCompetitors();
			case SalesPackage.OPPORTUNITY__RISKS:
				return getRisks();
			case SalesPackage.OPPORTUNITY__LOST_REASON:
				return getLostReason();
			case SalesPackage.OPPORTUNITY__WINNING_COMPETITOR:
				return getWinningCompetitor();
			case SalesPackage.OPPORTUNITY__STAGE_HISTORY:
				return getStageHistory();
			case SalesPackage.OPPORTUNITY__TEAM:
				if (resolve) return getTeam();
				return basicGetTeam();
			case SalesPackage.OPPORTUNITY__ACTIVITIES:
				return getActivities();
			case SalesPackage.OPPORTUNITY__DELIVERABLES:
				return getDeliverables();
			case SalesPackage.OPPORTUNITY__QUOTES:
				return getQuotes();
			case SalesPackage.OPPORTUNITY__CONTRACT:
				if (resolve) return getContract();
				return basicGetContract();
			case SalesPackage.OPPORTUNITY__FORECAST_CATEGORY:
				return getForecastCategory();
			case SalesPackage.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS:
				return getRiskAcknowledgements();
			case SalesPackage.OPPORTUNITY__COMPETITOR_SIGHTINGS:
				return getCompetitorSightings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SalesPackage.OPPORTUNITY__NAME:
				setName((String)newValue);
				return;
			case SalesPackage.OPPORTUNITY__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case SalesPackage.OPPORTUNITY__STAGE:
				setStage((Stage)newValue);
				return;
			case SalesPackage.OPPORTUNITY__STATUS:
				setStatus((OpportunityStatus)newValue);
				return;
			case SalesPackage.OPPORTUNITY__AMOUNT:
				setAmount((Money)newValue);
				return;
			case SalesPackage.OPPORTUNITY__PROBABILITY:
				setProbability((Integer)newValue);
				return;
			case SalesPackage.OPPORTUNITY__EXPECTED_CLOSE:
				setExpectedClose((LocalDate)newValue);
				return;
			case SalesPackage.OPPORTUNITY__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case SalesPackage.OPPORTUNITY__CLOSED_AT:
				setClosedAt((Instant)newValue);
				return;
			case SalesPackage.OPPORTUNITY__SOURCE:
				setSource((String)newValue);
				return;
			case SalesPackage.OPPORTUNITY__COMPETITORS:
				getCompetitors().clear();
				getCompetitors().addAll((Collection<? extends String>)newValue);
				return;
			case SalesPackage.OPPORTUNITY__RISKS:
				getRisks().clear();
				getRisks().addAll((Collection<? extends String>)newValue);
				return;
			case SalesPackage.OPPORTUNITY__LOST_REASON:
				setLostReason((String)newValue);
				return;
			case SalesPackage.OPPORTUNITY__WINNING_COMPETITOR:
				setWinningCompetitor((String)newValue);
				return;
			case SalesPackage.OPPORTUNITY__STAGE_HISTORY:
				getStageHistory().clear();
				getStageHistory().addAll((Collection<? extends StageChange>)newValue);
				return;
			case SalesPackage.OPPORTUNITY__TEAM:
				setTeam((Team)newValue);
				return;
			case SalesPackage.OPPORTUNITY__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
				return;
			case SalesPackage.OPPORTUNITY__DELIVERABLES:
				getDeliverables().clear();
				getDeliverables().addAll((Collection<? extends Deliverable>)newValue);
				return;
			case SalesPackage.OPPORTUNITY__QUOTES:
				getQuotes().clear();
				getQuotes().addAll((Collection<? extends Quote>)newValue);
				return;
			case SalesPackage.OPPORTUNITY__CONTRACT:
				setContract((Contract)newValue);
				return;
			case SalesPackage.OPPORTUNITY__FORECAST_CATEGORY:
				setForecastCategory((ForecastCategory)newValue);
				return;
			case SalesPackage.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS:
				getRiskAcknowledgements().clear();
				getRiskAcknowledgements().addAll((Collection<? extends RiskAcknowledgement>)newValue);
				return;
			case SalesPackage.OPPORTUNITY__COMPETITOR_SIGHTINGS:
				getCompetitorSightings().clear();
				getCompetitorSightings().addAll((Collection<? extends CompetitorSighting>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SalesPackage.OPPORTUNITY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case SalesPackage.OPPORTUNITY__STAGE:
				setStage((Stage)null);
				return;
			case SalesPackage.OPPORTUNITY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__EXPECTED_CLOSE:
				setExpectedClose(EXPECTED_CLOSE_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__CLOSED_AT:
				setClosedAt(CLOSED_AT_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__COMPETITORS:
				getCompetitors().clear();
				return;
			case SalesPackage.OPPORTUNITY__RISKS:
				getRisks().clear();
				return;
			case SalesPackage.OPPORTUNITY__LOST_REASON:
				setLostReason(LOST_REASON_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__WINNING_COMPETITOR:
				setWinningCompetitor(WINNING_COMPETITOR_EDEFAULT);
				return;
			case SalesPackage.OPPORTUNITY__STAGE_HISTORY:
				getStageHistory().clear();
				return;
			case SalesPackage.OPPORTUNITY__TEAM:
				setTeam((Team)null);
				return;
			case SalesPackage.OPPORTUNITY__ACTIVITIES:
				getActivities().clear();
				return;
			case SalesPackage.OPPORTUNITY__DELIVERABLES:
				getDeliverables().clear();
				return;
			case SalesPackage.OPPORTUNITY__QUOTES:
				getQuotes().clear();
				return;
			case SalesPackage.OPPORTUNITY__CONTRACT:
				setContract((Contract)null);
				return;
			case SalesPackage.OPPORTUNITY__FORECAST_CATEGORY:
				unsetForecastCategory();
				return;
			case SalesPackage.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS:
				getRiskAcknowledgements().clear();
				return;
			case SalesPackage.OPPORTUNITY__COMPETITOR_SIGHTINGS:
				getCompetitorSightings().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SalesPackage.OPPORTUNITY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SalesPackage.OPPORTUNITY__CUSTOMER:
				return customer != null;
			case SalesPackage.OPPORTUNITY__STAGE:
				return stage != null;
			case SalesPackage.OPPORTUNITY__STATUS:
				return status != STATUS_EDEFAULT;
			case SalesPackage.OPPORTUNITY__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case SalesPackage.OPPORTUNITY__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case SalesPackage.OPPORTUNITY__EXPECTED_CLOSE:
				return EXPECTED_CLOSE_EDEFAULT == null ? expectedClose != null : !EXPECTED_CLOSE_EDEFAULT.equals(expectedClose);
			case SalesPackage.OPPORTUNITY__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case SalesPackage.OPPORTUNITY__CLOSED_AT:
				return CLOSED_AT_EDEFAULT == null ? closedAt != null : !CLOSED_AT_EDEFAULT.equals(closedAt);
			case SalesPackage.OPPORTUNITY__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case SalesPackage.OPPORTUNITY__COMPETITORS:
				return competitors != null && !competitors.isEmpty();
			case SalesPackage.OPPORTUNITY__RISKS:
				return risks != null && !risks.isEmpty();
			case SalesPackage.OPPORTUNITY__LOST_REASON:
				return LOST_REASON_EDEFAULT == null ? lostReason != null : !LOST_REASON_EDEFAULT.equals(lostReason);
			case SalesPackage.OPPORTUNITY__WINNING_COMPETITOR:
				return WINNING_COMPETITOR_EDEFAULT == null ? winningCompetitor != null : !WINNING_COMPETITOR_EDEFAULT.equals(winningCompetitor);
			case SalesPackage.OPPORTUNITY__STAGE_HISTORY:
				return stageHistory != null && !stageHistory.isEmpty();
			case SalesPackage.OPPORTUNITY__TEAM:
				return team != null;
			case SalesPackage.OPPORTUNITY__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case SalesPackage.OPPORTUNITY__DELIVERABLES:
				return deliverables != null && !deliverables.isEmpty();
			case SalesPackage.OPPORTUNITY__QUOTES:
				return quotes != null && !quotes.isEmpty();
			case SalesPackage.OPPORTUNITY__CONTRACT:
				return contract != null;
			case SalesPackage.OPPORTUNITY__FORECAST_CATEGORY:
				return isSetForecastCategory();
			case SalesPackage.OPPORTUNITY__RISK_ACKNOWLEDGEMENTS:
				return riskAcknowledgements != null && !riskAcknowledgements.isEmpty();
			case SalesPackage.OPPORTUNITY__COMPETITOR_SIGHTINGS:
				return competitorSightings != null && !competitorSightings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SalesPackage.OPPORTUNITY___LOST_HAS_REASON__DIAGNOSTICCHAIN_MAP:
				return lostHasReason((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.OPPORTUNITY___CLOSED_HAS_DATE__DIAGNOSTICCHAIN_MAP:
				return closedHasDate((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.OPPORTUNITY___AMOUNT_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return amountNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", status: ");
		result.append(status);
		result.append(", amount: ");
		result.append(amount);
		result.append(", probability: ");
		result.append(probability);
		result.append(", expectedClose: ");
		result.append(expectedClose);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", closedAt: ");
		result.append(closedAt);
		result.append(", source: ");
		result.append(source);
		result.append(", competitors: ");
		result.append(competitors);
		result.append(", risks: ");
		result.append(risks);
		result.append(", lostReason: ");
		result.append(lostReason);
		result.append(", winningCompetitor: ");
		result.append(winningCompetitor);
		result.append(", forecastCategory: ");
		if (forecastCategoryESet) result.append(forecastCategory); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //OpportunityImpl
