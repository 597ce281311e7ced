/**
 */
package org.bidbench.sales.model.util;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.bidbench.sales.model.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.bidbench.sales.model.SalesPackage
 * @generated
 */
public class SalesValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final SalesValidator INSTANCE = new SalesValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.bidbench.sales.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Lost Has Reason' of 'Opportunity'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OPPORTUNITY__LOST_HAS_REASON = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Closed Has Date' of 'Opportunity'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OPPORTUNITY__CLOSED_HAS_DATE = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Amount Not Negative' of 'Opportunity'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int OPPORTUNITY__AMOUNT_NOT_NEGATIVE = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Deadline Not Negative' of 'Gate'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int GATE__DEADLINE_NOT_NEGATIVE = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Deliverable Gate Names Type' of 'Gate'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int GATE__DELIVERABLE_GATE_NAMES_TYPE = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Superseded Has Successor' of 'Quote'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int QUOTE__SUPERSEDED_HAS_SUCCESSOR = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Lines In Quote Currency' of 'Quote'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int QUOTE__LINES_IN_QUOTE_CURRENCY = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Quantity Not Negative' of 'Quote Line'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int QUOTE_LINE__QUANTITY_NOT_NEGATIVE = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Discount In Range' of 'Quote Line'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int QUOTE_LINE__DISCOUNT_IN_RANGE = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Priced Above Cost' of 'Quote Line'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int QUOTE_LINE__PRICED_ABOVE_COST = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Validity Ordered' of 'Catalog Item'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CATALOG_ITEM__VALIDITY_ORDERED = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Price Rule Complete' of 'Catalog Item'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CATALOG_ITEM__PRICE_RULE_COMPLETE = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Milestones Match Value' of 'Contract'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONTRACT__MILESTONES_MATCH_VALUE = 13;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Collected Not Above Amount' of 'Payment Milestone'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PAYMENT_MILESTONE__COLLECTED_NOT_ABOVE_AMOUNT = 14;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Collected After Invoice' of 'Payment Milestone'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PAYMENT_MILESTONE__COLLECTED_AFTER_INVOICE = 15;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Score In Range' of 'Nps Answer'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int NPS_ANSWER__SCORE_IN_RANGE = 16;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 16;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SalesValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return SalesPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case SalesPackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case SalesPackage.SALES_WORKSPACE:
				return validateSalesWorkspace((SalesWorkspace)value, diagnostics, context);
			case SalesPackage.EMPLOYEE:
				return validateEmployee((Employee)value, diagnostics, context);
			case SalesPackage.CUSTOMER:
				return validateCustomer((Customer)value, diagnostics, context);
			case SalesPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case SalesPackage.LEAD:
				return validateLead((Lead)value, diagnostics, context);
			case SalesPackage.OPPORTUNITY:
				return validateOpportunity((Opportunity)value, diagnostics, context);
			case SalesPackage.STAGE_CHANGE:
				return validateStageChange((StageChange)value, diagnostics, context);
			case SalesPackage.TEAM:
				return validateTeam((Team)value, diagnostics, context);
			case SalesPackage.ACTIVITY:
				return validateActivity((Activity)value, diagnostics, context);
			case SalesPackage.FOLLOW_UP_TASK:
				return validateFollowUpTask((FollowUpTask)value, diagnostics, context);
			case SalesPackage.SALES_PROCESS:
				return validateSalesProcess((SalesProcess)value, diagnostics, context);
			case SalesPackage.STAGE:
				return validateStage((Stage)value, diagnostics, context);
			case SalesPackage.GATE:
				return validateGate((Gate)value, diagnostics, context);
			case SalesPackage.APPROVAL_RULE:
				return validateApprovalRule((ApprovalRule)value, diagnostics, context);
			case SalesPackage.DELIVERABLE:
				return validateDeliverable((Deliverable)value, diagnostics, context);
			case SalesPackage.QUOTE:
				return validateQuote((Quote)value, diagnostics, context);
			case SalesPackage.QUOTE_LINE:
				return validateQuoteLine((QuoteLine)value, diagnostics, context);
			case SalesPackage.APPROVAL:
				return validateApproval((Approval)value, diagnostics, context);
			case SalesPackage.PRICE_CATALOG:
				return validatePriceCatalog((PriceCatalog)value, diagnostics, context);
			case SalesPackage.CATALOG_ITEM:
				return validateCatalogItem((CatalogItem)value, diagnostics, context);
			case SalesPackage.MARGIN_FLOOR:
				return validateMarginFloor((MarginFloor)value, diagnostics, context);
			case SalesPackage.CONTRACT:
				return validateContract((Contract)value, diagnostics, context);
			case SalesPackage.PAYMENT_MILESTONE:
				return validatePaymentMilestone((PaymentMilestone)value, diagnostics, context);
			case SalesPackage.CHANGE_ORDER:
				return validateChangeOrder((ChangeOrder)value, diagnostics, context);
			case SalesPackage.NPS_ANSWER:
				return validateNpsAnswer((NpsAnswer)value, diagnostics, context);
			case SalesPackage.RISK_ACKNOWLEDGEMENT:
				return validateRiskAcknowledgement((RiskAcknowledgement)value, diagnostics, context);
			case SalesPackage.COMPETITOR_SIGHTING:
				return validateCompetitorSighting((CompetitorSighting)value, diagnostics, context);
			case SalesPackage.KPI_TARGET:
				return validateKpiTarget((KpiTarget)value, diagnostics, context);
			case SalesPackage.QUOTE_FLAG:
				return validateQuoteFlag((QuoteFlag)value, diagnostics, context);
			case SalesPackage.PAYMENT_SHARE:
				return validatePaymentShare((PaymentShare)value, diagnostics, context);
			case SalesPackage.EMPLOYEE_ROLE:
				return validateEmployeeRole((EmployeeRole)value, diagnostics, context);
			case SalesPackage.CUSTOMER_TIER:
				return validateCustomerTier((CustomerTier)value, diagnostics, context);
			case SalesPackage.BUYING_ROLE:
				return validateBuyingRole((BuyingRole)value, diagnostics, context);
			case SalesPackage.ATTITUDE:
				return validateAttitude((Attitude)value, diagnostics, context);
			case SalesPackage.LEAD_STATUS:
				return validateLeadStatus((LeadStatus)value, diagnostics, context);
			case SalesPackage.OPPORTUNITY_STATUS:
				return validateOpportunityStatus((OpportunityStatus)value, diagnostics, context);
			case SalesPackage.ACTIVITY_KIND:
				return validateActivityKind((ActivityKind)value, diagnostics, context);
			case SalesPackage.GATE_KIND:
				return validateGateKind((GateKind)value, diagnostics, context);
			case SalesPackage.GATE_EVENT:
				return validateGateEvent((GateEvent)value, diagnostics, context);
			case SalesPackage.DELIVERABLE_STATUS:
				return validateDeliverableStatus((DeliverableStatus)value, diagnostics, context);
			case SalesPackage.QUOTE_STATUS:
				return validateQuoteStatus((QuoteStatus)value, diagnostics, context);
			case SalesPackage.VERDICT:
				return validateVerdict((Verdict)value, diagnostics, context);
			case SalesPackage.PRICE_RULE:
				return validatePriceRule((PriceRule)value, diagnostics, context);
			case SalesPackage.CHANGE_ORDER_STATUS:
				return validateChangeOrderStatus((ChangeOrderStatus)value, diagnostics, context);
			case SalesPackage.FORECAST_CATEGORY:
				return validateForecastCategory((ForecastCategory)value, diagnostics, context);
			case SalesPackage.FLAG_SEVERITY:
				return validateFlagSeverity((FlagSeverity)value, diagnostics, context);
			case SalesPackage.MONEY:
				return validateMoney((Money)value, diagnostics, context);
			case SalesPackage.INSTANT:
				return validateInstant((Instant)value, diagnostics, context);
			case SalesPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSalesWorkspace(SalesWorkspace salesWorkspace, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(salesWorkspace, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmployee(Employee employee, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(employee, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomer(Customer customer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(customer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLead(Lead lead, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lead, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunity(Opportunity opportunity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(opportunity, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validateOpportunity_lostHasReason(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validateOpportunity_closedHasDate(opportunity, diagnostics, context);
		if (result || diagnostics != null) result &= validateOpportunity_amountNotNegative(opportunity, diagnostics, context);
		return result;
	}

	/**
	 * Validates the lostHasReason constraint of '<em>Opportunity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunity_lostHasReason(Opportunity opportunity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return opportunity.lostHasReason(diagnostics, context);
	}

	/**
	 * Validates the closedHasDate constraint of '<em>Opportunity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunity_closedHasDate(Opportunity opportunity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return opportunity.closedHasDate(diagnostics, context);
	}

	/**
	 * Validates the amountNotNegative constraint of '<em>Opportunity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunity_amountNotNegative(Opportunity opportunity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return opportunity.amountNotNegative(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStageChange(StageChange stageChange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stageChange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeam(Team team, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(team, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivity(Activity activity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(activity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFollowUpTask(FollowUpTask followUpTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(followUpTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSalesProcess(SalesProcess salesProcess, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(salesProcess, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStage(Stage stage, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stage, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGate(Gate gate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(gate, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validateGate_deadlineNotNegative(gate, diagnostics, context);
		if (result || diagnostics != null) result &= validateGate_deliverableGateNamesType(gate, diagnostics, context);
		return result;
	}

	/**
	 * Validates the deadlineNotNegative constraint of '<em>Gate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGate_deadlineNotNegative(Gate gate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return gate.deadlineNotNegative(diagnostics, context);
	}

	/**
	 * Validates the deliverableGateNamesType constraint of '<em>Gate</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGate_deliverableGateNamesType(Gate gate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return gate.deliverableGateNamesType(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApprovalRule(ApprovalRule approvalRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(approvalRule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeliverable(Deliverable deliverable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(deliverable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuote(Quote quote, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(quote, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validateQuote_supersededHasSuccessor(quote, diagnostics, context);
		if (result || diagnostics != null) result &= validateQuote_linesInQuoteCurrency(quote, diagnostics, context);
		return result;
	}

	/**
	 * Validates the supersededHasSuccessor constraint of '<em>Quote</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuote_supersededHasSuccessor(Quote quote, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return quote.supersededHasSuccessor(diagnostics, context);
	}

	/**
	 * Validates the linesInQuoteCurrency constraint of '<em>Quote</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuote_linesInQuoteCurrency(Quote quote, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return quote.linesInQuoteCurrency(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuoteLine(QuoteLine quoteLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(quoteLine, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateQuoteLine_quantityNotNegative(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateQuoteLine_discountInRange(quoteLine, diagnostics, context);
		if (result || diagnostics != null) result &= validateQuoteLine_pricedAboveCost(quoteLine, diagnostics, context);
		return result;
	}

	/**
	 * Validates the quantityNotNegative constraint of '<em>Quote Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuoteLine_quantityNotNegative(QuoteLine quoteLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return quoteLine.quantityNotNegative(diagnostics, context);
	}

	/**
	 * Validates the discountInRange constraint of '<em>Quote Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuoteLine_discountInRange(QuoteLine quoteLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return quoteLine.discountInRange(diagnostics, context);
	}

	/**
	 * Validates the pricedAboveCost constraint of '<em>Quote Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuoteLine_pricedAboveCost(QuoteLine quoteLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return quoteLine.pricedAboveCost(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApproval(Approval approval, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(approval, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriceCatalog(PriceCatalog priceCatalog, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(priceCatalog, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatalogItem(CatalogItem catalogItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(catalogItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateCatalogItem_validityOrdered(catalogItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateCatalogItem_priceRuleComplete(catalogItem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the validityOrdered constraint of '<em>Catalog Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatalogItem_validityOrdered(CatalogItem catalogItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return catalogItem.validityOrdered(diagnostics, context);
	}

	/**
	 * Validates the priceRuleComplete constraint of '<em>Catalog Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCatalogItem_priceRuleComplete(CatalogItem catalogItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return catalogItem.priceRuleComplete(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMarginFloor(MarginFloor marginFloor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(marginFloor, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContract(Contract contract, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(contract, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(contract, diagnostics, context);
		if (result || diagnostics != null) result &= validateContract_milestonesMatchValue(contract, diagnostics, context);
		return result;
	}

	/**
	 * Validates the milestonesMatchValue constraint of '<em>Contract</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContract_milestonesMatchValue(Contract contract, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return contract.milestonesMatchValue(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePaymentMilestone(PaymentMilestone paymentMilestone, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(paymentMilestone, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validatePaymentMilestone_collectedNotAboveAmount(paymentMilestone, diagnostics, context);
		if (result || diagnostics != null) result &= validatePaymentMilestone_collectedAfterInvoice(paymentMilestone, diagnostics, context);
		return result;
	}

	/**
	 * Validates the collectedNotAboveAmount constraint of '<em>Payment Milestone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePaymentMilestone_collectedNotAboveAmount(PaymentMilestone paymentMilestone, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return paymentMilestone.collectedNotAboveAmount(diagnostics, context);
	}

	/**
	 * Validates the collectedAfterInvoice constraint of '<em>Payment Milestone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePaymentMilestone_collectedAfterInvoice(PaymentMilestone paymentMilestone, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return paymentMilestone.collectedAfterInvoice(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChangeOrder(ChangeOrder changeOrder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(changeOrder, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNpsAnswer(NpsAnswer npsAnswer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(npsAnswer, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(npsAnswer, diagnostics, context);
		if (result || diagnostics != null) result &= validateNpsAnswer_scoreInRange(npsAnswer, diagnostics, context);
		return result;
	}

	/**
	 * Validates the scoreInRange constraint of '<em>Nps Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNpsAnswer_scoreInRange(NpsAnswer npsAnswer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return npsAnswer.scoreInRange(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRiskAcknowledgement(RiskAcknowledgement riskAcknowledgement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(riskAcknowledgement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompetitorSighting(CompetitorSighting competitorSighting, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(competitorSighting, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiTarget(KpiTarget kpiTarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(kpiTarget, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuoteFlag(QuoteFlag quoteFlag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(quoteFlag, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePaymentShare(PaymentShare paymentShare, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(paymentShare, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmployeeRole(EmployeeRole employeeRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCustomerTier(CustomerTier customerTier, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBuyingRole(BuyingRole buyingRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttitude(Attitude attitude, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLeadStatus(LeadStatus leadStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOpportunityStatus(OpportunityStatus opportunityStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivityKind(ActivityKind activityKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGateKind(GateKind gateKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGateEvent(GateEvent gateEvent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeliverableStatus(DeliverableStatus deliverableStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateQuoteStatus(QuoteStatus quoteStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVerdict(Verdict verdict, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePriceRule(PriceRule priceRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChangeOrderStatus(ChangeOrderStatus changeOrderStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateForecastCategory(ForecastCategory forecastCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlagSeverity(FlagSeverity flagSeverity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMoney(Money money, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstant(Instant instant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //SalesValidator
