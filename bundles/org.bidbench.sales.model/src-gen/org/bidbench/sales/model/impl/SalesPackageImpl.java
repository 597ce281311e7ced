/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Attitude;
import org.bidbench.sales.model.BuyingRole;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.ChangeOrder;
import org.bidbench.sales.model.ChangeOrderStatus;
import org.bidbench.sales.model.CompetitorSighting;
import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.CustomerTier;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.GateEvent;
import org.bidbench.sales.model.GateKind;
import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.KpiTarget;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PaymentShare;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.RiskAcknowledgement;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;
import org.bidbench.sales.model.Verdict;

import org.bidbench.sales.model.util.SalesValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SalesPackageImpl extends EPackageImpl implements SalesPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass salesWorkspaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass employeeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass opportunityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass followUpTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass salesProcessEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approvalRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deliverableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quoteLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approvalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass priceCatalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass catalogItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass marginFloorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contractEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass paymentMilestoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass changeOrderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass npsAnswerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass riskAcknowledgementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass competitorSightingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quoteFlagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass paymentShareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum employeeRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum customerTierEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum buyingRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attitudeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum leadStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum opportunityStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gateEventEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum deliverableStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quoteStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priceRuleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeOrderStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum forecastCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum flagSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType moneyEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.bidbench.sales.model.SalesPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SalesPackageImpl() {
		super(eNS_URI, SalesFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SalesPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SalesPackage init() {
		if (isInited) return (SalesPackage)EPackage.Registry.INSTANCE.getEPackage(SalesPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSalesPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SalesPackageImpl theSalesPackage = registeredSalesPackage instanceof SalesPackageImpl ? (SalesPackageImpl)registeredSalesPackage : new SalesPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSalesPackage.createPackageContents();

		// Initialize created meta-data
		theSalesPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theSalesPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return SalesValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theSalesPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SalesPackage.eNS_URI, theSalesPackage);
		return theSalesPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSalesWorkspace() {
		return salesWorkspaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesWorkspace_Name() {
		return (EAttribute)salesWorkspaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesWorkspace_Currency() {
		return (EAttribute)salesWorkspaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_Process() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_Employees() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_Customers() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_Leads() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_Opportunities() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_PriceCatalogs() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_NpsAnswers() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesWorkspace_KpiTargets() {
		return (EReference)salesWorkspaceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmployee() {
		return employeeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployee_Name() {
		return (EAttribute)employeeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployee_Role() {
		return (EAttribute)employeeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployee_Region() {
		return (EAttribute)employeeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployee_Email() {
		return (EAttribute)employeeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmployee_Team() {
		return (EAttribute)employeeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomer() {
		return customerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Name() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Industry() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Region() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomer_Tier() {
		return (EAttribute)customerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomer_Contacts() {
		return (EReference)customerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Name() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Title() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Phone() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_BuyingRole() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Attitude() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLead() {
		return leadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_Title() {
		return (EAttribute)leadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_Source() {
		return (EAttribute)leadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_Region() {
		return (EAttribute)leadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_CreatedAt() {
		return (EAttribute)leadEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_Status() {
		return (EAttribute)leadEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLead_Customer() {
		return (EReference)leadEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLead_Owner() {
		return (EReference)leadEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLead_Opportunity() {
		return (EReference)leadEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_DropReason() {
		return (EAttribute)leadEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpportunity() {
		return opportunityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Name() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Customer() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Stage() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Status() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Amount() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Probability() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_ExpectedClose() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_CreatedAt() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_ClosedAt() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Source() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Competitors() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_Risks() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_LostReason() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_WinningCompetitor() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_StageHistory() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Team() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Activities() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Deliverables() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Quotes() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_Contract() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOpportunity_ForecastCategory() {
		return (EAttribute)opportunityEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_RiskAcknowledgements() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunity_CompetitorSightings() {
		return (EReference)opportunityEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOpportunity__LostHasReason__DiagnosticChain_Map() {
		return opportunityEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOpportunity__ClosedHasDate__DiagnosticChain_Map() {
		return opportunityEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOpportunity__AmountNotNegative__DiagnosticChain_Map() {
		return opportunityEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStageChange() {
		return stageChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStageChange_Stage() {
		return (EReference)stageChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageChange_EnteredAt() {
		return (EAttribute)stageChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStageChange_ChangedBy() {
		return (EReference)stageChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStageChange_Note() {
		return (EAttribute)stageChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeam() {
		return teamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_SalesLead() {
		return (EReference)teamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_TechnicalLead() {
		return (EReference)teamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_CommercialLead() {
		return (EReference)teamEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_ProjectManager() {
		return (EReference)teamEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Kind() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_At() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Subject() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Minutes() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Participants() {
		return (EReference)activityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Contacts() {
		return (EReference)activityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_FollowUps() {
		return (EReference)activityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFollowUpTask() {
		return followUpTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpTask_Description() {
		return (EAttribute)followUpTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFollowUpTask_Assignee() {
		return (EReference)followUpTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpTask_Due() {
		return (EAttribute)followUpTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpTask_Done() {
		return (EAttribute)followUpTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUpTask_DoneAt() {
		return (EAttribute)followUpTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSalesProcess() {
		return salesProcessEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesProcess_Name() {
		return (EAttribute)salesProcessEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSalesProcess_Version() {
		return (EAttribute)salesProcessEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesProcess_Stages() {
		return (EReference)salesProcessEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSalesProcess_QuoteApprovalRules() {
		return (EReference)salesProcessEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStage() {
		return stageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Name() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_LocalName() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_DefaultProbability() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Signed() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStage_Optional() {
		return (EAttribute)stageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStage_Gates() {
		return (EReference)stageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGate() {
		return gateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Name() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Description() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Kind() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_DeliverableType() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_ResponsibleRole() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_ReviewerRole() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Anchor() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_DeadlineHours() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGate__DeadlineNotNegative__DiagnosticChain_Map() {
		return gateEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGate__DeliverableGateNamesType__DiagnosticChain_Map() {
		return gateEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApprovalRule() {
		return approvalRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalRule_Role() {
		return (EAttribute)approvalRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalRule_Purpose() {
		return (EAttribute)approvalRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalRule_Sequence() {
		return (EAttribute)approvalRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalRule_DiscountAbove() {
		return (EAttribute)approvalRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeliverable() {
		return deliverableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_Type() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_Title() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliverable_Author() {
		return (EReference)deliverableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_SubmittedAt() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_Status() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliverable_Reviewer() {
		return (EReference)deliverableEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_ReviewedAt() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_Location() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeliverable_ReviewComment() {
		return (EAttribute)deliverableEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeliverable_Gate() {
		return (EReference)deliverableEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuote() {
		return quoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_Revision() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_Status() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_Currency() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_CreatedAt() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_ReleasedAt() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuote_Author() {
		return (EReference)quoteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_ValidUntil() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuote_PreviousRevision() {
		return (EReference)quoteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuote_NextRevision() {
		return (EReference)quoteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuote_Lines() {
		return (EReference)quoteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuote_Approvals() {
		return (EReference)quoteEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_TaxRatePercent() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_DiscountPercent() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuote_Flags() {
		return (EReference)quoteEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_TermsTemplate() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_TermsText() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuote_PaymentSchedule() {
		return (EReference)quoteEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_Exclusions() {
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getQuote__SupersededHasSuccessor__DiagnosticChain_Map() {
		return quoteEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getQuote__LinesInQuoteCurrency__DiagnosticChain_Map() {
		return quoteEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuoteLine() {
		return quoteLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_Key() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_CostItemCode() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_Description() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_Unit() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_Quantity() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_UnitCost() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_UnitPrice() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_DiscountPercent() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_GlobalIds() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_TakeoffLineId() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_ModelSha256() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_RulePackName() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_RulePackVersion() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_QuantitySource() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_Characteristics() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteLine_UnchangedByModelDiff() {
		return (EAttribute)quoteLineEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getQuoteLine__QuantityNotNegative__DiagnosticChain_Map() {
		return quoteLineEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getQuoteLine__DiscountInRange__DiagnosticChain_Map() {
		return quoteLineEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getQuoteLine__PricedAboveCost__DiagnosticChain_Map() {
		return quoteLineEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApproval() {
		return approvalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Role() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApproval_Approver() {
		return (EReference)approvalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_At() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Verdict() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Comment() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApproval_Lines() {
		return (EReference)approvalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_CarriedOver() {
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPriceCatalog() {
		return priceCatalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriceCatalog_Name() {
		return (EAttribute)priceCatalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriceCatalog_Currency() {
		return (EAttribute)priceCatalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriceCatalog_ValidFrom() {
		return (EAttribute)priceCatalogEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPriceCatalog_ValidTo() {
		return (EAttribute)priceCatalogEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriceCatalog_Items() {
		return (EReference)priceCatalogEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPriceCatalog_MarginFloors() {
		return (EReference)priceCatalogEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCatalogItem() {
		return catalogItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_Code() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_Description() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_Unit() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_Category() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_UnitCost() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_PriceRule() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_UnitPrice() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_MarginPercent() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_ValidFrom() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCatalogItem_ValidTo() {
		return (EAttribute)catalogItemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCatalogItem__ValidityOrdered__DiagnosticChain_Map() {
		return catalogItemEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCatalogItem__PriceRuleComplete__DiagnosticChain_Map() {
		return catalogItemEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMarginFloor() {
		return marginFloorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarginFloor_Category() {
		return (EAttribute)marginFloorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarginFloor_MinimumMarginPercent() {
		return (EAttribute)marginFloorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContract() {
		return contractEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_Number() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_SignedOn() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_Value() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContract_EstimatedCost() {
		return (EAttribute)contractEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContract_Quote() {
		return (EReference)contractEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContract_Milestones() {
		return (EReference)contractEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContract_ChangeOrders() {
		return (EReference)contractEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getContract__MilestonesMatchValue__DiagnosticChain_Map() {
		return contractEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPaymentMilestone() {
		return paymentMilestoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_Name() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_PlannedDate() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_Amount() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_DeliveredOn() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_InvoicedOn() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_DueDate() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_CollectedOn() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentMilestone_CollectedAmount() {
		return (EAttribute)paymentMilestoneEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPaymentMilestone__CollectedNotAboveAmount__DiagnosticChain_Map() {
		return paymentMilestoneEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPaymentMilestone__CollectedAfterInvoice__DiagnosticChain_Map() {
		return paymentMilestoneEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChangeOrder() {
		return changeOrderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeOrder_Description() {
		return (EAttribute)changeOrderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeOrder_RaisedOn() {
		return (EAttribute)changeOrderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeOrder_Amount() {
		return (EAttribute)changeOrderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeOrder_Status() {
		return (EAttribute)changeOrderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNpsAnswer() {
		return npsAnswerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNpsAnswer_Customer() {
		return (EReference)npsAnswerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNpsAnswer_Contact() {
		return (EReference)npsAnswerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNpsAnswer_Opportunity() {
		return (EReference)npsAnswerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNpsAnswer_AnsweredOn() {
		return (EAttribute)npsAnswerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNpsAnswer_Score() {
		return (EAttribute)npsAnswerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNpsAnswer_Comment() {
		return (EAttribute)npsAnswerEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNpsAnswer__ScoreInRange__DiagnosticChain_Map() {
		return npsAnswerEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRiskAcknowledgement() {
		return riskAcknowledgementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskAcknowledgement_FlagKey() {
		return (EAttribute)riskAcknowledgementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRiskAcknowledgement_AcknowledgedBy() {
		return (EReference)riskAcknowledgementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskAcknowledgement_At() {
		return (EAttribute)riskAcknowledgementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRiskAcknowledgement_Comment() {
		return (EAttribute)riskAcknowledgementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCompetitorSighting() {
		return competitorSightingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitorSighting_Competitor() {
		return (EAttribute)competitorSightingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCompetitorSighting_AddedAt() {
		return (EAttribute)competitorSightingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiTarget() {
		return kpiTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiTarget_Kpi() {
		return (EAttribute)kpiTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiTarget_PeriodLength() {
		return (EAttribute)kpiTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiTarget_Value() {
		return (EAttribute)kpiTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuoteFlag() {
		return quoteFlagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_Kind() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_Severity() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_GlobalId() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_LineKey() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_Message() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_Acknowledged() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_Comment() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuoteFlag_AcknowledgedBy() {
		return (EReference)quoteFlagEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuoteFlag_AcknowledgedAt() {
		return (EAttribute)quoteFlagEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPaymentShare() {
		return paymentShareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentShare_Name() {
		return (EAttribute)paymentShareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPaymentShare_Percent() {
		return (EAttribute)paymentShareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEmployeeRole() {
		return employeeRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCustomerTier() {
		return customerTierEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBuyingRole() {
		return buyingRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttitude() {
		return attitudeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLeadStatus() {
		return leadStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOpportunityStatus() {
		return opportunityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityKind() {
		return activityKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGateKind() {
		return gateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGateEvent() {
		return gateEventEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeliverableStatus() {
		return deliverableStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuoteStatus() {
		return quoteStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerdict() {
		return verdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriceRule() {
		return priceRuleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeOrderStatus() {
		return changeOrderStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getForecastCategory() {
		return forecastCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFlagSeverity() {
		return flagSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMoney() {
		return moneyEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SalesFactory getSalesFactory() {
		return (SalesFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		salesWorkspaceEClass = createEClass(SALES_WORKSPACE);
		createEAttribute(salesWorkspaceEClass, SALES_WORKSPACE__NAME);
		createEAttribute(salesWorkspaceEClass, SALES_WORKSPACE__CURRENCY);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__PROCESS);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__EMPLOYEES);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__CUSTOMERS);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__LEADS);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__OPPORTUNITIES);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__PRICE_CATALOGS);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__NPS_ANSWERS);
		createEReference(salesWorkspaceEClass, SALES_WORKSPACE__KPI_TARGETS);

		employeeEClass = createEClass(EMPLOYEE);
		createEAttribute(employeeEClass, EMPLOYEE__NAME);
		createEAttribute(employeeEClass, EMPLOYEE__ROLE);
		createEAttribute(employeeEClass, EMPLOYEE__REGION);
		createEAttribute(employeeEClass, EMPLOYEE__EMAIL);
		createEAttribute(employeeEClass, EMPLOYEE__TEAM);

		customerEClass = createEClass(CUSTOMER);
		createEAttribute(customerEClass, CUSTOMER__NAME);
		createEAttribute(customerEClass, CUSTOMER__INDUSTRY);
		createEAttribute(customerEClass, CUSTOMER__REGION);
		createEAttribute(customerEClass, CUSTOMER__TIER);
		createEReference(customerEClass, CUSTOMER__CONTACTS);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__NAME);
		createEAttribute(contactEClass, CONTACT__TITLE);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEAttribute(contactEClass, CONTACT__PHONE);
		createEAttribute(contactEClass, CONTACT__BUYING_ROLE);
		createEAttribute(contactEClass, CONTACT__ATTITUDE);

		leadEClass = createEClass(LEAD);
		createEAttribute(leadEClass, LEAD__TITLE);
		createEAttribute(leadEClass, LEAD__SOURCE);
		createEAttribute(leadEClass, LEAD__REGION);
		createEAttribute(leadEClass, LEAD__CREATED_AT);
		createEAttribute(leadEClass, LEAD__STATUS);
		createEReference(leadEClass, LEAD__CUSTOMER);
		createEReference(leadEClass, LEAD__OWNER);
		createEReference(leadEClass, LEAD__OPPORTUNITY);
		createEAttribute(leadEClass, LEAD__DROP_REASON);

		opportunityEClass = createEClass(OPPORTUNITY);
		createEAttribute(opportunityEClass, OPPORTUNITY__NAME);
		createEReference(opportunityEClass, OPPORTUNITY__CUSTOMER);
		createEReference(opportunityEClass, OPPORTUNITY__STAGE);
		createEAttribute(opportunityEClass, OPPORTUNITY__STATUS);
		createEAttribute(opportunityEClass, OPPORTUNITY__AMOUNT);
		createEAttribute(opportunityEClass, OPPORTUNITY__PROBABILITY);
		createEAttribute(opportunityEClass, OPPORTUNITY__EXPECTED_CLOSE);
		createEAttribute(opportunityEClass, OPPORTUNITY__CREATED_AT);
		createEAttribute(opportunityEClass, OPPORTUNITY__CLOSED_AT);
		createEAttribute(opportunityEClass, OPPORTUNITY__SOURCE);
		createEAttribute(opportunityEClass, OPPORTUNITY__COMPETITORS);
		createEAttribute(opportunityEClass, OPPORTUNITY__RISKS);
		createEAttribute(opportunityEClass, OPPORTUNITY__LOST_REASON);
		createEAttribute(opportunityEClass, OPPORTUNITY__WINNING_COMPETITOR);
		createEReference(opportunityEClass, OPPORTUNITY__STAGE_HISTORY);
		createEReference(opportunityEClass, OPPORTUNITY__TEAM);
		createEReference(opportunityEClass, OPPORTUNITY__ACTIVITIES);
		createEReference(opportunityEClass, OPPORTUNITY__DELIVERABLES);
		createEReference(opportunityEClass, OPPORTUNITY__QUOTES);
		createEReference(opportunityEClass, OPPORTUNITY__CONTRACT);
		createEAttribute(opportunityEClass, OPPORTUNITY__FORECAST_CATEGORY);
		createEReference(opportunityEClass, OPPORTUNITY__RISK_ACKNOWLEDGEMENTS);
		createEReference(opportunityEClass, OPPORTUNITY__COMPETITOR_SIGHTINGS);
		createEOperation(opportunityEClass, OPPORTUNITY___LOST_HAS_REASON__DIAGNOSTICCHAIN_MAP);
		createEOperation(opportunityEClass, OPPORTUNITY___CLOSED_HAS_DATE__DIAGNOSTICCHAIN_MAP);
		createEOperation(opportunityEClass, OPPORTUNITY___AMOUNT_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);

		stageChangeEClass = createEClass(STAGE_CHANGE);
		createEReference(stageChangeEClass, STAGE_CHANGE__STAGE);
		createEAttribute(stageChangeEClass, STAGE_CHANGE__ENTERED_AT);
		createEReference(stageChangeEClass, STAGE_CHANGE__CHANGED_BY);
		createEAttribute(stageChangeEClass, STAGE_CHANGE__NOTE);

		teamEClass = createEClass(TEAM);
		createEReference(teamEClass, TEAM__SALES_LEAD);
		createEReference(teamEClass, TEAM__TECHNICAL_LEAD);
		createEReference(teamEClass, TEAM__COMMERCIAL_LEAD);
		createEReference(teamEClass, TEAM__PROJECT_MANAGER);

		activityEClass = createEClass(ACTIVITY);
		createEAttribute(activityEClass, ACTIVITY__KIND);
		createEAttribute(activityEClass, ACTIVITY__AT);
		createEAttribute(activityEClass, ACTIVITY__SUBJECT);
		createEAttribute(activityEClass, ACTIVITY__MINUTES);
		createEReference(activityEClass, ACTIVITY__PARTICIPANTS);
		createEReference(activityEClass, ACTIVITY__CONTACTS);
		createEReference(activityEClass, ACTIVITY__FOLLOW_UPS);

		followUpTaskEClass = createEClass(FOLLOW_UP_TASK);
		createEAttribute(followUpTaskEClass, FOLLOW_UP_TASK__DESCRIPTION);
		createEReference(followUpTaskEClass, FOLLOW_UP_TASK__ASSIGNEE);
		createEAttribute(followUpTaskEClass, FOLLOW_UP_TASK__DUE);
		createEAttribute(followUpTaskEClass, FOLLOW_UP_TASK__DONE);
		createEAttribute(followUpTaskEClass, FOLLOW_UP_TASK__DONE_AT);

		salesProcessEClass = createEClass(SALES_PROCESS);
		createEAttribute(salesProcessEClass, SALES_PROCESS__NAME);
		createEAttribute(salesProcessEClass, SALES_PROCESS__VERSION);
		createEReference(salesProcessEClass, SALES_PROCESS__STAGES);
		createEReference(salesProcessEClass, SALES_PROCESS__QUOTE_APPROVAL_RULES);

		stageEClass = createEClass(STAGE);
		createEAttribute(stageEClass, STAGE__NAME);
		createEAttribute(stageEClass, STAGE__LOCAL_NAME);
		createEAttribute(stageEClass, STAGE__DEFAULT_PROBABILITY);
		createEAttribute(stageEClass, STAGE__SIGNED);
		createEAttribute(stageEClass, STAGE__OPTIONAL);
		createEReference(stageEClass, STAGE__GATES);

		gateEClass = createEClass(GATE);
		createEAttribute(gateEClass, GATE__NAME);
		createEAttribute(gateEClass, GATE__DESCRIPTION);
		createEAttribute(gateEClass, GATE__KIND);
		createEAttribute(gateEClass, GATE__DELIVERABLE_TYPE);
		createEAttribute(gateEClass, GATE__RESPONSIBLE_ROLE);
		createEAttribute(gateEClass, GATE__REVIEWER_ROLE);
		createEAttribute(gateEClass, GATE__ANCHOR);
		createEAttribute(gateEClass, GATE__DEADLINE_HOURS);
		createEOperation(gateEClass, GATE___DEADLINE_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(gateEClass, GATE___DELIVERABLE_GATE_NAMES_TYPE__DIAGNOSTICCHAIN_MAP);

		approvalRuleEClass = createEClass(APPROVAL_RULE);
		createEAttribute(approvalRuleEClass, APPROVAL_RULE__ROLE);
		createEAttribute(approvalRuleEClass, APPROVAL_RULE__PURPOSE);
		createEAttribute(approvalRuleEClass, APPROVAL_RULE__SEQUENCE);
		createEAttribute(approvalRuleEClass, APPROVAL_RULE__DISCOUNT_ABOVE);

		deliverableEClass = createEClass(DELIVERABLE);
		createEAttribute(deliverableEClass, DELIVERABLE__TYPE);
		createEAttribute(deliverableEClass, DELIVERABLE__TITLE);
		createEReference(deliverableEClass, DELIVERABLE__AUTHOR);
		createEAttribute(deliverableEClass, DELIVERABLE__SUBMITTED_AT);
		createEAttribute(deliverableEClass, DELIVERABLE__STATUS);
		createEReference(deliverableEClass, DELIVERABLE__REVIEWER);
		createEAttribute(deliverableEClass, DELIVERABLE__REVIEWED_AT);
		createEAttribute(deliverableEClass, DELIVERABLE__LOCATION);
		createEAttribute(deliverableEClass, DELIVERABLE__REVIEW_COMMENT);
		createEReference(deliverableEClass, DELIVERABLE__GATE);

		quoteEClass = createEClass(QUOTE);
		createEAttribute(quoteEClass, QUOTE__REVISION);
		createEAttribute(quoteEClass, QUOTE__STATUS);
		createEAttribute(quoteEClass, QUOTE__CURRENCY);
		createEAttribute(quoteEClass, QUOTE__CREATED_AT);
		createEAttribute(quoteEClass, QUOTE__RELEASED_AT);
		createEReference(quoteEClass, QUOTE__AUTHOR);
		createEAttribute(quoteEClass, QUOTE__VALID_UNTIL);
		createEReference(quoteEClass, QUOTE__PREVIOUS_REVISION);
		createEReference(quoteEClass, QUOTE__NEXT_REVISION);
		createEReference(quoteEClass, QUOTE__LINES);
		createEReference(quoteEClass, QUOTE__APPROVALS);
		createEAttribute(quoteEClass, QUOTE__TAX_RATE_PERCENT);
		createEAttribute(quoteEClass, QUOTE__DISCOUNT_PERCENT);
		createEReference(quoteEClass, QUOTE__FLAGS);
		createEAttribute(quoteEClass, QUOTE__TERMS_TEMPLATE);
		createEAttribute(quoteEClass, QUOTE__TERMS_TEXT);
		createEReference(quoteEClass, QUOTE__PAYMENT_SCHEDULE);
		createEAttribute(quoteEClass, QUOTE__EXCLUSIONS);
		createEOperation(quoteEClass, QUOTE___SUPERSEDED_HAS_SUCCESSOR__DIAGNOSTICCHAIN_MAP);
		createEOperation(quoteEClass, QUOTE___LINES_IN_QUOTE_CURRENCY__DIAGNOSTICCHAIN_MAP);

		quoteLineEClass = createEClass(QUOTE_LINE);
		createEAttribute(quoteLineEClass, QUOTE_LINE__KEY);
		createEAttribute(quoteLineEClass, QUOTE_LINE__COST_ITEM_CODE);
		createEAttribute(quoteLineEClass, QUOTE_LINE__DESCRIPTION);
		createEAttribute(quoteLineEClass, QUOTE_LINE__UNIT);
		createEAttribute(quoteLineEClass, QUOTE_LINE__QUANTITY);
		createEAttribute(quoteLineEClass, QUOTE_LINE__UNIT_COST);
		createEAttribute(quoteLineEClass, QUOTE_LINE__UNIT_PRICE);
		createEAttribute(quoteLineEClass, QUOTE_LINE__DISCOUNT_PERCENT);
		createEAttribute(quoteLineEClass, QUOTE_LINE__GLOBAL_IDS);
		createEAttribute(quoteLineEClass, QUOTE_LINE__TAKEOFF_LINE_ID);
		createEAttribute(quoteLineEClass, QUOTE_LINE__MODEL_SHA256);
		createEAttribute(quoteLineEClass, QUOTE_LINE__RULE_PACK_NAME);
		createEAttribute(quoteLineEClass, QUOTE_LINE__RULE_PACK_VERSION);
		createEAttribute(quoteLineEClass, QUOTE_LINE__QUANTITY_SOURCE);
		createEAttribute(quoteLineEClass, QUOTE_LINE__CHARACTERISTICS);
		createEAttribute(quoteLineEClass, QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF);
		createEOperation(quoteLineEClass, QUOTE_LINE___QUANTITY_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP);
		createEOperation(quoteLineEClass, QUOTE_LINE___DISCOUNT_IN_RANGE__DIAGNOSTICCHAIN_MAP);
		createEOperation(quoteLineEClass, QUOTE_LINE___PRICED_ABOVE_COST__DIAGNOSTICCHAIN_MAP);

		approvalEClass = createEClass(APPROVAL);
		createEAttribute(approvalEClass, APPROVAL__ROLE);
		createEReference(approvalEClass, APPROVAL__APPROVER);
		createEAttribute(approvalEClass, APPROVAL__AT);
		createEAttribute(approvalEClass, APPROVAL__VERDICT);
		createEAttribute(approvalEClass, APPROVAL__COMMENT);
		createEReference(approvalEClass, APPROVAL__LINES);
		createEAttribute(approvalEClass, APPROVAL__CARRIED_OVER);

		priceCatalogEClass = createEClass(PRICE_CATALOG);
		createEAttribute(priceCatalogEClass, PRICE_CATALOG__NAME);
		createEAttribute(priceCatalogEClass, PRICE_CATALOG__CURRENCY);
		createEAttribute(priceCatalogEClass, PRICE_CATALOG__VALID_FROM);
		createEAttribute(priceCatalogEClass, PRICE_CATALOG__VALID_TO);
		createEReference(priceCatalogEClass, PRICE_CATALOG__ITEMS);
		createEReference(priceCatalogEClass, PRICE_CATALOG__MARGIN_FLOORS);

		catalogItemEClass = createEClass(CATALOG_ITEM);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__CODE);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__DESCRIPTION);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__UNIT);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__CATEGORY);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__UNIT_COST);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__PRICE_RULE);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__UNIT_PRICE);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__MARGIN_PERCENT);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__VALID_FROM);
		createEAttribute(catalogItemEClass, CATALOG_ITEM__VALID_TO);
		createEOperation(catalogItemEClass, CATALOG_ITEM___VALIDITY_ORDERED__DIAGNOSTICCHAIN_MAP);
		createEOperation(catalogItemEClass, CATALOG_ITEM___PRICE_RULE_COMPLETE__DIAGNOSTICCHAIN_MAP);

		marginFloorEClass = createEClass(MARGIN_FLOOR);
		createEAttribute(marginFloorEClass, MARGIN_FLOOR__CATEGORY);
		createEAttribute(marginFloorEClass, MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT);

		contractEClass = createEClass(CONTRACT);
		createEAttribute(contractEClass, CONTRACT__NUMBER);
		createEAttribute(contractEClass, CONTRACT__SIGNED_ON);
		createEAttribute(contractEClass, CONTRACT__VALUE);
		createEAttribute(contractEClass, CONTRACT__ESTIMATED_COST);
		createEReference(contractEClass, CONTRACT__QUOTE);
		createEReference(contractEClass, CONTRACT__MILESTONES);
		createEReference(contractEClass, CONTRACT__CHANGE_ORDERS);
		createEOperation(contractEClass, CONTRACT___MILESTONES_MATCH_VALUE__DIAGNOSTICCHAIN_MAP);

		paymentMilestoneEClass = createEClass(PAYMENT_MILESTONE);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__NAME);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__PLANNED_DATE);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__AMOUNT);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__DELIVERED_ON);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__INVOICED_ON);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__DUE_DATE);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__COLLECTED_ON);
		createEAttribute(paymentMilestoneEClass, PAYMENT_MILESTONE__COLLECTED_AMOUNT);
		createEOperation(paymentMilestoneEClass, PAYMENT_MILESTONE___COLLECTED_NOT_ABOVE_AMOUNT__DIAGNOSTICCHAIN_MAP);
		createEOperation(paymentMilestoneEClass, PAYMENT_MILESTONE___COLLECTED_AFTER_INVOICE__DIAGNOSTICCHAIN_MAP);

		changeOrderEClass = createEClass(CHANGE_ORDER);
		createEAttribute(changeOrderEClass, CHANGE_ORDER__DESCRIPTION);
		createEAttribute(changeOrderEClass, CHANGE_ORDER__RAISED_ON);
		createEAttribute(changeOrderEClass, CHANGE_ORDER__AMOUNT);
		createEAttribute(changeOrderEClass, CHANGE_ORDER__STATUS);

		npsAnswerEClass = createEClass(NPS_ANSWER);
		createEReference(npsAnswerEClass, NPS_ANSWER__CUSTOMER);
		createEReference(npsAnswerEClass, NPS_ANSWER__CONTACT);
		createEReference(npsAnswerEClass, NPS_ANSWER__OPPORTUNITY);
		createEAttribute(npsAnswerEClass, NPS_ANSWER__ANSWERED_ON);
		createEAttribute(npsAnswerEClass, NPS_ANSWER__SCORE);
		createEAttribute(npsAnswerEClass, NPS_ANSWER__COMMENT);
		createEOperation(npsAnswerEClass, NPS_ANSWER___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP);

		riskAcknowledgementEClass = createEClass(RISK_ACKNOWLEDGEMENT);
		createEAttribute(riskAcknowledgementEClass, RISK_ACKNOWLEDGEMENT__FLAG_KEY);
		createEReference(riskAcknowledgementEClass, RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY);
		createEAttribute(riskAcknowledgementEClass, RISK_ACKNOWLEDGEMENT__AT);
		createEAttribute(riskAcknowledgementEClass, RISK_ACKNOWLEDGEMENT__COMMENT);

		competitorSightingEClass = createEClass(COMPETITOR_SIGHTING);
		createEAttribute(competitorSightingEClass, COMPETITOR_SIGHTING__COMPETITOR);
		createEAttribute(competitorSightingEClass, COMPETITOR_SIGHTING__ADDED_AT);

		kpiTargetEClass = createEClass(KPI_TARGET);
		createEAttribute(kpiTargetEClass, KPI_TARGET__KPI);
		createEAttribute(kpiTargetEClass, KPI_TARGET__PERIOD_LENGTH);
		createEAttribute(kpiTargetEClass, KPI_TARGET__VALUE);

		quoteFlagEClass = createEClass(QUOTE_FLAG);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__KIND);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__SEVERITY);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__GLOBAL_ID);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__LINE_KEY);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__MESSAGE);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__ACKNOWLEDGED);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__COMMENT);
		createEReference(quoteFlagEClass, QUOTE_FLAG__ACKNOWLEDGED_BY);
		createEAttribute(quoteFlagEClass, QUOTE_FLAG__ACKNOWLEDGED_AT);

		paymentShareEClass = createEClass(PAYMENT_SHARE);
		createEAttribute(paymentShareEClass, PAYMENT_SHARE__NAME);
		createEAttribute(paymentShareEClass, PAYMENT_SHARE__PERCENT);

		// Create enums
		employeeRoleEEnum = createEEnum(EMPLOYEE_ROLE);
		customerTierEEnum = createEEnum(CUSTOMER_TIER);
		buyingRoleEEnum = createEEnum(BUYING_ROLE);
		attitudeEEnum = createEEnum(ATTITUDE);
		leadStatusEEnum = createEEnum(LEAD_STATUS);
		opportunityStatusEEnum = createEEnum(OPPORTUNITY_STATUS);
		activityKindEEnum = createEEnum(ACTIVITY_KIND);
		gateKindEEnum = createEEnum(GATE_KIND);
		gateEventEEnum = createEEnum(GATE_EVENT);
		deliverableStatusEEnum = createEEnum(DELIVERABLE_STATUS);
		quoteStatusEEnum = createEEnum(QUOTE_STATUS);
		verdictEEnum = createEEnum(VERDICT);
		priceRuleEEnum = createEEnum(PRICE_RULE);
		changeOrderStatusEEnum = createEEnum(CHANGE_ORDER_STATUS);
		forecastCategoryEEnum = createEEnum(FORECAST_CATEGORY);
		flagSeverityEEnum = createEEnum(FLAG_SEVERITY);

		// Create data types
		moneyEDataType = createEDataType(MONEY);
		instantEDataType = createEDataType(INSTANT);
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		employeeEClass.getESuperTypes().add(this.getIdentified());
		customerEClass.getESuperTypes().add(this.getIdentified());
		contactEClass.getESuperTypes().add(this.getIdentified());
		leadEClass.getESuperTypes().add(this.getIdentified());
		opportunityEClass.getESuperTypes().add(this.getIdentified());
		activityEClass.getESuperTypes().add(this.getIdentified());
		stageEClass.getESuperTypes().add(this.getIdentified());
		gateEClass.getESuperTypes().add(this.getIdentified());
		deliverableEClass.getESuperTypes().add(this.getIdentified());
		quoteEClass.getESuperTypes().add(this.getIdentified());
		priceCatalogEClass.getESuperTypes().add(this.getIdentified());
		contractEClass.getESuperTypes().add(this.getIdentified());
		changeOrderEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(salesWorkspaceEClass, SalesWorkspace.class, "SalesWorkspace", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSalesWorkspace_Name(), ecorePackage.getEString(), "name", null, 0, 1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalesWorkspace_Currency(), ecorePackage.getEString(), "currency", "CNY", 0, 1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_Process(), this.getSalesProcess(), null, "process", null, 0, 1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_Employees(), this.getEmployee(), null, "employees", null, 0, -1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_Customers(), this.getCustomer(), null, "customers", null, 0, -1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_Leads(), this.getLead(), null, "leads", null, 0, -1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_Opportunities(), this.getOpportunity(), null, "opportunities", null, 0, -1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_PriceCatalogs(), this.getPriceCatalog(), null, "priceCatalogs", null, 0, -1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_NpsAnswers(), this.getNpsAnswer(), null, "npsAnswers", null, 0, -1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesWorkspace_KpiTargets(), this.getKpiTarget(), null, "kpiTargets", null, 0, -1, SalesWorkspace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(employeeEClass, Employee.class, "Employee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmployee_Name(), ecorePackage.getEString(), "name", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployee_Role(), this.getEmployeeRole(), "role", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployee_Region(), ecorePackage.getEString(), "region", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployee_Email(), ecorePackage.getEString(), "email", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmployee_Team(), ecorePackage.getEString(), "team", null, 0, 1, Employee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerEClass, Customer.class, "Customer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomer_Name(), ecorePackage.getEString(), "name", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Industry(), ecorePackage.getEString(), "industry", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Region(), ecorePackage.getEString(), "region", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomer_Tier(), this.getCustomerTier(), "tier", null, 0, 1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomer_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Customer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_Name(), ecorePackage.getEString(), "name", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Title(), ecorePackage.getEString(), "title", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Phone(), ecorePackage.getEString(), "phone", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_BuyingRole(), this.getBuyingRole(), "buyingRole", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Attitude(), this.getAttitude(), "attitude", "neutral", 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(leadEClass, Lead.class, "Lead", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLead_Title(), ecorePackage.getEString(), "title", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLead_Source(), ecorePackage.getEString(), "source", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLead_Region(), ecorePackage.getEString(), "region", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLead_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLead_Status(), this.getLeadStatus(), "status", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLead_Customer(), this.getCustomer(), null, "customer", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLead_Owner(), this.getEmployee(), null, "owner", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLead_Opportunity(), this.getOpportunity(), null, "opportunity", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLead_DropReason(), ecorePackage.getEString(), "dropReason", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(opportunityEClass, Opportunity.class, "Opportunity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOpportunity_Name(), ecorePackage.getEString(), "name", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Customer(), this.getCustomer(), null, "customer", null, 1, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Stage(), this.getStage(), null, "stage", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Status(), this.getOpportunityStatus(), "status", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Amount(), this.getMoney(), "amount", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Probability(), ecorePackage.getEInt(), "probability", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_ExpectedClose(), this.getLocalDate(), "expectedClose", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_ClosedAt(), this.getInstant(), "closedAt", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Source(), ecorePackage.getEString(), "source", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Competitors(), ecorePackage.getEString(), "competitors", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_Risks(), ecorePackage.getEString(), "risks", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_LostReason(), ecorePackage.getEString(), "lostReason", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_WinningCompetitor(), ecorePackage.getEString(), "winningCompetitor", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_StageHistory(), this.getStageChange(), null, "stageHistory", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Team(), this.getTeam(), null, "team", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Activities(), this.getActivity(), null, "activities", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Deliverables(), this.getDeliverable(), null, "deliverables", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Quotes(), this.getQuote(), null, "quotes", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_Contract(), this.getContract(), null, "contract", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOpportunity_ForecastCategory(), this.getForecastCategory(), "forecastCategory", null, 0, 1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_RiskAcknowledgements(), this.getRiskAcknowledgement(), null, "riskAcknowledgements", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunity_CompetitorSightings(), this.getCompetitorSighting(), null, "competitorSightings", null, 0, -1, Opportunity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getOpportunity__LostHasReason__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "lostHasReason", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getOpportunity__ClosedHasDate__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "closedHasDate", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getOpportunity__AmountNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "amountNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(stageChangeEClass, StageChange.class, "StageChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStageChange_Stage(), this.getStage(), null, "stage", null, 1, 1, StageChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageChange_EnteredAt(), this.getInstant(), "enteredAt", null, 0, 1, StageChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStageChange_ChangedBy(), this.getEmployee(), null, "changedBy", null, 0, 1, StageChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStageChange_Note(), ecorePackage.getEString(), "note", null, 0, 1, StageChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamEClass, Team.class, "Team", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTeam_SalesLead(), this.getEmployee(), null, "salesLead", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_TechnicalLead(), this.getEmployee(), null, "technicalLead", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_CommercialLead(), this.getEmployee(), null, "commercialLead", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_ProjectManager(), this.getEmployee(), null, "projectManager", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivity_Kind(), this.getActivityKind(), "kind", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_At(), this.getInstant(), "at", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Minutes(), ecorePackage.getEString(), "minutes", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Participants(), this.getEmployee(), null, "participants", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_FollowUps(), this.getFollowUpTask(), null, "followUps", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(followUpTaskEClass, FollowUpTask.class, "FollowUpTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFollowUpTask_Description(), ecorePackage.getEString(), "description", null, 0, 1, FollowUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFollowUpTask_Assignee(), this.getEmployee(), null, "assignee", null, 0, 1, FollowUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUpTask_Due(), this.getInstant(), "due", null, 0, 1, FollowUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUpTask_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, FollowUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUpTask_DoneAt(), this.getInstant(), "doneAt", null, 0, 1, FollowUpTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(salesProcessEClass, SalesProcess.class, "SalesProcess", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSalesProcess_Name(), ecorePackage.getEString(), "name", null, 0, 1, SalesProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSalesProcess_Version(), ecorePackage.getEString(), "version", null, 0, 1, SalesProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesProcess_Stages(), this.getStage(), null, "stages", null, 0, -1, SalesProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSalesProcess_QuoteApprovalRules(), this.getApprovalRule(), null, "quoteApprovalRules", null, 0, -1, SalesProcess.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stageEClass, Stage.class, "Stage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStage_Name(), ecorePackage.getEString(), "name", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_LocalName(), ecorePackage.getEString(), "localName", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_DefaultProbability(), ecorePackage.getEInt(), "defaultProbability", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_Signed(), ecorePackage.getEBoolean(), "signed", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStage_Optional(), ecorePackage.getEBoolean(), "optional", null, 0, 1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStage_Gates(), this.getGate(), null, "gates", null, 0, -1, Stage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gateEClass, Gate.class, "Gate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGate_Name(), ecorePackage.getEString(), "name", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGate_Description(), ecorePackage.getEString(), "description", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGate_Kind(), this.getGateKind(), "kind", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGate_DeliverableType(), ecorePackage.getEString(), "deliverableType", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGate_ResponsibleRole(), this.getEmployeeRole(), "responsibleRole", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGate_ReviewerRole(), this.getEmployeeRole(), "reviewerRole", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGate_Anchor(), this.getGateEvent(), "anchor", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGate_DeadlineHours(), ecorePackage.getEInt(), "deadlineHours", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getGate__DeadlineNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "deadlineNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getGate__DeliverableGateNamesType__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "deliverableGateNamesType", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(approvalRuleEClass, ApprovalRule.class, "ApprovalRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApprovalRule_Role(), this.getEmployeeRole(), "role", null, 0, 1, ApprovalRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalRule_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, ApprovalRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalRule_Sequence(), ecorePackage.getEInt(), "sequence", null, 0, 1, ApprovalRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalRule_DiscountAbove(), ecorePackage.getEBigDecimal(), "discountAbove", null, 0, 1, ApprovalRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deliverableEClass, Deliverable.class, "Deliverable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeliverable_Type(), ecorePackage.getEString(), "type", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_Title(), ecorePackage.getEString(), "title", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliverable_Author(), this.getEmployee(), null, "author", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_SubmittedAt(), this.getInstant(), "submittedAt", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_Status(), this.getDeliverableStatus(), "status", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliverable_Reviewer(), this.getEmployee(), null, "reviewer", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_ReviewedAt(), this.getInstant(), "reviewedAt", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_Location(), ecorePackage.getEString(), "location", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeliverable_ReviewComment(), ecorePackage.getEString(), "reviewComment", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeliverable_Gate(), this.getGate(), null, "gate", null, 0, 1, Deliverable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quoteEClass, Quote.class, "Quote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuote_Revision(), ecorePackage.getEInt(), "revision", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_Status(), this.getQuoteStatus(), "status", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_Currency(), ecorePackage.getEString(), "currency", "CNY", 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_ReleasedAt(), this.getInstant(), "releasedAt", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuote_Author(), this.getEmployee(), null, "author", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_ValidUntil(), this.getLocalDate(), "validUntil", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuote_PreviousRevision(), this.getQuote(), this.getQuote_NextRevision(), "previousRevision", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuote_NextRevision(), this.getQuote(), this.getQuote_PreviousRevision(), "nextRevision", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuote_Lines(), this.getQuoteLine(), null, "lines", null, 0, -1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuote_Approvals(), this.getApproval(), null, "approvals", null, 0, -1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_TaxRatePercent(), ecorePackage.getEBigDecimal(), "taxRatePercent", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_DiscountPercent(), ecorePackage.getEBigDecimal(), "discountPercent", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuote_Flags(), this.getQuoteFlag(), null, "flags", null, 0, -1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_TermsTemplate(), ecorePackage.getEString(), "termsTemplate", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_TermsText(), ecorePackage.getEString(), "termsText", null, 0, -1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuote_PaymentSchedule(), this.getPaymentShare(), null, "paymentSchedule", null, 0, -1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuote_Exclusions(), ecorePackage.getEString(), "exclusions", null, 0, -1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getQuote__SupersededHasSuccessor__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "supersededHasSuccessor", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getQuote__LinesInQuoteCurrency__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "linesInQuoteCurrency", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(quoteLineEClass, QuoteLine.class, "QuoteLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuoteLine_Key(), ecorePackage.getEString(), "key", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_CostItemCode(), ecorePackage.getEString(), "costItemCode", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_Description(), ecorePackage.getEString(), "description", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_Quantity(), ecorePackage.getEBigDecimal(), "quantity", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_UnitCost(), this.getMoney(), "unitCost", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_UnitPrice(), this.getMoney(), "unitPrice", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_DiscountPercent(), ecorePackage.getEBigDecimal(), "discountPercent", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_GlobalIds(), ecorePackage.getEString(), "globalIds", null, 0, -1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_TakeoffLineId(), ecorePackage.getEString(), "takeoffLineId", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_ModelSha256(), ecorePackage.getEString(), "modelSha256", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_RulePackName(), ecorePackage.getEString(), "rulePackName", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_RulePackVersion(), ecorePackage.getEString(), "rulePackVersion", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_QuantitySource(), ecorePackage.getEString(), "quantitySource", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_Characteristics(), ecorePackage.getEString(), "characteristics", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteLine_UnchangedByModelDiff(), ecorePackage.getEBoolean(), "unchangedByModelDiff", null, 0, 1, QuoteLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getQuoteLine__QuantityNotNegative__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "quantityNotNegative", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getQuoteLine__DiscountInRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "discountInRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getQuoteLine__PricedAboveCost__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "pricedAboveCost", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(approvalEClass, Approval.class, "Approval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApproval_Role(), this.getEmployeeRole(), "role", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApproval_Approver(), this.getEmployee(), null, "approver", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_At(), this.getInstant(), "at", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Verdict(), this.getVerdict(), "verdict", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApproval_Lines(), this.getQuoteLine(), null, "lines", null, 0, -1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApproval_CarriedOver(), ecorePackage.getEBoolean(), "carriedOver", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(priceCatalogEClass, PriceCatalog.class, "PriceCatalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPriceCatalog_Name(), ecorePackage.getEString(), "name", null, 0, 1, PriceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriceCatalog_Currency(), ecorePackage.getEString(), "currency", "CNY", 0, 1, PriceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriceCatalog_ValidFrom(), this.getLocalDate(), "validFrom", null, 0, 1, PriceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPriceCatalog_ValidTo(), this.getLocalDate(), "validTo", null, 0, 1, PriceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriceCatalog_Items(), this.getCatalogItem(), null, "items", null, 0, -1, PriceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPriceCatalog_MarginFloors(), this.getMarginFloor(), null, "marginFloors", null, 0, -1, PriceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(catalogItemEClass, CatalogItem.class, "CatalogItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCatalogItem_Code(), ecorePackage.getEString(), "code", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_Description(), ecorePackage.getEString(), "description", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_Category(), ecorePackage.getEString(), "category", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_UnitCost(), this.getMoney(), "unitCost", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_PriceRule(), this.getPriceRule(), "priceRule", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_UnitPrice(), this.getMoney(), "unitPrice", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_MarginPercent(), ecorePackage.getEBigDecimal(), "marginPercent", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_ValidFrom(), this.getLocalDate(), "validFrom", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCatalogItem_ValidTo(), this.getLocalDate(), "validTo", null, 0, 1, CatalogItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getCatalogItem__ValidityOrdered__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "validityOrdered", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getCatalogItem__PriceRuleComplete__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "priceRuleComplete", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(marginFloorEClass, MarginFloor.class, "MarginFloor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMarginFloor_Category(), ecorePackage.getEString(), "category", null, 0, 1, MarginFloor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarginFloor_MinimumMarginPercent(), ecorePackage.getEBigDecimal(), "minimumMarginPercent", null, 0, 1, MarginFloor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contractEClass, Contract.class, "Contract", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContract_Number(), ecorePackage.getEString(), "number", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_SignedOn(), this.getLocalDate(), "signedOn", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_Value(), this.getMoney(), "value", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContract_EstimatedCost(), this.getMoney(), "estimatedCost", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContract_Quote(), this.getQuote(), null, "quote", null, 0, 1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContract_Milestones(), this.getPaymentMilestone(), null, "milestones", null, 0, -1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContract_ChangeOrders(), this.getChangeOrder(), null, "changeOrders", null, 0, -1, Contract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getContract__MilestonesMatchValue__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "milestonesMatchValue", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(paymentMilestoneEClass, PaymentMilestone.class, "PaymentMilestone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPaymentMilestone_Name(), ecorePackage.getEString(), "name", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentMilestone_PlannedDate(), this.getLocalDate(), "plannedDate", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentMilestone_Amount(), this.getMoney(), "amount", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentMilestone_DeliveredOn(), this.getLocalDate(), "deliveredOn", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentMilestone_InvoicedOn(), this.getLocalDate(), "invoicedOn", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentMilestone_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentMilestone_CollectedOn(), this.getLocalDate(), "collectedOn", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentMilestone_CollectedAmount(), this.getMoney(), "collectedAmount", null, 0, 1, PaymentMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getPaymentMilestone__CollectedNotAboveAmount__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "collectedNotAboveAmount", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getPaymentMilestone__CollectedAfterInvoice__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "collectedAfterInvoice", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(changeOrderEClass, ChangeOrder.class, "ChangeOrder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChangeOrder_Description(), ecorePackage.getEString(), "description", null, 0, 1, ChangeOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeOrder_RaisedOn(), this.getLocalDate(), "raisedOn", null, 0, 1, ChangeOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeOrder_Amount(), this.getMoney(), "amount", null, 0, 1, ChangeOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeOrder_Status(), this.getChangeOrderStatus(), "status", null, 0, 1, ChangeOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(npsAnswerEClass, NpsAnswer.class, "NpsAnswer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNpsAnswer_Customer(), this.getCustomer(), null, "customer", null, 1, 1, NpsAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNpsAnswer_Contact(), this.getContact(), null, "contact", null, 0, 1, NpsAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNpsAnswer_Opportunity(), this.getOpportunity(), null, "opportunity", null, 0, 1, NpsAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNpsAnswer_AnsweredOn(), this.getLocalDate(), "answeredOn", null, 0, 1, NpsAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNpsAnswer_Score(), ecorePackage.getEInt(), "score", null, 0, 1, NpsAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNpsAnswer_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, NpsAnswer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		op = initEOperation(getNpsAnswer__ScoreInRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "scoreInRange", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(riskAcknowledgementEClass, RiskAcknowledgement.class, "RiskAcknowledgement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRiskAcknowledgement_FlagKey(), ecorePackage.getEString(), "flagKey", null, 0, 1, RiskAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRiskAcknowledgement_AcknowledgedBy(), this.getEmployee(), null, "acknowledgedBy", null, 0, 1, RiskAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskAcknowledgement_At(), this.getInstant(), "at", null, 0, 1, RiskAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRiskAcknowledgement_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, RiskAcknowledgement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(competitorSightingEClass, CompetitorSighting.class, "CompetitorSighting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCompetitorSighting_Competitor(), ecorePackage.getEString(), "competitor", null, 0, 1, CompetitorSighting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCompetitorSighting_AddedAt(), this.getInstant(), "addedAt", null, 0, 1, CompetitorSighting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kpiTargetEClass, KpiTarget.class, "KpiTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKpiTarget_Kpi(), ecorePackage.getEString(), "kpi", null, 0, 1, KpiTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiTarget_PeriodLength(), ecorePackage.getEString(), "periodLength", null, 0, 1, KpiTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiTarget_Value(), ecorePackage.getEBigDecimal(), "value", null, 0, 1, KpiTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quoteFlagEClass, QuoteFlag.class, "QuoteFlag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuoteFlag_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteFlag_Severity(), this.getFlagSeverity(), "severity", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteFlag_GlobalId(), ecorePackage.getEString(), "globalId", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteFlag_LineKey(), ecorePackage.getEString(), "lineKey", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteFlag_Message(), ecorePackage.getEString(), "message", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteFlag_Acknowledged(), ecorePackage.getEBoolean(), "acknowledged", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteFlag_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuoteFlag_AcknowledgedBy(), this.getEmployee(), null, "acknowledgedBy", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuoteFlag_AcknowledgedAt(), this.getInstant(), "acknowledgedAt", null, 0, 1, QuoteFlag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(paymentShareEClass, PaymentShare.class, "PaymentShare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPaymentShare_Name(), ecorePackage.getEString(), "name", null, 0, 1, PaymentShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPaymentShare_Percent(), ecorePackage.getEBigDecimal(), "percent", null, 0, 1, PaymentShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(employeeRoleEEnum, EmployeeRole.class, "EmployeeRole");
		addEEnumLiteral(employeeRoleEEnum, EmployeeRole.SALES_LEAD);
		addEEnumLiteral(employeeRoleEEnum, EmployeeRole.TECHNICAL_LEAD);
		addEEnumLiteral(employeeRoleEEnum, EmployeeRole.COMMERCIAL_LEAD);
		addEEnumLiteral(employeeRoleEEnum, EmployeeRole.FINANCE);
		addEEnumLiteral(employeeRoleEEnum, EmployeeRole.PROJECT_MANAGER);
		addEEnumLiteral(employeeRoleEEnum, EmployeeRole.SALES_MANAGER);
		addEEnumLiteral(employeeRoleEEnum, EmployeeRole.EXECUTIVE);

		initEEnum(customerTierEEnum, CustomerTier.class, "CustomerTier");
		addEEnumLiteral(customerTierEEnum, CustomerTier.STRATEGIC);
		addEEnumLiteral(customerTierEEnum, CustomerTier.KEY);
		addEEnumLiteral(customerTierEEnum, CustomerTier.STANDARD);
		addEEnumLiteral(customerTierEEnum, CustomerTier.SMALL);

		initEEnum(buyingRoleEEnum, BuyingRole.class, "BuyingRole");
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.DECISION_MAKER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.TECHNICAL_EVALUATOR);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.PROCUREMENT);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.USER);
		addEEnumLiteral(buyingRoleEEnum, BuyingRole.INFLUENCER);

		initEEnum(attitudeEEnum, Attitude.class, "Attitude");
		addEEnumLiteral(attitudeEEnum, Attitude.NEUTRAL);
		addEEnumLiteral(attitudeEEnum, Attitude.CHAMPION);
		addEEnumLiteral(attitudeEEnum, Attitude.SUPPORTER);
		addEEnumLiteral(attitudeEEnum, Attitude.SKEPTIC);
		addEEnumLiteral(attitudeEEnum, Attitude.OPPONENT);

		initEEnum(leadStatusEEnum, LeadStatus.class, "LeadStatus");
		addEEnumLiteral(leadStatusEEnum, LeadStatus.NEW);
		addEEnumLiteral(leadStatusEEnum, LeadStatus.QUALIFYING);
		addEEnumLiteral(leadStatusEEnum, LeadStatus.CONVERTED);
		addEEnumLiteral(leadStatusEEnum, LeadStatus.DISCARDED);

		initEEnum(opportunityStatusEEnum, OpportunityStatus.class, "OpportunityStatus");
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.OPEN);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.WON);
		addEEnumLiteral(opportunityStatusEEnum, OpportunityStatus.LOST);

		initEEnum(activityKindEEnum, ActivityKind.class, "ActivityKind");
		addEEnumLiteral(activityKindEEnum, ActivityKind.VISIT);
		addEEnumLiteral(activityKindEEnum, ActivityKind.CALL);
		addEEnumLiteral(activityKindEEnum, ActivityKind.MEETING);
		addEEnumLiteral(activityKindEEnum, ActivityKind.DEMO);
		addEEnumLiteral(activityKindEEnum, ActivityKind.EMAIL);
		addEEnumLiteral(activityKindEEnum, ActivityKind.PROJECT_MEETING);

		initEEnum(gateKindEEnum, GateKind.class, "GateKind");
		addEEnumLiteral(gateKindEEnum, GateKind.DELIVERABLE);
		addEEnumLiteral(gateKindEEnum, GateKind.QUOTE_RELEASED);
		addEEnumLiteral(gateKindEEnum, GateKind.CONTRACT_SIGNED);

		initEEnum(gateEventEEnum, GateEvent.class, "GateEvent");
		addEEnumLiteral(gateEventEEnum, GateEvent.STAGE_ENTERED);
		addEEnumLiteral(gateEventEEnum, GateEvent.FIRST_VISIT);
		addEEnumLiteral(gateEventEEnum, GateEvent.OPPORTUNITY_CREATED);
		addEEnumLiteral(gateEventEEnum, GateEvent.FIRST_QUOTE);

		initEEnum(deliverableStatusEEnum, DeliverableStatus.class, "DeliverableStatus");
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.DRAFT);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.SUBMITTED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.ACCEPTED);
		addEEnumLiteral(deliverableStatusEEnum, DeliverableStatus.REJECTED);

		initEEnum(quoteStatusEEnum, QuoteStatus.class, "QuoteStatus");
		addEEnumLiteral(quoteStatusEEnum, QuoteStatus.DRAFT);
		addEEnumLiteral(quoteStatusEEnum, QuoteStatus.IN_REVIEW);
		addEEnumLiteral(quoteStatusEEnum, QuoteStatus.APPROVED);
		addEEnumLiteral(quoteStatusEEnum, QuoteStatus.RELEASED);
		addEEnumLiteral(quoteStatusEEnum, QuoteStatus.SUPERSEDED);
		addEEnumLiteral(quoteStatusEEnum, QuoteStatus.ACCEPTED);
		addEEnumLiteral(quoteStatusEEnum, QuoteStatus.REJECTED);

		initEEnum(verdictEEnum, Verdict.class, "Verdict");
		addEEnumLiteral(verdictEEnum, Verdict.APPROVED);
		addEEnumLiteral(verdictEEnum, Verdict.REJECTED);

		initEEnum(priceRuleEEnum, PriceRule.class, "PriceRule");
		addEEnumLiteral(priceRuleEEnum, PriceRule.FIXED_PRICE);
		addEEnumLiteral(priceRuleEEnum, PriceRule.COST_PLUS);

		initEEnum(changeOrderStatusEEnum, ChangeOrderStatus.class, "ChangeOrderStatus");
		addEEnumLiteral(changeOrderStatusEEnum, ChangeOrderStatus.PROPOSED);
		addEEnumLiteral(changeOrderStatusEEnum, ChangeOrderStatus.APPROVED);
		addEEnumLiteral(changeOrderStatusEEnum, ChangeOrderStatus.REJECTED);

		initEEnum(forecastCategoryEEnum, ForecastCategory.class, "ForecastCategory");
		addEEnumLiteral(forecastCategoryEEnum, ForecastCategory.COMMIT);
		addEEnumLiteral(forecastCategoryEEnum, ForecastCategory.BEST_CASE);
		addEEnumLiteral(forecastCategoryEEnum, ForecastCategory.PIPELINE);

		initEEnum(flagSeverityEEnum, FlagSeverity.class, "FlagSeverity");
		addEEnumLiteral(flagSeverityEEnum, FlagSeverity.WARNING);
		addEEnumLiteral(flagSeverityEEnum, FlagSeverity.ERROR);

		// Initialize data types
		initEDataType(moneyEDataType, Money.class, "Money", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //SalesPackageImpl
