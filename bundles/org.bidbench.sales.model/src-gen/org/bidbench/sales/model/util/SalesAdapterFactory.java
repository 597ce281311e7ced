/**
 */
package org.bidbench.sales.model.util;

import org.bidbench.sales.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.bidbench.sales.model.SalesPackage
 * @generated
 */
public class SalesAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SalesPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SalesAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SalesPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SalesSwitch<Adapter> modelSwitch =
		new SalesSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseSalesWorkspace(SalesWorkspace object) {
				return createSalesWorkspaceAdapter();
			}
			@Override
			public Adapter caseEmployee(Employee object) {
				return createEmployeeAdapter();
			}
			@Override
			public Adapter caseCustomer(Customer object) {
				return createCustomerAdapter();
			}
			@Override
			public Adapter caseContact(Contact object) {
				return createContactAdapter();
			}
			@Override
			public Adapter caseLead(Lead object) {
				return createLeadAdapter();
			}
			@Override
			public Adapter caseOpportunity(Opportunity object) {
				return createOpportunityAdapter();
			}
			@Override
			public Adapter caseStageChange(StageChange object) {
				return createStageChangeAdapter();
			}
			@Override
			public Adapter caseTeam(Team object) {
				return createTeamAdapter();
			}
			@Override
			public Adapter caseActivity(Activity object) {
				return createActivityAdapter();
			}
			@Override
			public Adapter caseFollowUpTask(FollowUpTask object) {
				return createFollowUpTaskAdapter();
			}
			@Override
			public Adapter caseSalesProcess(SalesProcess object) {
				return createSalesProcessAdapter();
			}
			@Override
			public Adapter caseStage(Stage object) {
				return createStageAdapter();
			}
			@Override
			public Adapter caseGate(Gate object) {
				return createGateAdapter();
			}
			@Override
			public Adapter caseApprovalRule(ApprovalRule object) {
				return createApprovalRuleAdapter();
			}
			@Override
			public Adapter caseDeliverable(Deliverable object) {
				return createDeliverableAdapter();
			}
			@Override
			public Adapter caseQuote(Quote object) {
				return createQuoteAdapter();
			}
			@Override
			public Adapter caseQuoteLine(QuoteLine object) {
				return createQuoteLineAdapter();
			}
			@Override
			public Adapter caseApproval(Approval object) {
				return createApprovalAdapter();
			}
			@Override
			public Adapter casePriceCatalog(PriceCatalog object) {
				return createPriceCatalogAdapter();
			}
			@Override
			public Adapter caseCatalogItem(CatalogItem object) {
				return createCatalogItemAdapter();
			}
			@Override
			public Adapter caseMarginFloor(MarginFloor object) {
				return createMarginFloorAdapter();
			}
			@Override
			public Adapter caseContract(Contract object) {
				return createContractAdapter();
			}
			@Override
			public Adapter casePaymentMilestone(PaymentMilestone object) {
				return createPaymentMilestoneAdapter();
			}
			@Override
			public Adapter caseChangeOrder(ChangeOrder object) {
				return createChangeOrderAdapter();
			}
			@Override
			public Adapter caseNpsAnswer(NpsAnswer object) {
				return createNpsAnswerAdapter();
			}
			@Override
			public Adapter caseRiskAcknowledgement(RiskAcknowledgement object) {
				return createRiskAcknowledgementAdapter();
			}
			@Override
			public Adapter caseCompetitorSighting(CompetitorSighting object) {
				return createCompetitorSightingAdapter();
			}
			@Override
			public Adapter caseKpiTarget(KpiTarget object) {
				return createKpiTargetAdapter();
			}
			@Override
			public Adapter caseQuoteFlag(QuoteFlag object) {
				return createQuoteFlagAdapter();
			}
			@Override
			public Adapter casePaymentShare(PaymentShare object) {
				return createPaymentShareAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.SalesWorkspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.SalesWorkspace
	 * @generated
	 */
	public Adapter createSalesWorkspaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Employee <em>Employee</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Employee
	 * @generated
	 */
	public Adapter createEmployeeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Customer
	 * @generated
	 */
	public Adapter createCustomerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Contact
	 * @generated
	 */
	public Adapter createContactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Lead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Lead
	 * @generated
	 */
	public Adapter createLeadAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Opportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Opportunity
	 * @generated
	 */
	public Adapter createOpportunityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.StageChange <em>Stage Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.StageChange
	 * @generated
	 */
	public Adapter createStageChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Team
	 * @generated
	 */
	public Adapter createTeamAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Activity
	 * @generated
	 */
	public Adapter createActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.FollowUpTask <em>Follow Up Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.FollowUpTask
	 * @generated
	 */
	public Adapter createFollowUpTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.SalesProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.SalesProcess
	 * @generated
	 */
	public Adapter createSalesProcessAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Stage
	 * @generated
	 */
	public Adapter createStageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Gate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Gate
	 * @generated
	 */
	public Adapter createGateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.ApprovalRule <em>Approval Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.ApprovalRule
	 * @generated
	 */
	public Adapter createApprovalRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Deliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Deliverable
	 * @generated
	 */
	public Adapter createDeliverableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Quote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Quote
	 * @generated
	 */
	public Adapter createQuoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.QuoteLine <em>Quote Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.QuoteLine
	 * @generated
	 */
	public Adapter createQuoteLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Approval
	 * @generated
	 */
	public Adapter createApprovalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.PriceCatalog <em>Price Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.PriceCatalog
	 * @generated
	 */
	public Adapter createPriceCatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.CatalogItem <em>Catalog Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.CatalogItem
	 * @generated
	 */
	public Adapter createCatalogItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.MarginFloor <em>Margin Floor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.MarginFloor
	 * @generated
	 */
	public Adapter createMarginFloorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.Contract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.Contract
	 * @generated
	 */
	public Adapter createContractAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.PaymentMilestone <em>Payment Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.PaymentMilestone
	 * @generated
	 */
	public Adapter createPaymentMilestoneAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.ChangeOrder <em>Change Order</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.ChangeOrder
	 * @generated
	 */
	public Adapter createChangeOrderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.NpsAnswer <em>Nps Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.NpsAnswer
	 * @generated
	 */
	public Adapter createNpsAnswerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.RiskAcknowledgement <em>Risk Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.RiskAcknowledgement
	 * @generated
	 */
	public Adapter createRiskAcknowledgementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.CompetitorSighting <em>Competitor Sighting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.CompetitorSighting
	 * @generated
	 */
	public Adapter createCompetitorSightingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.KpiTarget <em>Kpi Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.KpiTarget
	 * @generated
	 */
	public Adapter createKpiTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.QuoteFlag <em>Quote Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.QuoteFlag
	 * @generated
	 */
	public Adapter createQuoteFlagAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.bidbench.sales.model.PaymentShare <em>Payment Share</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.bidbench.sales.model.PaymentShare
	 * @generated
	 */
	public Adapter createPaymentShareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SalesAdapterFactory
