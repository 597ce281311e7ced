/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.bidbench.sales.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SalesFactoryImpl extends EFactoryImpl implements SalesFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SalesFactory init() {
		try {
			SalesFactory theSalesFactory = (SalesFactory)EPackage.Registry.INSTANCE.getEFactory(SalesPackage.eNS_URI);
			if (theSalesFactory != null) {
				return theSalesFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SalesFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SalesFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SalesPackage.SALES_WORKSPACE: return createSalesWorkspace();
			case SalesPackage.EMPLOYEE: return createEmployee();
			case SalesPackage.CUSTOMER: return createCustomer();
			case SalesPackage.CONTACT: return createContact();
			case SalesPackage.LEAD: return createLead();
			case SalesPackage.OPPORTUNITY: return createOpportunity();
			case SalesPackage.STAGE_CHANGE: return createStageChange();
			case SalesPackage.TEAM: return createTeam();
			case SalesPackage.ACTIVITY: return createActivity();
			case SalesPackage.FOLLOW_UP_TASK: return createFollowUpTask();
			case SalesPackage.SALES_PROCESS: return createSalesProcess();
			case SalesPackage.STAGE: return createStage();
			case SalesPackage.GATE: return createGate();
			case SalesPackage.APPROVAL_RULE: return createApprovalRule();
			case SalesPackage.DELIVERABLE: return createDeliverable();
			case SalesPackage.QUOTE: return createQuote();
			case SalesPackage.QUOTE_LINE: return createQuoteLine();
			case SalesPackage.APPROVAL: return createApproval();
			case SalesPackage.PRICE_CATALOG: return createPriceCatalog();
			case SalesPackage.CATALOG_ITEM: return createCatalogItem();
			case SalesPackage.MARGIN_FLOOR: return createMarginFloor();
			case SalesPackage.CONTRACT: return createContract();
			case SalesPackage.PAYMENT_MILESTONE: return createPaymentMilestone();
			case SalesPackage.CHANGE_ORDER: return createChangeOrder();
			case SalesPackage.NPS_ANSWER: return createNpsAnswer();
			case SalesPackage.RISK_ACKNOWLEDGEMENT: return createRiskAcknowledgement();
			case SalesPackage.COMPETITOR_SIGHTING: return createCompetitorSighting();
			case SalesPackage.KPI_TARGET: return createKpiTarget();
			case SalesPackage.QUOTE_FLAG: return createQuoteFlag();
			case SalesPackage.PAYMENT_SHARE: return createPaymentShare();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SalesPackage.EMPLOYEE_ROLE:
				return createEmployeeRoleFromString(eDataType, initialValue);
			case SalesPackage.CUSTOMER_TIER:
				return createCustomerTierFromString(eDataType, initialValue);
			case SalesPackage.BUYING_ROLE:
				return createBuyingRoleFromString(eDataType, initialValue);
			case SalesPackage.ATTITUDE:
				return createAttitudeFromString(eDataType, initialValue);
			case SalesPackage.LEAD_STATUS:
				return createLeadStatusFromString(eDataType, initialValue);
			case SalesPackage.OPPORTUNITY_STATUS:
				return createOpportunityStatusFromString(eDataType, initialValue);
			case SalesPackage.ACTIVITY_KIND:
				return createActivityKindFromString(eDataType, initialValue);
			case SalesPackage.GATE_KIND:
				return createGateKindFromString(eDataType, initialValue);
			case SalesPackage.GATE_EVENT:
				return createGateEventFromString(eDataType, initialValue);
			case SalesPackage.DELIVERABLE_STATUS:
				return createDeliverableStatusFromString(eDataType, initialValue);
			case SalesPackage.QUOTE_STATUS:
				return createQuoteStatusFromString(eDataType, initialValue);
			case SalesPackage.VERDICT:
				return createVerdictFromString(eDataType, initialValue);
			case SalesPackage.PRICE_RULE:
				return createPriceRuleFromString(eDataType, initialValue);
			case SalesPackage.CHANGE_ORDER_STATUS:
				return createChangeOrderStatusFromString(eDataType, initialValue);
			case SalesPackage.FORECAST_CATEGORY:
				return createForecastCategoryFromString(eDataType, initialValue);
			case SalesPackage.FLAG_SEVERITY:
				return createFlagSeverityFromString(eDataType, initialValue);
			case SalesPackage.MONEY:
				return createMoneyFromString(eDataType, initialValue);
			case SalesPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			case SalesPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SalesPackage.EMPLOYEE_ROLE:
				return convertEmployeeRoleToString(eDataType, instanceValue);
			case SalesPackage.CUSTOMER_TIER:
				return convertCustomerTierToString(eDataType, instanceValue);
			case SalesPackage.BUYING_ROLE:
				return convertBuyingRoleToString(eDataType, instanceValue);
			case SalesPackage.ATTITUDE:
				return convertAttitudeToString(eDataType, instanceValue);
			case SalesPackage.LEAD_STATUS:
				return convertLeadStatusToString(eDataType, instanceValue);
			case SalesPackage.OPPORTUNITY_STATUS:
				return convertOpportunityStatusToString(eDataType, instanceValue);
			case SalesPackage.ACTIVITY_KIND:
				return convertActivityKindToString(eDataType, instanceValue);
			case SalesPackage.GATE_KIND:
				return convertGateKindToString(eDataType, instanceValue);
			case SalesPackage.GATE_EVENT:
				return convertGateEventToString(eDataType, instanceValue);
			case SalesPackage.DELIVERABLE_STATUS:
				return convertDeliverableStatusToString(eDataType, instanceValue);
			case SalesPackage.QUOTE_STATUS:
				return convertQuoteStatusToString(eDataType, instanceValue);
			case SalesPackage.VERDICT:
				return convertVerdictToString(eDataType, instanceValue);
			case SalesPackage.PRICE_RULE:
				return convertPriceRuleToString(eDataType, instanceValue);
			case SalesPackage.CHANGE_ORDER_STATUS:
				return convertChangeOrderStatusToString(eDataType, instanceValue);
			case SalesPackage.FORECAST_CATEGORY:
				return convertForecastCategoryToString(eDataType, instanceValue);
			case SalesPackage.FLAG_SEVERITY:
				return convertFlagSeverityToString(eDataType, instanceValue);
			case SalesPackage.MONEY:
				return convertMoneyToString(eDataType, instanceValue);
			case SalesPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			case SalesPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SalesWorkspace createSalesWorkspace() {
		SalesWorkspaceImpl salesWorkspace = new SalesWorkspaceImpl();
		return salesWorkspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee createEmployee() {
		EmployeeImpl employee = new EmployeeImpl();
		return employee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer createCustomer() {
		CustomerImpl customer = new CustomerImpl();
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact createContact() {
		ContactImpl contact = new ContactImpl();
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lead createLead() {
		LeadImpl lead = new LeadImpl();
		return lead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Opportunity createOpportunity() {
		OpportunityImpl opportunity = new OpportunityImpl();
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageChange createStageChange() {
		StageChangeImpl stageChange = new StageChangeImpl();
		return stageChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team createTeam() {
		TeamImpl team = new TeamImpl();
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity createActivity() {
		ActivityImpl activity = new ActivityImpl();
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUpTask createFollowUpTask() {
		FollowUpTaskImpl followUpTask = new FollowUpTaskImpl();
		return followUpTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SalesProcess createSalesProcess() {
		SalesProcessImpl salesProcess = new SalesProcessImpl();
		return salesProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage createStage() {
		StageImpl stage = new StageImpl();
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gate createGate() {
		GateImpl gate = new GateImpl();
		return gate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovalRule createApprovalRule() {
		ApprovalRuleImpl approvalRule = new ApprovalRuleImpl();
		return approvalRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Deliverable createDeliverable() {
		DeliverableImpl deliverable = new DeliverableImpl();
		return deliverable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quote createQuote() {
		QuoteImpl quote = new QuoteImpl();
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuoteLine createQuoteLine() {
		QuoteLineImpl quoteLine = new QuoteLineImpl();
		return quoteLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approval createApproval() {
		ApprovalImpl approval = new ApprovalImpl();
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriceCatalog createPriceCatalog() {
		PriceCatalogImpl priceCatalog = new PriceCatalogImpl();
		return priceCatalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CatalogItem createCatalogItem() {
		CatalogItemImpl catalogItem = new CatalogItemImpl();
		return catalogItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarginFloor createMarginFloor() {
		MarginFloorImpl marginFloor = new MarginFloorImpl();
		return marginFloor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contract createContract() {
		ContractImpl contract = new ContractImpl();
		return contract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PaymentMilestone createPaymentMilestone() {
		PaymentMilestoneImpl paymentMilestone = new PaymentMilestoneImpl();
		return paymentMilestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeOrder createChangeOrder() {
		ChangeOrderImpl changeOrder = new ChangeOrderImpl();
		return changeOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NpsAnswer createNpsAnswer() {
		NpsAnswerImpl npsAnswer = new NpsAnswerImpl();
		return npsAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskAcknowledgement createRiskAcknowledgement() {
		RiskAcknowledgementImpl riskAcknowledgement = new RiskAcknowledgementImpl();
		return riskAcknowledgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompetitorSighting createCompetitorSighting() {
		CompetitorSightingImpl competitorSighting = new CompetitorSightingImpl();
		return competitorSighting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiTarget createKpiTarget() {
		KpiTargetImpl kpiTarget = new KpiTargetImpl();
		return kpiTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuoteFlag createQuoteFlag() {
		QuoteFlagImpl quoteFlag = new QuoteFlagImpl();
		return quoteFlag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PaymentShare createPaymentShare() {
		PaymentShareImpl paymentShare = new PaymentShareImpl();
		return paymentShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EmployeeRole createEmployeeRoleFromString(EDataType eDataType, String initialValue) {
		EmployeeRole result = EmployeeRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEmployeeRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerTier createCustomerTierFromString(EDataType eDataType, String initialValue) {
		CustomerTier result = CustomerTier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCustomerTierToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BuyingRole createBuyingRoleFromString(EDataType eDataType, String initialValue) {
		BuyingRole result = BuyingRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBuyingRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Attitude createAttitudeFromString(EDataType eDataType, String initialValue) {
		Attitude result = Attitude.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttitudeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LeadStatus createLeadStatusFromString(EDataType eDataType, String initialValue) {
		LeadStatus result = LeadStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLeadStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpportunityStatus createOpportunityStatusFromString(EDataType eDataType, String initialValue) {
		OpportunityStatus result = OpportunityStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpportunityStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityKind createActivityKindFromString(EDataType eDataType, String initialValue) {
		ActivityKind result = ActivityKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivityKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GateKind createGateKindFromString(EDataType eDataType, String initialValue) {
		GateKind result = GateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GateEvent createGateEventFromString(EDataType eDataType, String initialValue) {
		GateEvent result = GateEvent.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGateEventToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeliverableStatus createDeliverableStatusFromString(EDataType eDataType, String initialValue) {
		DeliverableStatus result = DeliverableStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeliverableStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuoteStatus createQuoteStatusFromString(EDataType eDataType, String initialValue) {
		QuoteStatus result = QuoteStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuoteStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verdict createVerdictFromString(EDataType eDataType, String initialValue) {
		Verdict result = Verdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriceRule createPriceRuleFromString(EDataType eDataType, String initialValue) {
		PriceRule result = PriceRule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriceRuleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChangeOrderStatus createChangeOrderStatusFromString(EDataType eDataType, String initialValue) {
		ChangeOrderStatus result = ChangeOrderStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChangeOrderStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ForecastCategory createForecastCategoryFromString(EDataType eDataType, String initialValue) {
		ForecastCategory result = ForecastCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertForecastCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlagSeverity createFlagSeverityFromString(EDataType eDataType, String initialValue) {
		FlagSeverity result = FlagSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFlagSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Money createMoney(final String it) {
		return it == null ? null : org.bidbench.sales.model.Money.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Money createMoneyFromString(EDataType eDataType, String initialValue) {
		return createMoney(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMoney(final Money it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMoneyToString(EDataType eDataType, Object instanceValue) {
		return convertMoney((Money)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SalesPackage getSalesPackage() {
		return (SalesPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SalesPackage getPackage() {
		return SalesPackage.eINSTANCE;
	}

} //SalesFactoryImpl
