/**
 */
package org.bidbench.sales.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The BidBench sales domain: customers to collections, the sales process (SOP) with stage gates, quotes with revisions and approvals, contracts and payment milestones.
 * <!-- end-model-doc -->
 * @see org.bidbench.sales.model.SalesFactory
 * @model kind="package"
 * @generated
 */
public interface SalesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://bidbench.org/sales/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sales";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SalesPackage eINSTANCE = org.bidbench.sales.model.impl.SalesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.IdentifiedImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.SalesWorkspaceImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getSalesWorkspace()
	 * @generated
	 */
	int SALES_WORKSPACE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__CURRENCY = 1;

	/**
	 * The feature id for the '<em><b>Process</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__PROCESS = 2;

	/**
	 * The feature id for the '<em><b>Employees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__EMPLOYEES = 3;

	/**
	 * The feature id for the '<em><b>Customers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__CUSTOMERS = 4;

	/**
	 * The feature id for the '<em><b>Leads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__LEADS = 5;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__OPPORTUNITIES = 6;

	/**
	 * The feature id for the '<em><b>Price Catalogs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__PRICE_CATALOGS = 7;

	/**
	 * The feature id for the '<em><b>Nps Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__NPS_ANSWERS = 8;

	/**
	 * The feature id for the '<em><b>Kpi Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE__KPI_TARGETS = 9;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_WORKSPACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.EmployeeImpl <em>Employee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.EmployeeImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getEmployee()
	 * @generated
	 */
	int EMPLOYEE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__ROLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__REGION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__EMAIL = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE__TEAM = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Employee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Employee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPLOYEE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.CustomerImpl <em>Customer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.CustomerImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCustomer()
	 * @generated
	 */
	int CUSTOMER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__INDUSTRY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__REGION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__TIER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER__CONTACTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Customer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.ContactImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Buying Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__BUYING_ROLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Attitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ATTITUDE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.LeadImpl <em>Lead</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.LeadImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getLead()
	 * @generated
	 */
	int LEAD = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__TITLE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__SOURCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__REGION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__CUSTOMER = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__OWNER = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Opportunity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__OPPORTUNITY = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Drop Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__DROP_REASON = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Lead</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Lead</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.OpportunityImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getOpportunity()
	 * @generated
	 */
	int OPPORTUNITY = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__CUSTOMER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STAGE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__AMOUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__PROBABILITY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Expected Close</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__EXPECTED_CLOSE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Closed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__CLOSED_AT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__SOURCE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Competitors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__COMPETITORS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__RISKS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Lost Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__LOST_REASON = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Winning Competitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__WINNING_COMPETITOR = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Stage History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__STAGE_HISTORY = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__TEAM = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__ACTIVITIES = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Deliverables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__DELIVERABLES = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Quotes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__QUOTES = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Contract</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__CONTRACT = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Forecast Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__FORECAST_CATEGORY = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Risk Acknowledgements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__RISK_ACKNOWLEDGEMENTS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Competitor Sightings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY__COMPETITOR_SIGHTINGS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The number of structural features of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The operation id for the '<em>Lost Has Reason</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY___LOST_HAS_REASON__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Closed Has Date</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY___CLOSED_HAS_DATE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Amount Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY___AMOUNT_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Opportunity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.StageChangeImpl <em>Stage Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.StageChangeImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getStageChange()
	 * @generated
	 */
	int STAGE_CHANGE = 7;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__STAGE = 0;

	/**
	 * The feature id for the '<em><b>Entered At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__ENTERED_AT = 1;

	/**
	 * The feature id for the '<em><b>Changed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__CHANGED_BY = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Stage Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Stage Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.TeamImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 8;

	/**
	 * The feature id for the '<em><b>Sales Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__SALES_LEAD = 0;

	/**
	 * The feature id for the '<em><b>Technical Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__TECHNICAL_LEAD = 1;

	/**
	 * The feature id for the '<em><b>Commercial Lead</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__COMMERCIAL_LEAD = 2;

	/**
	 * The feature id for the '<em><b>Project Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__PROJECT_MANAGER = 3;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.ActivityImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__KIND = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__AT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__SUBJECT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__MINUTES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PARTICIPANTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CONTACTS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__FOLLOW_UPS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.FollowUpTaskImpl <em>Follow Up Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.FollowUpTaskImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getFollowUpTask()
	 * @generated
	 */
	int FOLLOW_UP_TASK = 10;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_TASK__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_TASK__ASSIGNEE = 1;

	/**
	 * The feature id for the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_TASK__DUE = 2;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_TASK__DONE = 3;

	/**
	 * The feature id for the '<em><b>Done At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_TASK__DONE_AT = 4;

	/**
	 * The number of structural features of the '<em>Follow Up Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_TASK_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Follow Up Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.SalesProcessImpl <em>Process</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.SalesProcessImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getSalesProcess()
	 * @generated
	 */
	int SALES_PROCESS = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_PROCESS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_PROCESS__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_PROCESS__STAGES = 2;

	/**
	 * The feature id for the '<em><b>Quote Approval Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_PROCESS__QUOTE_APPROVAL_RULES = 3;

	/**
	 * The number of structural features of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_PROCESS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Process</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALES_PROCESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.StageImpl <em>Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.StageImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Local Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__LOCAL_NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Default Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__DEFAULT_PROBABILITY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Signed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__SIGNED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__OPTIONAL = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Gates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE__GATES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAGE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.GateImpl <em>Gate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.GateImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getGate()
	 * @generated
	 */
	int GATE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__KIND = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Deliverable Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__DELIVERABLE_TYPE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Responsible Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__RESPONSIBLE_ROLE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reviewer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__REVIEWER_ROLE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__ANCHOR = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Deadline Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__DEADLINE_HOURS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Gate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Deadline Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE___DEADLINE_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Deliverable Gate Names Type</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE___DELIVERABLE_GATE_NAMES_TYPE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Gate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.ApprovalRuleImpl <em>Approval Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.ApprovalRuleImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getApprovalRule()
	 * @generated
	 */
	int APPROVAL_RULE = 14;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_RULE__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_RULE__PURPOSE = 1;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_RULE__SEQUENCE = 2;

	/**
	 * The feature id for the '<em><b>Discount Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_RULE__DISCOUNT_ABOVE = 3;

	/**
	 * The number of structural features of the '<em>Approval Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_RULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Approval Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.DeliverableImpl <em>Deliverable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.DeliverableImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getDeliverable()
	 * @generated
	 */
	int DELIVERABLE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__TYPE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__TITLE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__AUTHOR = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__SUBMITTED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__REVIEWER = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reviewed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__REVIEWED_AT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__LOCATION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__REVIEW_COMMENT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Gate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE__GATE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Deliverable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELIVERABLE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.QuoteImpl <em>Quote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.QuoteImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuote()
	 * @generated
	 */
	int QUOTE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__REVISION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__STATUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__CURRENCY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__CREATED_AT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Released At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__RELEASED_AT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__AUTHOR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__VALID_UNTIL = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Previous Revision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__PREVIOUS_REVISION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Next Revision</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__NEXT_REVISION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__LINES = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Approvals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__APPROVALS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Tax Rate Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TAX_RATE_PERCENT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__DISCOUNT_PERCENT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__FLAGS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Terms Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TERMS_TEMPLATE = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Terms Text</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TERMS_TEXT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Payment Schedule</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__PAYMENT_SCHEDULE = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Exclusions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__EXCLUSIONS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The operation id for the '<em>Superseded Has Successor</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE___SUPERSEDED_HAS_SUCCESSOR__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Lines In Quote Currency</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE___LINES_IN_QUOTE_CURRENCY__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.QuoteLineImpl <em>Quote Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.QuoteLineImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuoteLine()
	 * @generated
	 */
	int QUOTE_LINE = 17;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Cost Item Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__COST_ITEM_CODE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__UNIT = 3;

	/**
	 * The feature id for the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__QUANTITY = 4;

	/**
	 * The feature id for the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__UNIT_COST = 5;

	/**
	 * The feature id for the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__UNIT_PRICE = 6;

	/**
	 * The feature id for the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__DISCOUNT_PERCENT = 7;

	/**
	 * The feature id for the '<em><b>Global Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__GLOBAL_IDS = 8;

	/**
	 * The feature id for the '<em><b>Takeoff Line Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__TAKEOFF_LINE_ID = 9;

	/**
	 * The feature id for the '<em><b>Model Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__MODEL_SHA256 = 10;

	/**
	 * The feature id for the '<em><b>Rule Pack Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__RULE_PACK_NAME = 11;

	/**
	 * The feature id for the '<em><b>Rule Pack Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__RULE_PACK_VERSION = 12;

	/**
	 * The feature id for the '<em><b>Quantity Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__QUANTITY_SOURCE = 13;

	/**
	 * The feature id for the '<em><b>Characteristics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__CHARACTERISTICS = 14;

	/**
	 * The feature id for the '<em><b>Unchanged By Model Diff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF = 15;

	/**
	 * The number of structural features of the '<em>Quote Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE_FEATURE_COUNT = 16;

	/**
	 * The operation id for the '<em>Quantity Not Negative</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE___QUANTITY_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Discount In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE___DISCOUNT_IN_RANGE__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>Priced Above Cost</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE___PRICED_ABOVE_COST__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The number of operations of the '<em>Quote Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_LINE_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.ApprovalImpl <em>Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.ApprovalImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getApproval()
	 * @generated
	 */
	int APPROVAL = 18;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__APPROVER = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__AT = 2;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__VERDICT = 3;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__COMMENT = 4;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__LINES = 5;

	/**
	 * The feature id for the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__CARRIED_OVER = 6;

	/**
	 * The number of structural features of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.PriceCatalogImpl <em>Price Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.PriceCatalogImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPriceCatalog()
	 * @generated
	 */
	int PRICE_CATALOG = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG__CURRENCY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG__VALID_FROM = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG__VALID_TO = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG__ITEMS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Margin Floors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG__MARGIN_FLOORS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Price Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Price Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRICE_CATALOG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.CatalogItemImpl <em>Catalog Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.CatalogItemImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCatalogItem()
	 * @generated
	 */
	int CATALOG_ITEM = 20;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__CATEGORY = 3;

	/**
	 * The feature id for the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__UNIT_COST = 4;

	/**
	 * The feature id for the '<em><b>Price Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__PRICE_RULE = 5;

	/**
	 * The feature id for the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__UNIT_PRICE = 6;

	/**
	 * The feature id for the '<em><b>Margin Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__MARGIN_PERCENT = 7;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__VALID_FROM = 8;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM__VALID_TO = 9;

	/**
	 * The number of structural features of the '<em>Catalog Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM_FEATURE_COUNT = 10;

	/**
	 * The operation id for the '<em>Validity Ordered</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM___VALIDITY_ORDERED__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Price Rule Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM___PRICE_RULE_COMPLETE__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Catalog Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATALOG_ITEM_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.MarginFloorImpl <em>Margin Floor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.MarginFloorImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getMarginFloor()
	 * @generated
	 */
	int MARGIN_FLOOR = 21;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARGIN_FLOOR__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Minimum Margin Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT = 1;

	/**
	 * The number of structural features of the '<em>Margin Floor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARGIN_FLOOR_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Margin Floor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARGIN_FLOOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.ContractImpl <em>Contract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.ContractImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getContract()
	 * @generated
	 */
	int CONTRACT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__SIGNED_ON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__VALUE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Estimated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__ESTIMATED_COST = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__QUOTE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__MILESTONES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Change Orders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__CHANGE_ORDERS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Milestones Match Value</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT___MILESTONES_MATCH_VALUE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl <em>Payment Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.PaymentMilestoneImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPaymentMilestone()
	 * @generated
	 */
	int PAYMENT_MILESTONE = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__PLANNED_DATE = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__AMOUNT = 2;

	/**
	 * The feature id for the '<em><b>Delivered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__DELIVERED_ON = 3;

	/**
	 * The feature id for the '<em><b>Invoiced On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__INVOICED_ON = 4;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__DUE_DATE = 5;

	/**
	 * The feature id for the '<em><b>Collected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__COLLECTED_ON = 6;

	/**
	 * The feature id for the '<em><b>Collected Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE__COLLECTED_AMOUNT = 7;

	/**
	 * The number of structural features of the '<em>Payment Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Collected Not Above Amount</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE___COLLECTED_NOT_ABOVE_AMOUNT__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Collected After Invoice</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE___COLLECTED_AFTER_INVOICE__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Payment Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_MILESTONE_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.ChangeOrderImpl <em>Change Order</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.ChangeOrderImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getChangeOrder()
	 * @generated
	 */
	int CHANGE_ORDER = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_ORDER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_ORDER__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_ORDER__RAISED_ON = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_ORDER__AMOUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_ORDER__STATUS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Change Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_ORDER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Change Order</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_ORDER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.NpsAnswerImpl <em>Nps Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.NpsAnswerImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getNpsAnswer()
	 * @generated
	 */
	int NPS_ANSWER = 25;

	/**
	 * The feature id for the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER__CUSTOMER = 0;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER__CONTACT = 1;

	/**
	 * The feature id for the '<em><b>Opportunity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER__OPPORTUNITY = 2;

	/**
	 * The feature id for the '<em><b>Answered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER__ANSWERED_ON = 3;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER__SCORE = 4;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER__COMMENT = 5;

	/**
	 * The number of structural features of the '<em>Nps Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Score In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Nps Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NPS_ANSWER_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.RiskAcknowledgementImpl <em>Risk Acknowledgement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.RiskAcknowledgementImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getRiskAcknowledgement()
	 * @generated
	 */
	int RISK_ACKNOWLEDGEMENT = 26;

	/**
	 * The feature id for the '<em><b>Flag Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_ACKNOWLEDGEMENT__FLAG_KEY = 0;

	/**
	 * The feature id for the '<em><b>Acknowledged By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_ACKNOWLEDGEMENT__AT = 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_ACKNOWLEDGEMENT__COMMENT = 3;

	/**
	 * The number of structural features of the '<em>Risk Acknowledgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_ACKNOWLEDGEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Risk Acknowledgement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_ACKNOWLEDGEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.CompetitorSightingImpl <em>Competitor Sighting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.CompetitorSightingImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCompetitorSighting()
	 * @generated
	 */
	int COMPETITOR_SIGHTING = 27;

	/**
	 * The feature id for the '<em><b>Competitor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_SIGHTING__COMPETITOR = 0;

	/**
	 * The feature id for the '<em><b>Added At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_SIGHTING__ADDED_AT = 1;

	/**
	 * The number of structural features of the '<em>Competitor Sighting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_SIGHTING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Competitor Sighting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPETITOR_SIGHTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.KpiTargetImpl <em>Kpi Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.KpiTargetImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getKpiTarget()
	 * @generated
	 */
	int KPI_TARGET = 28;

	/**
	 * The feature id for the '<em><b>Kpi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_TARGET__KPI = 0;

	/**
	 * The feature id for the '<em><b>Period Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_TARGET__PERIOD_LENGTH = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_TARGET__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Kpi Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_TARGET_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Kpi Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.QuoteFlagImpl <em>Quote Flag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.QuoteFlagImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuoteFlag()
	 * @generated
	 */
	int QUOTE_FLAG = 29;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__KIND = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__SEVERITY = 1;

	/**
	 * The feature id for the '<em><b>Global Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__GLOBAL_ID = 2;

	/**
	 * The feature id for the '<em><b>Line Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__LINE_KEY = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Acknowledged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__ACKNOWLEDGED = 5;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__COMMENT = 6;

	/**
	 * The feature id for the '<em><b>Acknowledged By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__ACKNOWLEDGED_BY = 7;

	/**
	 * The feature id for the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG__ACKNOWLEDGED_AT = 8;

	/**
	 * The number of structural features of the '<em>Quote Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Quote Flag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FLAG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.impl.PaymentShareImpl <em>Payment Share</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.impl.PaymentShareImpl
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPaymentShare()
	 * @generated
	 */
	int PAYMENT_SHARE = 30;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_SHARE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_SHARE__PERCENT = 1;

	/**
	 * The number of structural features of the '<em>Payment Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_SHARE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Payment Share</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAYMENT_SHARE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.EmployeeRole <em>Employee Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getEmployeeRole()
	 * @generated
	 */
	int EMPLOYEE_ROLE = 31;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.CustomerTier <em>Customer Tier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.CustomerTier
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCustomerTier()
	 * @generated
	 */
	int CUSTOMER_TIER = 32;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.BuyingRole <em>Buying Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.BuyingRole
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getBuyingRole()
	 * @generated
	 */
	int BUYING_ROLE = 33;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.Attitude <em>Attitude</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.Attitude
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getAttitude()
	 * @generated
	 */
	int ATTITUDE = 34;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.LeadStatus <em>Lead Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.LeadStatus
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getLeadStatus()
	 * @generated
	 */
	int LEAD_STATUS = 35;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.OpportunityStatus <em>Opportunity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.OpportunityStatus
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getOpportunityStatus()
	 * @generated
	 */
	int OPPORTUNITY_STATUS = 36;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.ActivityKind <em>Activity Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.ActivityKind
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getActivityKind()
	 * @generated
	 */
	int ACTIVITY_KIND = 37;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.GateKind <em>Gate Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.GateKind
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getGateKind()
	 * @generated
	 */
	int GATE_KIND = 38;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.GateEvent <em>Gate Event</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.GateEvent
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getGateEvent()
	 * @generated
	 */
	int GATE_EVENT = 39;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.DeliverableStatus <em>Deliverable Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.DeliverableStatus
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getDeliverableStatus()
	 * @generated
	 */
	int DELIVERABLE_STATUS = 40;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.QuoteStatus <em>Quote Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.QuoteStatus
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuoteStatus()
	 * @generated
	 */
	int QUOTE_STATUS = 41;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.Verdict
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 42;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.PriceRule <em>Price Rule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.PriceRule
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPriceRule()
	 * @generated
	 */
	int PRICE_RULE = 43;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.ChangeOrderStatus <em>Change Order Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.ChangeOrderStatus
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getChangeOrderStatus()
	 * @generated
	 */
	int CHANGE_ORDER_STATUS = 44;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.ForecastCategory <em>Forecast Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.ForecastCategory
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getForecastCategory()
	 * @generated
	 */
	int FORECAST_CATEGORY = 45;

	/**
	 * The meta object id for the '{@link org.bidbench.sales.model.FlagSeverity <em>Flag Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.FlagSeverity
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getFlagSeverity()
	 * @generated
	 */
	int FLAG_SEVERITY = 46;

	/**
	 * The meta object id for the '<em>Money</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.sales.model.Money
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getMoney()
	 * @generated
	 */
	int MONEY = 47;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 48;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 49;


	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.bidbench.sales.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.bidbench.sales.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.SalesWorkspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace
	 * @generated
	 */
	EClass getSalesWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.SalesWorkspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getName()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EAttribute getSalesWorkspace_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.SalesWorkspace#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getCurrency()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EAttribute getSalesWorkspace_Currency();

	/**
	 * Returns the meta object for the containment reference '{@link org.bidbench.sales.model.SalesWorkspace#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Process</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getProcess()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_Process();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesWorkspace#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Employees</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getEmployees()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_Employees();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesWorkspace#getCustomers <em>Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customers</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getCustomers()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_Customers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesWorkspace#getLeads <em>Leads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Leads</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getLeads()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_Leads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesWorkspace#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Opportunities</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getOpportunities()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_Opportunities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesWorkspace#getPriceCatalogs <em>Price Catalogs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Price Catalogs</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getPriceCatalogs()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_PriceCatalogs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesWorkspace#getNpsAnswers <em>Nps Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nps Answers</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getNpsAnswers()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_NpsAnswers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesWorkspace#getKpiTargets <em>Kpi Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpi Targets</em>'.
	 * @see org.bidbench.sales.model.SalesWorkspace#getKpiTargets()
	 * @see #getSalesWorkspace()
	 * @generated
	 */
	EReference getSalesWorkspace_KpiTargets();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Employee <em>Employee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Employee</em>'.
	 * @see org.bidbench.sales.model.Employee
	 * @generated
	 */
	EClass getEmployee();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Employee#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.Employee#getName()
	 * @see #getEmployee()
	 * @generated
	 */
	EAttribute getEmployee_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Employee#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.bidbench.sales.model.Employee#getRole()
	 * @see #getEmployee()
	 * @generated
	 */
	EAttribute getEmployee_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Employee#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.bidbench.sales.model.Employee#getRegion()
	 * @see #getEmployee()
	 * @generated
	 */
	EAttribute getEmployee_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Employee#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.bidbench.sales.model.Employee#getEmail()
	 * @see #getEmployee()
	 * @generated
	 */
	EAttribute getEmployee_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Employee#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Team</em>'.
	 * @see org.bidbench.sales.model.Employee#getTeam()
	 * @see #getEmployee()
	 * @generated
	 */
	EAttribute getEmployee_Team();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Customer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer</em>'.
	 * @see org.bidbench.sales.model.Customer
	 * @generated
	 */
	EClass getCustomer();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Customer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.Customer#getName()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Customer#getIndustry <em>Industry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Industry</em>'.
	 * @see org.bidbench.sales.model.Customer#getIndustry()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Industry();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Customer#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.bidbench.sales.model.Customer#getRegion()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Customer#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.bidbench.sales.model.Customer#getTier()
	 * @see #getCustomer()
	 * @generated
	 */
	EAttribute getCustomer_Tier();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Customer#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.bidbench.sales.model.Customer#getContacts()
	 * @see #getCustomer()
	 * @generated
	 */
	EReference getCustomer_Contacts();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.bidbench.sales.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contact#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bidbench.sales.model.Contact#getTitle()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.bidbench.sales.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.bidbench.sales.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contact#getBuyingRole <em>Buying Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buying Role</em>'.
	 * @see org.bidbench.sales.model.Contact#getBuyingRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_BuyingRole();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contact#getAttitude <em>Attitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attitude</em>'.
	 * @see org.bidbench.sales.model.Contact#getAttitude()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Attitude();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Lead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lead</em>'.
	 * @see org.bidbench.sales.model.Lead
	 * @generated
	 */
	EClass getLead();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Lead#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bidbench.sales.model.Lead#getTitle()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Lead#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.bidbench.sales.model.Lead#getSource()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Lead#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.bidbench.sales.model.Lead#getRegion()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Lead#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.bidbench.sales.model.Lead#getCreatedAt()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Lead#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bidbench.sales.model.Lead#getStatus()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_Status();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Lead#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.bidbench.sales.model.Lead#getCustomer()
	 * @see #getLead()
	 * @generated
	 */
	EReference getLead_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Lead#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.bidbench.sales.model.Lead#getOwner()
	 * @see #getLead()
	 * @generated
	 */
	EReference getLead_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Lead#getOpportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Opportunity</em>'.
	 * @see org.bidbench.sales.model.Lead#getOpportunity()
	 * @see #getLead()
	 * @generated
	 */
	EReference getLead_Opportunity();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Lead#getDropReason <em>Drop Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drop Reason</em>'.
	 * @see org.bidbench.sales.model.Lead#getDropReason()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_DropReason();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Opportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opportunity</em>'.
	 * @see org.bidbench.sales.model.Opportunity
	 * @generated
	 */
	EClass getOpportunity();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getName()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Name();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Opportunity#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getCustomer()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Opportunity#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getStage()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getStatus()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getAmount()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getProbability()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Probability();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getExpectedClose <em>Expected Close</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Close</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getExpectedClose()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_ExpectedClose();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getCreatedAt()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getClosedAt <em>Closed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed At</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getClosedAt()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_ClosedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getSource()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Source();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.sales.model.Opportunity#getCompetitors <em>Competitors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Competitors</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getCompetitors()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Competitors();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.sales.model.Opportunity#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Risks</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getRisks()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_Risks();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getLostReason <em>Lost Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lost Reason</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getLostReason()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_LostReason();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getWinningCompetitor <em>Winning Competitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Winning Competitor</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getWinningCompetitor()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_WinningCompetitor();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Opportunity#getStageHistory <em>Stage History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stage History</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getStageHistory()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_StageHistory();

	/**
	 * Returns the meta object for the containment reference '{@link org.bidbench.sales.model.Opportunity#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Team</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getTeam()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Team();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Opportunity#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getActivities()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Activities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Opportunity#getDeliverables <em>Deliverables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deliverables</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getDeliverables()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Deliverables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Opportunity#getQuotes <em>Quotes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quotes</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getQuotes()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Quotes();

	/**
	 * Returns the meta object for the containment reference '{@link org.bidbench.sales.model.Opportunity#getContract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Contract</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getContract()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_Contract();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Opportunity#getForecastCategory <em>Forecast Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forecast Category</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getForecastCategory()
	 * @see #getOpportunity()
	 * @generated
	 */
	EAttribute getOpportunity_ForecastCategory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Opportunity#getRiskAcknowledgements <em>Risk Acknowledgements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Risk Acknowledgements</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getRiskAcknowledgements()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_RiskAcknowledgements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Opportunity#getCompetitorSightings <em>Competitor Sightings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Competitor Sightings</em>'.
	 * @see org.bidbench.sales.model.Opportunity#getCompetitorSightings()
	 * @see #getOpportunity()
	 * @generated
	 */
	EReference getOpportunity_CompetitorSightings();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Opportunity#lostHasReason(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Lost Has Reason</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Lost Has Reason</em>' operation.
	 * @see org.bidbench.sales.model.Opportunity#lostHasReason(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOpportunity__LostHasReason__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Opportunity#closedHasDate(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Closed Has Date</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Closed Has Date</em>' operation.
	 * @see org.bidbench.sales.model.Opportunity#closedHasDate(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOpportunity__ClosedHasDate__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Opportunity#amountNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Amount Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Amount Not Negative</em>' operation.
	 * @see org.bidbench.sales.model.Opportunity#amountNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getOpportunity__AmountNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.StageChange <em>Stage Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage Change</em>'.
	 * @see org.bidbench.sales.model.StageChange
	 * @generated
	 */
	EClass getStageChange();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.StageChange#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.bidbench.sales.model.StageChange#getStage()
	 * @see #getStageChange()
	 * @generated
	 */
	EReference getStageChange_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.StageChange#getEnteredAt <em>Entered At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Entered At</em>'.
	 * @see org.bidbench.sales.model.StageChange#getEnteredAt()
	 * @see #getStageChange()
	 * @generated
	 */
	EAttribute getStageChange_EnteredAt();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.StageChange#getChangedBy <em>Changed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Changed By</em>'.
	 * @see org.bidbench.sales.model.StageChange#getChangedBy()
	 * @see #getStageChange()
	 * @generated
	 */
	EReference getStageChange_ChangedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.StageChange#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.bidbench.sales.model.StageChange#getNote()
	 * @see #getStageChange()
	 * @generated
	 */
	EAttribute getStageChange_Note();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see org.bidbench.sales.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Team#getSalesLead <em>Sales Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sales Lead</em>'.
	 * @see org.bidbench.sales.model.Team#getSalesLead()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_SalesLead();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Team#getTechnicalLead <em>Technical Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Technical Lead</em>'.
	 * @see org.bidbench.sales.model.Team#getTechnicalLead()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_TechnicalLead();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Team#getCommercialLead <em>Commercial Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Commercial Lead</em>'.
	 * @see org.bidbench.sales.model.Team#getCommercialLead()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_CommercialLead();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Team#getProjectManager <em>Project Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project Manager</em>'.
	 * @see org.bidbench.sales.model.Team#getProjectManager()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_ProjectManager();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.bidbench.sales.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Activity#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bidbench.sales.model.Activity#getKind()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Activity#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.bidbench.sales.model.Activity#getAt()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_At();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Activity#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.bidbench.sales.model.Activity#getSubject()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Activity#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see org.bidbench.sales.model.Activity#getMinutes()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Minutes();

	/**
	 * Returns the meta object for the reference list '{@link org.bidbench.sales.model.Activity#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Participants</em>'.
	 * @see org.bidbench.sales.model.Activity#getParticipants()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Participants();

	/**
	 * Returns the meta object for the reference list '{@link org.bidbench.sales.model.Activity#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contacts</em>'.
	 * @see org.bidbench.sales.model.Activity#getContacts()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Activity#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.bidbench.sales.model.Activity#getFollowUps()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_FollowUps();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.FollowUpTask <em>Follow Up Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up Task</em>'.
	 * @see org.bidbench.sales.model.FollowUpTask
	 * @generated
	 */
	EClass getFollowUpTask();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.FollowUpTask#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bidbench.sales.model.FollowUpTask#getDescription()
	 * @see #getFollowUpTask()
	 * @generated
	 */
	EAttribute getFollowUpTask_Description();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.FollowUpTask#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assignee</em>'.
	 * @see org.bidbench.sales.model.FollowUpTask#getAssignee()
	 * @see #getFollowUpTask()
	 * @generated
	 */
	EReference getFollowUpTask_Assignee();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.FollowUpTask#getDue <em>Due</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due</em>'.
	 * @see org.bidbench.sales.model.FollowUpTask#getDue()
	 * @see #getFollowUpTask()
	 * @generated
	 */
	EAttribute getFollowUpTask_Due();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.FollowUpTask#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.bidbench.sales.model.FollowUpTask#isDone()
	 * @see #getFollowUpTask()
	 * @generated
	 */
	EAttribute getFollowUpTask_Done();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.FollowUpTask#getDoneAt <em>Done At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done At</em>'.
	 * @see org.bidbench.sales.model.FollowUpTask#getDoneAt()
	 * @see #getFollowUpTask()
	 * @generated
	 */
	EAttribute getFollowUpTask_DoneAt();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.SalesProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process</em>'.
	 * @see org.bidbench.sales.model.SalesProcess
	 * @generated
	 */
	EClass getSalesProcess();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.SalesProcess#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.SalesProcess#getName()
	 * @see #getSalesProcess()
	 * @generated
	 */
	EAttribute getSalesProcess_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.SalesProcess#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.bidbench.sales.model.SalesProcess#getVersion()
	 * @see #getSalesProcess()
	 * @generated
	 */
	EAttribute getSalesProcess_Version();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesProcess#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.bidbench.sales.model.SalesProcess#getStages()
	 * @see #getSalesProcess()
	 * @generated
	 */
	EReference getSalesProcess_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.SalesProcess#getQuoteApprovalRules <em>Quote Approval Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quote Approval Rules</em>'.
	 * @see org.bidbench.sales.model.SalesProcess#getQuoteApprovalRules()
	 * @see #getSalesProcess()
	 * @generated
	 */
	EReference getSalesProcess_QuoteApprovalRules();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stage</em>'.
	 * @see org.bidbench.sales.model.Stage
	 * @generated
	 */
	EClass getStage();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Stage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.Stage#getName()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Stage#getLocalName <em>Local Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Name</em>'.
	 * @see org.bidbench.sales.model.Stage#getLocalName()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_LocalName();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Stage#getDefaultProbability <em>Default Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Probability</em>'.
	 * @see org.bidbench.sales.model.Stage#getDefaultProbability()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_DefaultProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Stage#isSigned <em>Signed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed</em>'.
	 * @see org.bidbench.sales.model.Stage#isSigned()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Signed();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Stage#isOptional <em>Optional</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optional</em>'.
	 * @see org.bidbench.sales.model.Stage#isOptional()
	 * @see #getStage()
	 * @generated
	 */
	EAttribute getStage_Optional();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Stage#getGates <em>Gates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gates</em>'.
	 * @see org.bidbench.sales.model.Stage#getGates()
	 * @see #getStage()
	 * @generated
	 */
	EReference getStage_Gates();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Gate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gate</em>'.
	 * @see org.bidbench.sales.model.Gate
	 * @generated
	 */
	EClass getGate();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.Gate#getName()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bidbench.sales.model.Gate#getDescription()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bidbench.sales.model.Gate#getKind()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getDeliverableType <em>Deliverable Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deliverable Type</em>'.
	 * @see org.bidbench.sales.model.Gate#getDeliverableType()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_DeliverableType();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getResponsibleRole <em>Responsible Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Role</em>'.
	 * @see org.bidbench.sales.model.Gate#getResponsibleRole()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_ResponsibleRole();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getReviewerRole <em>Reviewer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer Role</em>'.
	 * @see org.bidbench.sales.model.Gate#getReviewerRole()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_ReviewerRole();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.bidbench.sales.model.Gate#getAnchor()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Anchor();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Gate#getDeadlineHours <em>Deadline Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline Hours</em>'.
	 * @see org.bidbench.sales.model.Gate#getDeadlineHours()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_DeadlineHours();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Gate#deadlineNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Deadline Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Deadline Not Negative</em>' operation.
	 * @see org.bidbench.sales.model.Gate#deadlineNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getGate__DeadlineNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Gate#deliverableGateNamesType(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Deliverable Gate Names Type</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Deliverable Gate Names Type</em>' operation.
	 * @see org.bidbench.sales.model.Gate#deliverableGateNamesType(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getGate__DeliverableGateNamesType__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.ApprovalRule <em>Approval Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval Rule</em>'.
	 * @see org.bidbench.sales.model.ApprovalRule
	 * @generated
	 */
	EClass getApprovalRule();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ApprovalRule#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.bidbench.sales.model.ApprovalRule#getRole()
	 * @see #getApprovalRule()
	 * @generated
	 */
	EAttribute getApprovalRule_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ApprovalRule#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.bidbench.sales.model.ApprovalRule#getPurpose()
	 * @see #getApprovalRule()
	 * @generated
	 */
	EAttribute getApprovalRule_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ApprovalRule#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.bidbench.sales.model.ApprovalRule#getSequence()
	 * @see #getApprovalRule()
	 * @generated
	 */
	EAttribute getApprovalRule_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ApprovalRule#getDiscountAbove <em>Discount Above</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount Above</em>'.
	 * @see org.bidbench.sales.model.ApprovalRule#getDiscountAbove()
	 * @see #getApprovalRule()
	 * @generated
	 */
	EAttribute getApprovalRule_DiscountAbove();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Deliverable <em>Deliverable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deliverable</em>'.
	 * @see org.bidbench.sales.model.Deliverable
	 * @generated
	 */
	EClass getDeliverable();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Deliverable#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getType()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Deliverable#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getTitle()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Title();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Deliverable#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getAuthor()
	 * @see #getDeliverable()
	 * @generated
	 */
	EReference getDeliverable_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Deliverable#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getSubmittedAt()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_SubmittedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Deliverable#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getStatus()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Status();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Deliverable#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getReviewer()
	 * @see #getDeliverable()
	 * @generated
	 */
	EReference getDeliverable_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Deliverable#getReviewedAt <em>Reviewed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed At</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getReviewedAt()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_ReviewedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Deliverable#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getLocation()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Deliverable#getReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Comment</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getReviewComment()
	 * @see #getDeliverable()
	 * @generated
	 */
	EAttribute getDeliverable_ReviewComment();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Deliverable#getGate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gate</em>'.
	 * @see org.bidbench.sales.model.Deliverable#getGate()
	 * @see #getDeliverable()
	 * @generated
	 */
	EReference getDeliverable_Gate();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Quote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quote</em>'.
	 * @see org.bidbench.sales.model.Quote
	 * @generated
	 */
	EClass getQuote();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see org.bidbench.sales.model.Quote#getRevision()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Revision();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bidbench.sales.model.Quote#getStatus()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.bidbench.sales.model.Quote#getCurrency()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.bidbench.sales.model.Quote#getCreatedAt()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getReleasedAt <em>Released At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Released At</em>'.
	 * @see org.bidbench.sales.model.Quote#getReleasedAt()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_ReleasedAt();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Quote#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.bidbench.sales.model.Quote#getAuthor()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see org.bidbench.sales.model.Quote#getValidUntil()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_ValidUntil();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Quote#getPreviousRevision <em>Previous Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Previous Revision</em>'.
	 * @see org.bidbench.sales.model.Quote#getPreviousRevision()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_PreviousRevision();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Quote#getNextRevision <em>Next Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Next Revision</em>'.
	 * @see org.bidbench.sales.model.Quote#getNextRevision()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_NextRevision();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Quote#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.bidbench.sales.model.Quote#getLines()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_Lines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Quote#getApprovals <em>Approvals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Approvals</em>'.
	 * @see org.bidbench.sales.model.Quote#getApprovals()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_Approvals();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getTaxRatePercent <em>Tax Rate Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tax Rate Percent</em>'.
	 * @see org.bidbench.sales.model.Quote#getTaxRatePercent()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_TaxRatePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getDiscountPercent <em>Discount Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount Percent</em>'.
	 * @see org.bidbench.sales.model.Quote#getDiscountPercent()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_DiscountPercent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Quote#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flags</em>'.
	 * @see org.bidbench.sales.model.Quote#getFlags()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Quote#getTermsTemplate <em>Terms Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Terms Template</em>'.
	 * @see org.bidbench.sales.model.Quote#getTermsTemplate()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_TermsTemplate();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.sales.model.Quote#getTermsText <em>Terms Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Terms Text</em>'.
	 * @see org.bidbench.sales.model.Quote#getTermsText()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_TermsText();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Quote#getPaymentSchedule <em>Payment Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Payment Schedule</em>'.
	 * @see org.bidbench.sales.model.Quote#getPaymentSchedule()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_PaymentSchedule();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.sales.model.Quote#getExclusions <em>Exclusions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Exclusions</em>'.
	 * @see org.bidbench.sales.model.Quote#getExclusions()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Exclusions();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Quote#supersededHasSuccessor(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Superseded Has Successor</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Superseded Has Successor</em>' operation.
	 * @see org.bidbench.sales.model.Quote#supersededHasSuccessor(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getQuote__SupersededHasSuccessor__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Quote#linesInQuoteCurrency(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Lines In Quote Currency</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Lines In Quote Currency</em>' operation.
	 * @see org.bidbench.sales.model.Quote#linesInQuoteCurrency(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getQuote__LinesInQuoteCurrency__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.QuoteLine <em>Quote Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quote Line</em>'.
	 * @see org.bidbench.sales.model.QuoteLine
	 * @generated
	 */
	EClass getQuoteLine();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getKey()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getCostItemCode <em>Cost Item Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Item Code</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getCostItemCode()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_CostItemCode();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getDescription()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getUnit()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getQuantity <em>Quantity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getQuantity()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_Quantity();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getUnitCost <em>Unit Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Cost</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getUnitCost()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_UnitCost();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getUnitPrice <em>Unit Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Price</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getUnitPrice()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_UnitPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getDiscountPercent <em>Discount Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discount Percent</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getDiscountPercent()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_DiscountPercent();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.sales.model.QuoteLine#getGlobalIds <em>Global Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Global Ids</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getGlobalIds()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_GlobalIds();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getTakeoffLineId <em>Takeoff Line Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Takeoff Line Id</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getTakeoffLineId()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_TakeoffLineId();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getModelSha256 <em>Model Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Sha256</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getModelSha256()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_ModelSha256();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getRulePackName <em>Rule Pack Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Pack Name</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getRulePackName()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_RulePackName();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getRulePackVersion <em>Rule Pack Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Pack Version</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getRulePackVersion()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_RulePackVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getQuantitySource <em>Quantity Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantity Source</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getQuantitySource()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_QuantitySource();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#getCharacteristics <em>Characteristics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Characteristics</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#getCharacteristics()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_Characteristics();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteLine#isUnchangedByModelDiff <em>Unchanged By Model Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unchanged By Model Diff</em>'.
	 * @see org.bidbench.sales.model.QuoteLine#isUnchangedByModelDiff()
	 * @see #getQuoteLine()
	 * @generated
	 */
	EAttribute getQuoteLine_UnchangedByModelDiff();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.QuoteLine#quantityNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Quantity Not Negative</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Quantity Not Negative</em>' operation.
	 * @see org.bidbench.sales.model.QuoteLine#quantityNotNegative(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getQuoteLine__QuantityNotNegative__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.QuoteLine#discountInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Discount In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Discount In Range</em>' operation.
	 * @see org.bidbench.sales.model.QuoteLine#discountInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getQuoteLine__DiscountInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.QuoteLine#pricedAboveCost(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Priced Above Cost</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Priced Above Cost</em>' operation.
	 * @see org.bidbench.sales.model.QuoteLine#pricedAboveCost(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getQuoteLine__PricedAboveCost__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval</em>'.
	 * @see org.bidbench.sales.model.Approval
	 * @generated
	 */
	EClass getApproval();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Approval#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.bidbench.sales.model.Approval#getRole()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Role();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Approval#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Approver</em>'.
	 * @see org.bidbench.sales.model.Approval#getApprover()
	 * @see #getApproval()
	 * @generated
	 */
	EReference getApproval_Approver();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Approval#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.bidbench.sales.model.Approval#getAt()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_At();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Approval#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.bidbench.sales.model.Approval#getVerdict()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Approval#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.bidbench.sales.model.Approval#getComment()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Comment();

	/**
	 * Returns the meta object for the reference list '{@link org.bidbench.sales.model.Approval#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Lines</em>'.
	 * @see org.bidbench.sales.model.Approval#getLines()
	 * @see #getApproval()
	 * @generated
	 */
	EReference getApproval_Lines();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Approval#isCarriedOver <em>Carried Over</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carried Over</em>'.
	 * @see org.bidbench.sales.model.Approval#isCarriedOver()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_CarriedOver();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.PriceCatalog <em>Price Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Price Catalog</em>'.
	 * @see org.bidbench.sales.model.PriceCatalog
	 * @generated
	 */
	EClass getPriceCatalog();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PriceCatalog#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.PriceCatalog#getName()
	 * @see #getPriceCatalog()
	 * @generated
	 */
	EAttribute getPriceCatalog_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PriceCatalog#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.bidbench.sales.model.PriceCatalog#getCurrency()
	 * @see #getPriceCatalog()
	 * @generated
	 */
	EAttribute getPriceCatalog_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PriceCatalog#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.bidbench.sales.model.PriceCatalog#getValidFrom()
	 * @see #getPriceCatalog()
	 * @generated
	 */
	EAttribute getPriceCatalog_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PriceCatalog#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.bidbench.sales.model.PriceCatalog#getValidTo()
	 * @see #getPriceCatalog()
	 * @generated
	 */
	EAttribute getPriceCatalog_ValidTo();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.PriceCatalog#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.bidbench.sales.model.PriceCatalog#getItems()
	 * @see #getPriceCatalog()
	 * @generated
	 */
	EReference getPriceCatalog_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.PriceCatalog#getMarginFloors <em>Margin Floors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Margin Floors</em>'.
	 * @see org.bidbench.sales.model.PriceCatalog#getMarginFloors()
	 * @see #getPriceCatalog()
	 * @generated
	 */
	EReference getPriceCatalog_MarginFloors();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.CatalogItem <em>Catalog Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Catalog Item</em>'.
	 * @see org.bidbench.sales.model.CatalogItem
	 * @generated
	 */
	EClass getCatalogItem();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getCode()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getDescription()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getUnit()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getCategory()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getUnitCost <em>Unit Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Cost</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getUnitCost()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_UnitCost();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getPriceRule <em>Price Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Price Rule</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getPriceRule()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_PriceRule();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getUnitPrice <em>Unit Price</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Price</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getUnitPrice()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_UnitPrice();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getMarginPercent <em>Margin Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Margin Percent</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getMarginPercent()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_MarginPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getValidFrom()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CatalogItem#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.bidbench.sales.model.CatalogItem#getValidTo()
	 * @see #getCatalogItem()
	 * @generated
	 */
	EAttribute getCatalogItem_ValidTo();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.CatalogItem#validityOrdered(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Validity Ordered</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Validity Ordered</em>' operation.
	 * @see org.bidbench.sales.model.CatalogItem#validityOrdered(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCatalogItem__ValidityOrdered__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.CatalogItem#priceRuleComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Price Rule Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Price Rule Complete</em>' operation.
	 * @see org.bidbench.sales.model.CatalogItem#priceRuleComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCatalogItem__PriceRuleComplete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.MarginFloor <em>Margin Floor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Margin Floor</em>'.
	 * @see org.bidbench.sales.model.MarginFloor
	 * @generated
	 */
	EClass getMarginFloor();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.MarginFloor#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.bidbench.sales.model.MarginFloor#getCategory()
	 * @see #getMarginFloor()
	 * @generated
	 */
	EAttribute getMarginFloor_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.MarginFloor#getMinimumMarginPercent <em>Minimum Margin Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Margin Percent</em>'.
	 * @see org.bidbench.sales.model.MarginFloor#getMinimumMarginPercent()
	 * @see #getMarginFloor()
	 * @generated
	 */
	EAttribute getMarginFloor_MinimumMarginPercent();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.Contract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contract</em>'.
	 * @see org.bidbench.sales.model.Contract
	 * @generated
	 */
	EClass getContract();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contract#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.bidbench.sales.model.Contract#getNumber()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contract#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see org.bidbench.sales.model.Contract#getSignedOn()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_SignedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contract#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.bidbench.sales.model.Contract#getValue()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.Contract#getEstimatedCost <em>Estimated Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Cost</em>'.
	 * @see org.bidbench.sales.model.Contract#getEstimatedCost()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_EstimatedCost();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.Contract#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Quote</em>'.
	 * @see org.bidbench.sales.model.Contract#getQuote()
	 * @see #getContract()
	 * @generated
	 */
	EReference getContract_Quote();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Contract#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.bidbench.sales.model.Contract#getMilestones()
	 * @see #getContract()
	 * @generated
	 */
	EReference getContract_Milestones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.sales.model.Contract#getChangeOrders <em>Change Orders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Change Orders</em>'.
	 * @see org.bidbench.sales.model.Contract#getChangeOrders()
	 * @see #getContract()
	 * @generated
	 */
	EReference getContract_ChangeOrders();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.Contract#milestonesMatchValue(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Milestones Match Value</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Milestones Match Value</em>' operation.
	 * @see org.bidbench.sales.model.Contract#milestonesMatchValue(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getContract__MilestonesMatchValue__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.PaymentMilestone <em>Payment Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Payment Milestone</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone
	 * @generated
	 */
	EClass getPaymentMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getName()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getPlannedDate <em>Planned Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getPlannedDate()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_PlannedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getAmount()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getDeliveredOn <em>Delivered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delivered On</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getDeliveredOn()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_DeliveredOn();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getInvoicedOn <em>Invoiced On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Invoiced On</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getInvoicedOn()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_InvoicedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getDueDate()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getCollectedOn <em>Collected On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected On</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getCollectedOn()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_CollectedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentMilestone#getCollectedAmount <em>Collected Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected Amount</em>'.
	 * @see org.bidbench.sales.model.PaymentMilestone#getCollectedAmount()
	 * @see #getPaymentMilestone()
	 * @generated
	 */
	EAttribute getPaymentMilestone_CollectedAmount();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.PaymentMilestone#collectedNotAboveAmount(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Collected Not Above Amount</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Collected Not Above Amount</em>' operation.
	 * @see org.bidbench.sales.model.PaymentMilestone#collectedNotAboveAmount(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPaymentMilestone__CollectedNotAboveAmount__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.PaymentMilestone#collectedAfterInvoice(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Collected After Invoice</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Collected After Invoice</em>' operation.
	 * @see org.bidbench.sales.model.PaymentMilestone#collectedAfterInvoice(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPaymentMilestone__CollectedAfterInvoice__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.ChangeOrder <em>Change Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Order</em>'.
	 * @see org.bidbench.sales.model.ChangeOrder
	 * @generated
	 */
	EClass getChangeOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ChangeOrder#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bidbench.sales.model.ChangeOrder#getDescription()
	 * @see #getChangeOrder()
	 * @generated
	 */
	EAttribute getChangeOrder_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ChangeOrder#getRaisedOn <em>Raised On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised On</em>'.
	 * @see org.bidbench.sales.model.ChangeOrder#getRaisedOn()
	 * @see #getChangeOrder()
	 * @generated
	 */
	EAttribute getChangeOrder_RaisedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ChangeOrder#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.bidbench.sales.model.ChangeOrder#getAmount()
	 * @see #getChangeOrder()
	 * @generated
	 */
	EAttribute getChangeOrder_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.ChangeOrder#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.bidbench.sales.model.ChangeOrder#getStatus()
	 * @see #getChangeOrder()
	 * @generated
	 */
	EAttribute getChangeOrder_Status();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.NpsAnswer <em>Nps Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Nps Answer</em>'.
	 * @see org.bidbench.sales.model.NpsAnswer
	 * @generated
	 */
	EClass getNpsAnswer();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.NpsAnswer#getCustomer <em>Customer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Customer</em>'.
	 * @see org.bidbench.sales.model.NpsAnswer#getCustomer()
	 * @see #getNpsAnswer()
	 * @generated
	 */
	EReference getNpsAnswer_Customer();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.NpsAnswer#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see org.bidbench.sales.model.NpsAnswer#getContact()
	 * @see #getNpsAnswer()
	 * @generated
	 */
	EReference getNpsAnswer_Contact();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.NpsAnswer#getOpportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Opportunity</em>'.
	 * @see org.bidbench.sales.model.NpsAnswer#getOpportunity()
	 * @see #getNpsAnswer()
	 * @generated
	 */
	EReference getNpsAnswer_Opportunity();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.NpsAnswer#getAnsweredOn <em>Answered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered On</em>'.
	 * @see org.bidbench.sales.model.NpsAnswer#getAnsweredOn()
	 * @see #getNpsAnswer()
	 * @generated
	 */
	EAttribute getNpsAnswer_AnsweredOn();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.NpsAnswer#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.bidbench.sales.model.NpsAnswer#getScore()
	 * @see #getNpsAnswer()
	 * @generated
	 */
	EAttribute getNpsAnswer_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.NpsAnswer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.bidbench.sales.model.NpsAnswer#getComment()
	 * @see #getNpsAnswer()
	 * @generated
	 */
	EAttribute getNpsAnswer_Comment();

	/**
	 * Returns the meta object for the '{@link org.bidbench.sales.model.NpsAnswer#scoreInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Score In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Score In Range</em>' operation.
	 * @see org.bidbench.sales.model.NpsAnswer#scoreInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getNpsAnswer__ScoreInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.RiskAcknowledgement <em>Risk Acknowledgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk Acknowledgement</em>'.
	 * @see org.bidbench.sales.model.RiskAcknowledgement
	 * @generated
	 */
	EClass getRiskAcknowledgement();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.RiskAcknowledgement#getFlagKey <em>Flag Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flag Key</em>'.
	 * @see org.bidbench.sales.model.RiskAcknowledgement#getFlagKey()
	 * @see #getRiskAcknowledgement()
	 * @generated
	 */
	EAttribute getRiskAcknowledgement_FlagKey();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.RiskAcknowledgement#getAcknowledgedBy <em>Acknowledged By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Acknowledged By</em>'.
	 * @see org.bidbench.sales.model.RiskAcknowledgement#getAcknowledgedBy()
	 * @see #getRiskAcknowledgement()
	 * @generated
	 */
	EReference getRiskAcknowledgement_AcknowledgedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.RiskAcknowledgement#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.bidbench.sales.model.RiskAcknowledgement#getAt()
	 * @see #getRiskAcknowledgement()
	 * @generated
	 */
	EAttribute getRiskAcknowledgement_At();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.RiskAcknowledgement#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.bidbench.sales.model.RiskAcknowledgement#getComment()
	 * @see #getRiskAcknowledgement()
	 * @generated
	 */
	EAttribute getRiskAcknowledgement_Comment();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.CompetitorSighting <em>Competitor Sighting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Competitor Sighting</em>'.
	 * @see org.bidbench.sales.model.CompetitorSighting
	 * @generated
	 */
	EClass getCompetitorSighting();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CompetitorSighting#getCompetitor <em>Competitor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Competitor</em>'.
	 * @see org.bidbench.sales.model.CompetitorSighting#getCompetitor()
	 * @see #getCompetitorSighting()
	 * @generated
	 */
	EAttribute getCompetitorSighting_Competitor();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.CompetitorSighting#getAddedAt <em>Added At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added At</em>'.
	 * @see org.bidbench.sales.model.CompetitorSighting#getAddedAt()
	 * @see #getCompetitorSighting()
	 * @generated
	 */
	EAttribute getCompetitorSighting_AddedAt();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.KpiTarget <em>Kpi Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Target</em>'.
	 * @see org.bidbench.sales.model.KpiTarget
	 * @generated
	 */
	EClass getKpiTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.KpiTarget#getKpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kpi</em>'.
	 * @see org.bidbench.sales.model.KpiTarget#getKpi()
	 * @see #getKpiTarget()
	 * @generated
	 */
	EAttribute getKpiTarget_Kpi();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.KpiTarget#getPeriodLength <em>Period Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Length</em>'.
	 * @see org.bidbench.sales.model.KpiTarget#getPeriodLength()
	 * @see #getKpiTarget()
	 * @generated
	 */
	EAttribute getKpiTarget_PeriodLength();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.KpiTarget#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.bidbench.sales.model.KpiTarget#getValue()
	 * @see #getKpiTarget()
	 * @generated
	 */
	EAttribute getKpiTarget_Value();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.QuoteFlag <em>Quote Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quote Flag</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag
	 * @generated
	 */
	EClass getQuoteFlag();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getKind()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getSeverity()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#getGlobalId <em>Global Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Global Id</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getGlobalId()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_GlobalId();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#getLineKey <em>Line Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Key</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getLineKey()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_LineKey();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getMessage()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#isAcknowledged <em>Acknowledged</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#isAcknowledged()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_Acknowledged();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getComment()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_Comment();

	/**
	 * Returns the meta object for the reference '{@link org.bidbench.sales.model.QuoteFlag#getAcknowledgedBy <em>Acknowledged By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Acknowledged By</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getAcknowledgedBy()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EReference getQuoteFlag_AcknowledgedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.QuoteFlag#getAcknowledgedAt <em>Acknowledged At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acknowledged At</em>'.
	 * @see org.bidbench.sales.model.QuoteFlag#getAcknowledgedAt()
	 * @see #getQuoteFlag()
	 * @generated
	 */
	EAttribute getQuoteFlag_AcknowledgedAt();

	/**
	 * Returns the meta object for class '{@link org.bidbench.sales.model.PaymentShare <em>Payment Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Payment Share</em>'.
	 * @see org.bidbench.sales.model.PaymentShare
	 * @generated
	 */
	EClass getPaymentShare();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentShare#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.sales.model.PaymentShare#getName()
	 * @see #getPaymentShare()
	 * @generated
	 */
	EAttribute getPaymentShare_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.sales.model.PaymentShare#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.bidbench.sales.model.PaymentShare#getPercent()
	 * @see #getPaymentShare()
	 * @generated
	 */
	EAttribute getPaymentShare_Percent();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.EmployeeRole <em>Employee Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Employee Role</em>'.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @generated
	 */
	EEnum getEmployeeRole();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.CustomerTier <em>Customer Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Customer Tier</em>'.
	 * @see org.bidbench.sales.model.CustomerTier
	 * @generated
	 */
	EEnum getCustomerTier();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.BuyingRole <em>Buying Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buying Role</em>'.
	 * @see org.bidbench.sales.model.BuyingRole
	 * @generated
	 */
	EEnum getBuyingRole();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.Attitude <em>Attitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attitude</em>'.
	 * @see org.bidbench.sales.model.Attitude
	 * @generated
	 */
	EEnum getAttitude();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.LeadStatus <em>Lead Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lead Status</em>'.
	 * @see org.bidbench.sales.model.LeadStatus
	 * @generated
	 */
	EEnum getLeadStatus();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.OpportunityStatus <em>Opportunity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opportunity Status</em>'.
	 * @see org.bidbench.sales.model.OpportunityStatus
	 * @generated
	 */
	EEnum getOpportunityStatus();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.ActivityKind <em>Activity Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Kind</em>'.
	 * @see org.bidbench.sales.model.ActivityKind
	 * @generated
	 */
	EEnum getActivityKind();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.GateKind <em>Gate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gate Kind</em>'.
	 * @see org.bidbench.sales.model.GateKind
	 * @generated
	 */
	EEnum getGateKind();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.GateEvent <em>Gate Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gate Event</em>'.
	 * @see org.bidbench.sales.model.GateEvent
	 * @generated
	 */
	EEnum getGateEvent();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.DeliverableStatus <em>Deliverable Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Deliverable Status</em>'.
	 * @see org.bidbench.sales.model.DeliverableStatus
	 * @generated
	 */
	EEnum getDeliverableStatus();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.QuoteStatus <em>Quote Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quote Status</em>'.
	 * @see org.bidbench.sales.model.QuoteStatus
	 * @generated
	 */
	EEnum getQuoteStatus();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.bidbench.sales.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.PriceRule <em>Price Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Price Rule</em>'.
	 * @see org.bidbench.sales.model.PriceRule
	 * @generated
	 */
	EEnum getPriceRule();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.ChangeOrderStatus <em>Change Order Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Order Status</em>'.
	 * @see org.bidbench.sales.model.ChangeOrderStatus
	 * @generated
	 */
	EEnum getChangeOrderStatus();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.ForecastCategory <em>Forecast Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Forecast Category</em>'.
	 * @see org.bidbench.sales.model.ForecastCategory
	 * @generated
	 */
	EEnum getForecastCategory();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.sales.model.FlagSeverity <em>Flag Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Flag Severity</em>'.
	 * @see org.bidbench.sales.model.FlagSeverity
	 * @generated
	 */
	EEnum getFlagSeverity();

	/**
	 * Returns the meta object for data type '{@link org.bidbench.sales.model.Money <em>Money</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An exact amount with its ISO 4217 currency, written as "1234.50 CNY".
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Money</em>'.
	 * @see org.bidbench.sales.model.Money
	 * @model instanceClass="org.bidbench.sales.model.Money"
	 * @generated
	 */
	EDataType getMoney();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point in time, written in ISO 8601 UTC.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, written as yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SalesFactory getSalesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.IdentifiedImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.SalesWorkspaceImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getSalesWorkspace()
		 * @generated
		 */
		EClass SALES_WORKSPACE = eINSTANCE.getSalesWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALES_WORKSPACE__NAME = eINSTANCE.getSalesWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALES_WORKSPACE__CURRENCY = eINSTANCE.getSalesWorkspace_Currency();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__PROCESS = eINSTANCE.getSalesWorkspace_Process();

		/**
		 * The meta object literal for the '<em><b>Employees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__EMPLOYEES = eINSTANCE.getSalesWorkspace_Employees();

		/**
		 * The meta object literal for the '<em><b>Customers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__CUSTOMERS = eINSTANCE.getSalesWorkspace_Customers();

		/**
		 * The meta object literal for the '<em><b>Leads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__LEADS = eINSTANCE.getSalesWorkspace_Leads();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__OPPORTUNITIES = eINSTANCE.getSalesWorkspace_Opportunities();

		/**
		 * The meta object literal for the '<em><b>Price Catalogs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__PRICE_CATALOGS = eINSTANCE.getSalesWorkspace_PriceCatalogs();

		/**
		 * The meta object literal for the '<em><b>Nps Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__NPS_ANSWERS = eINSTANCE.getSalesWorkspace_NpsAnswers();

		/**
		 * The meta object literal for the '<em><b>Kpi Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_WORKSPACE__KPI_TARGETS = eINSTANCE.getSalesWorkspace_KpiTargets();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.EmployeeImpl <em>Employee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.EmployeeImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getEmployee()
		 * @generated
		 */
		EClass EMPLOYEE = eINSTANCE.getEmployee();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYEE__NAME = eINSTANCE.getEmployee_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYEE__ROLE = eINSTANCE.getEmployee_Role();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYEE__REGION = eINSTANCE.getEmployee_Region();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYEE__EMAIL = eINSTANCE.getEmployee_Email();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPLOYEE__TEAM = eINSTANCE.getEmployee_Team();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.CustomerImpl <em>Customer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.CustomerImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCustomer()
		 * @generated
		 */
		EClass CUSTOMER = eINSTANCE.getCustomer();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__NAME = eINSTANCE.getCustomer_Name();

		/**
		 * The meta object literal for the '<em><b>Industry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__INDUSTRY = eINSTANCE.getCustomer_Industry();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__REGION = eINSTANCE.getCustomer_Region();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER__TIER = eINSTANCE.getCustomer_Tier();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER__CONTACTS = eINSTANCE.getCustomer_Contacts();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.ContactImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__TITLE = eINSTANCE.getContact_Title();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '<em><b>Buying Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__BUYING_ROLE = eINSTANCE.getContact_BuyingRole();

		/**
		 * The meta object literal for the '<em><b>Attitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ATTITUDE = eINSTANCE.getContact_Attitude();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.LeadImpl <em>Lead</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.LeadImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getLead()
		 * @generated
		 */
		EClass LEAD = eINSTANCE.getLead();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__TITLE = eINSTANCE.getLead_Title();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__SOURCE = eINSTANCE.getLead_Source();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__REGION = eINSTANCE.getLead_Region();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__CREATED_AT = eINSTANCE.getLead_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__STATUS = eINSTANCE.getLead_Status();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAD__CUSTOMER = eINSTANCE.getLead_Customer();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAD__OWNER = eINSTANCE.getLead_Owner();

		/**
		 * The meta object literal for the '<em><b>Opportunity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAD__OPPORTUNITY = eINSTANCE.getLead_Opportunity();

		/**
		 * The meta object literal for the '<em><b>Drop Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__DROP_REASON = eINSTANCE.getLead_DropReason();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.OpportunityImpl <em>Opportunity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.OpportunityImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getOpportunity()
		 * @generated
		 */
		EClass OPPORTUNITY = eINSTANCE.getOpportunity();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__NAME = eINSTANCE.getOpportunity_Name();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__CUSTOMER = eINSTANCE.getOpportunity_Customer();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__STAGE = eINSTANCE.getOpportunity_Stage();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__STATUS = eINSTANCE.getOpportunity_Status();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__AMOUNT = eINSTANCE.getOpportunity_Amount();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__PROBABILITY = eINSTANCE.getOpportunity_Probability();

		/**
		 * The meta object literal for the '<em><b>Expected Close</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__EXPECTED_CLOSE = eINSTANCE.getOpportunity_ExpectedClose();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__CREATED_AT = eINSTANCE.getOpportunity_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Closed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__CLOSED_AT = eINSTANCE.getOpportunity_ClosedAt();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__SOURCE = eINSTANCE.getOpportunity_Source();

		/**
		 * The meta object literal for the '<em><b>Competitors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__COMPETITORS = eINSTANCE.getOpportunity_Competitors();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__RISKS = eINSTANCE.getOpportunity_Risks();

		/**
		 * The meta object literal for the '<em><b>Lost Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__LOST_REASON = eINSTANCE.getOpportunity_LostReason();

		/**
		 * The meta object literal for the '<em><b>Winning Competitor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__WINNING_COMPETITOR = eINSTANCE.getOpportunity_WinningCompetitor();

		/**
		 * The meta object literal for the '<em><b>Stage History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__STAGE_HISTORY = eINSTANCE.getOpportunity_StageHistory();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__TEAM = eINSTANCE.getOpportunity_Team();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__ACTIVITIES = eINSTANCE.getOpportunity_Activities();

		/**
		 * The meta object literal for the '<em><b>Deliverables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__DELIVERABLES = eINSTANCE.getOpportunity_Deliverables();

		/**
		 * The meta object literal for the '<em><b>Quotes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__QUOTES = eINSTANCE.getOpportunity_Quotes();

		/**
		 * The meta object literal for the '<em><b>Contract</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__CONTRACT = eINSTANCE.getOpportunity_Contract();

		/**
		 * The meta object literal for the '<em><b>Forecast Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPPORTUNITY__FORECAST_CATEGORY = eINSTANCE.getOpportunity_ForecastCategory();

		/**
		 * The meta object literal for the '<em><b>Risk Acknowledgements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__RISK_ACKNOWLEDGEMENTS = eINSTANCE.getOpportunity_RiskAcknowledgements();

		/**
		 * The meta object literal for the '<em><b>Competitor Sightings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY__COMPETITOR_SIGHTINGS = eINSTANCE.getOpportunity_CompetitorSightings();

		/**
		 * The meta object literal for the '<em><b>Lost Has Reason</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OPPORTUNITY___LOST_HAS_REASON__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOpportunity__LostHasReason__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Closed Has Date</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OPPORTUNITY___CLOSED_HAS_DATE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOpportunity__ClosedHasDate__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Amount Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation OPPORTUNITY___AMOUNT_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getOpportunity__AmountNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.StageChangeImpl <em>Stage Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.StageChangeImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getStageChange()
		 * @generated
		 */
		EClass STAGE_CHANGE = eINSTANCE.getStageChange();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE_CHANGE__STAGE = eINSTANCE.getStageChange_Stage();

		/**
		 * The meta object literal for the '<em><b>Entered At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_CHANGE__ENTERED_AT = eINSTANCE.getStageChange_EnteredAt();

		/**
		 * The meta object literal for the '<em><b>Changed By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE_CHANGE__CHANGED_BY = eINSTANCE.getStageChange_ChangedBy();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE_CHANGE__NOTE = eINSTANCE.getStageChange_Note();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.TeamImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Sales Lead</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__SALES_LEAD = eINSTANCE.getTeam_SalesLead();

		/**
		 * The meta object literal for the '<em><b>Technical Lead</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__TECHNICAL_LEAD = eINSTANCE.getTeam_TechnicalLead();

		/**
		 * The meta object literal for the '<em><b>Commercial Lead</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__COMMERCIAL_LEAD = eINSTANCE.getTeam_CommercialLead();

		/**
		 * The meta object literal for the '<em><b>Project Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__PROJECT_MANAGER = eINSTANCE.getTeam_ProjectManager();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.ActivityImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__KIND = eINSTANCE.getActivity_Kind();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__AT = eINSTANCE.getActivity_At();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__SUBJECT = eINSTANCE.getActivity_Subject();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__MINUTES = eINSTANCE.getActivity_Minutes();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__PARTICIPANTS = eINSTANCE.getActivity_Participants();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__CONTACTS = eINSTANCE.getActivity_Contacts();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__FOLLOW_UPS = eINSTANCE.getActivity_FollowUps();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.FollowUpTaskImpl <em>Follow Up Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.FollowUpTaskImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getFollowUpTask()
		 * @generated
		 */
		EClass FOLLOW_UP_TASK = eINSTANCE.getFollowUpTask();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_TASK__DESCRIPTION = eINSTANCE.getFollowUpTask_Description();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOLLOW_UP_TASK__ASSIGNEE = eINSTANCE.getFollowUpTask_Assignee();

		/**
		 * The meta object literal for the '<em><b>Due</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_TASK__DUE = eINSTANCE.getFollowUpTask_Due();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_TASK__DONE = eINSTANCE.getFollowUpTask_Done();

		/**
		 * The meta object literal for the '<em><b>Done At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_TASK__DONE_AT = eINSTANCE.getFollowUpTask_DoneAt();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.SalesProcessImpl <em>Process</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.SalesProcessImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getSalesProcess()
		 * @generated
		 */
		EClass SALES_PROCESS = eINSTANCE.getSalesProcess();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALES_PROCESS__NAME = eINSTANCE.getSalesProcess_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALES_PROCESS__VERSION = eINSTANCE.getSalesProcess_Version();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_PROCESS__STAGES = eINSTANCE.getSalesProcess_Stages();

		/**
		 * The meta object literal for the '<em><b>Quote Approval Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALES_PROCESS__QUOTE_APPROVAL_RULES = eINSTANCE.getSalesProcess_QuoteApprovalRules();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.StageImpl <em>Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.StageImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getStage()
		 * @generated
		 */
		EClass STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__NAME = eINSTANCE.getStage_Name();

		/**
		 * The meta object literal for the '<em><b>Local Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__LOCAL_NAME = eINSTANCE.getStage_LocalName();

		/**
		 * The meta object literal for the '<em><b>Default Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__DEFAULT_PROBABILITY = eINSTANCE.getStage_DefaultProbability();

		/**
		 * The meta object literal for the '<em><b>Signed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__SIGNED = eINSTANCE.getStage_Signed();

		/**
		 * The meta object literal for the '<em><b>Optional</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAGE__OPTIONAL = eINSTANCE.getStage_Optional();

		/**
		 * The meta object literal for the '<em><b>Gates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAGE__GATES = eINSTANCE.getStage_Gates();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.GateImpl <em>Gate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.GateImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getGate()
		 * @generated
		 */
		EClass GATE = eINSTANCE.getGate();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__NAME = eINSTANCE.getGate_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__DESCRIPTION = eINSTANCE.getGate_Description();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__KIND = eINSTANCE.getGate_Kind();

		/**
		 * The meta object literal for the '<em><b>Deliverable Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__DELIVERABLE_TYPE = eINSTANCE.getGate_DeliverableType();

		/**
		 * The meta object literal for the '<em><b>Responsible Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__RESPONSIBLE_ROLE = eINSTANCE.getGate_ResponsibleRole();

		/**
		 * The meta object literal for the '<em><b>Reviewer Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__REVIEWER_ROLE = eINSTANCE.getGate_ReviewerRole();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__ANCHOR = eINSTANCE.getGate_Anchor();

		/**
		 * The meta object literal for the '<em><b>Deadline Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__DEADLINE_HOURS = eINSTANCE.getGate_DeadlineHours();

		/**
		 * The meta object literal for the '<em><b>Deadline Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GATE___DEADLINE_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getGate__DeadlineNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Deliverable Gate Names Type</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GATE___DELIVERABLE_GATE_NAMES_TYPE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getGate__DeliverableGateNamesType__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.ApprovalRuleImpl <em>Approval Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.ApprovalRuleImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getApprovalRule()
		 * @generated
		 */
		EClass APPROVAL_RULE = eINSTANCE.getApprovalRule();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_RULE__ROLE = eINSTANCE.getApprovalRule_Role();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_RULE__PURPOSE = eINSTANCE.getApprovalRule_Purpose();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_RULE__SEQUENCE = eINSTANCE.getApprovalRule_Sequence();

		/**
		 * The meta object literal for the '<em><b>Discount Above</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_RULE__DISCOUNT_ABOVE = eINSTANCE.getApprovalRule_DiscountAbove();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.DeliverableImpl <em>Deliverable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.DeliverableImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getDeliverable()
		 * @generated
		 */
		EClass DELIVERABLE = eINSTANCE.getDeliverable();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__TYPE = eINSTANCE.getDeliverable_Type();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__TITLE = eINSTANCE.getDeliverable_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERABLE__AUTHOR = eINSTANCE.getDeliverable_Author();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__SUBMITTED_AT = eINSTANCE.getDeliverable_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__STATUS = eINSTANCE.getDeliverable_Status();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERABLE__REVIEWER = eINSTANCE.getDeliverable_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__REVIEWED_AT = eINSTANCE.getDeliverable_ReviewedAt();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__LOCATION = eINSTANCE.getDeliverable_Location();

		/**
		 * The meta object literal for the '<em><b>Review Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELIVERABLE__REVIEW_COMMENT = eINSTANCE.getDeliverable_ReviewComment();

		/**
		 * The meta object literal for the '<em><b>Gate</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELIVERABLE__GATE = eINSTANCE.getDeliverable_Gate();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.QuoteImpl <em>Quote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.QuoteImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuote()
		 * @generated
		 */
		EClass QUOTE = eINSTANCE.getQuote();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__REVISION = eINSTANCE.getQuote_Revision();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__STATUS = eINSTANCE.getQuote_Status();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__CURRENCY = eINSTANCE.getQuote_Currency();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__CREATED_AT = eINSTANCE.getQuote_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Released At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__RELEASED_AT = eINSTANCE.getQuote_ReleasedAt();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__AUTHOR = eINSTANCE.getQuote_Author();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__VALID_UNTIL = eINSTANCE.getQuote_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Previous Revision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__PREVIOUS_REVISION = eINSTANCE.getQuote_PreviousRevision();

		/**
		 * The meta object literal for the '<em><b>Next Revision</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__NEXT_REVISION = eINSTANCE.getQuote_NextRevision();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__LINES = eINSTANCE.getQuote_Lines();

		/**
		 * The meta object literal for the '<em><b>Approvals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__APPROVALS = eINSTANCE.getQuote_Approvals();

		/**
		 * The meta object literal for the '<em><b>Tax Rate Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__TAX_RATE_PERCENT = eINSTANCE.getQuote_TaxRatePercent();

		/**
		 * The meta object literal for the '<em><b>Discount Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__DISCOUNT_PERCENT = eINSTANCE.getQuote_DiscountPercent();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__FLAGS = eINSTANCE.getQuote_Flags();

		/**
		 * The meta object literal for the '<em><b>Terms Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__TERMS_TEMPLATE = eINSTANCE.getQuote_TermsTemplate();

		/**
		 * The meta object literal for the '<em><b>Terms Text</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__TERMS_TEXT = eINSTANCE.getQuote_TermsText();

		/**
		 * The meta object literal for the '<em><b>Payment Schedule</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__PAYMENT_SCHEDULE = eINSTANCE.getQuote_PaymentSchedule();

		/**
		 * The meta object literal for the '<em><b>Exclusions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__EXCLUSIONS = eINSTANCE.getQuote_Exclusions();

		/**
		 * The meta object literal for the '<em><b>Superseded Has Successor</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUOTE___SUPERSEDED_HAS_SUCCESSOR__DIAGNOSTICCHAIN_MAP = eINSTANCE.getQuote__SupersededHasSuccessor__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Lines In Quote Currency</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUOTE___LINES_IN_QUOTE_CURRENCY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getQuote__LinesInQuoteCurrency__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.QuoteLineImpl <em>Quote Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.QuoteLineImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuoteLine()
		 * @generated
		 */
		EClass QUOTE_LINE = eINSTANCE.getQuoteLine();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__KEY = eINSTANCE.getQuoteLine_Key();

		/**
		 * The meta object literal for the '<em><b>Cost Item Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__COST_ITEM_CODE = eINSTANCE.getQuoteLine_CostItemCode();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__DESCRIPTION = eINSTANCE.getQuoteLine_Description();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__UNIT = eINSTANCE.getQuoteLine_Unit();

		/**
		 * The meta object literal for the '<em><b>Quantity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__QUANTITY = eINSTANCE.getQuoteLine_Quantity();

		/**
		 * The meta object literal for the '<em><b>Unit Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__UNIT_COST = eINSTANCE.getQuoteLine_UnitCost();

		/**
		 * The meta object literal for the '<em><b>Unit Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__UNIT_PRICE = eINSTANCE.getQuoteLine_UnitPrice();

		/**
		 * The meta object literal for the '<em><b>Discount Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__DISCOUNT_PERCENT = eINSTANCE.getQuoteLine_DiscountPercent();

		/**
		 * The meta object literal for the '<em><b>Global Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__GLOBAL_IDS = eINSTANCE.getQuoteLine_GlobalIds();

		/**
		 * The meta object literal for the '<em><b>Takeoff Line Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__TAKEOFF_LINE_ID = eINSTANCE.getQuoteLine_TakeoffLineId();

		/**
		 * The meta object literal for the '<em><b>Model Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__MODEL_SHA256 = eINSTANCE.getQuoteLine_ModelSha256();

		/**
		 * The meta object literal for the '<em><b>Rule Pack Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__RULE_PACK_NAME = eINSTANCE.getQuoteLine_RulePackName();

		/**
		 * The meta object literal for the '<em><b>Rule Pack Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__RULE_PACK_VERSION = eINSTANCE.getQuoteLine_RulePackVersion();

		/**
		 * The meta object literal for the '<em><b>Quantity Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__QUANTITY_SOURCE = eINSTANCE.getQuoteLine_QuantitySource();

		/**
		 * The meta object literal for the '<em><b>Characteristics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__CHARACTERISTICS = eINSTANCE.getQuoteLine_Characteristics();

		/**
		 * The meta object literal for the '<em><b>Unchanged By Model Diff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF = eINSTANCE.getQuoteLine_UnchangedByModelDiff();

		/**
		 * The meta object literal for the '<em><b>Quantity Not Negative</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUOTE_LINE___QUANTITY_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getQuoteLine__QuantityNotNegative__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Discount In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUOTE_LINE___DISCOUNT_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getQuoteLine__DiscountInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Priced Above Cost</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation QUOTE_LINE___PRICED_ABOVE_COST__DIAGNOSTICCHAIN_MAP = eINSTANCE.getQuoteLine__PricedAboveCost__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.ApprovalImpl <em>Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.ApprovalImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getApproval()
		 * @generated
		 */
		EClass APPROVAL = eINSTANCE.getApproval();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__ROLE = eINSTANCE.getApproval_Role();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPROVAL__APPROVER = eINSTANCE.getApproval_Approver();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__AT = eINSTANCE.getApproval_At();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__VERDICT = eINSTANCE.getApproval_Verdict();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__COMMENT = eINSTANCE.getApproval_Comment();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPROVAL__LINES = eINSTANCE.getApproval_Lines();

		/**
		 * The meta object literal for the '<em><b>Carried Over</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__CARRIED_OVER = eINSTANCE.getApproval_CarriedOver();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.PriceCatalogImpl <em>Price Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.PriceCatalogImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPriceCatalog()
		 * @generated
		 */
		EClass PRICE_CATALOG = eINSTANCE.getPriceCatalog();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_CATALOG__NAME = eINSTANCE.getPriceCatalog_Name();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_CATALOG__CURRENCY = eINSTANCE.getPriceCatalog_Currency();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_CATALOG__VALID_FROM = eINSTANCE.getPriceCatalog_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRICE_CATALOG__VALID_TO = eINSTANCE.getPriceCatalog_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRICE_CATALOG__ITEMS = eINSTANCE.getPriceCatalog_Items();

		/**
		 * The meta object literal for the '<em><b>Margin Floors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRICE_CATALOG__MARGIN_FLOORS = eINSTANCE.getPriceCatalog_MarginFloors();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.CatalogItemImpl <em>Catalog Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.CatalogItemImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCatalogItem()
		 * @generated
		 */
		EClass CATALOG_ITEM = eINSTANCE.getCatalogItem();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__CODE = eINSTANCE.getCatalogItem_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__DESCRIPTION = eINSTANCE.getCatalogItem_Description();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__UNIT = eINSTANCE.getCatalogItem_Unit();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__CATEGORY = eINSTANCE.getCatalogItem_Category();

		/**
		 * The meta object literal for the '<em><b>Unit Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__UNIT_COST = eINSTANCE.getCatalogItem_UnitCost();

		/**
		 * The meta object literal for the '<em><b>Price Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__PRICE_RULE = eINSTANCE.getCatalogItem_PriceRule();

		/**
		 * The meta object literal for the '<em><b>Unit Price</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__UNIT_PRICE = eINSTANCE.getCatalogItem_UnitPrice();

		/**
		 * The meta object literal for the '<em><b>Margin Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__MARGIN_PERCENT = eINSTANCE.getCatalogItem_MarginPercent();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__VALID_FROM = eINSTANCE.getCatalogItem_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATALOG_ITEM__VALID_TO = eINSTANCE.getCatalogItem_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Validity Ordered</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CATALOG_ITEM___VALIDITY_ORDERED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCatalogItem__ValidityOrdered__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Price Rule Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CATALOG_ITEM___PRICE_RULE_COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCatalogItem__PriceRuleComplete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.MarginFloorImpl <em>Margin Floor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.MarginFloorImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getMarginFloor()
		 * @generated
		 */
		EClass MARGIN_FLOOR = eINSTANCE.getMarginFloor();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARGIN_FLOOR__CATEGORY = eINSTANCE.getMarginFloor_Category();

		/**
		 * The meta object literal for the '<em><b>Minimum Margin Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT = eINSTANCE.getMarginFloor_MinimumMarginPercent();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.ContractImpl <em>Contract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.ContractImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getContract()
		 * @generated
		 */
		EClass CONTRACT = eINSTANCE.getContract();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__NUMBER = eINSTANCE.getContract_Number();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__SIGNED_ON = eINSTANCE.getContract_SignedOn();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__VALUE = eINSTANCE.getContract_Value();

		/**
		 * The meta object literal for the '<em><b>Estimated Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__ESTIMATED_COST = eINSTANCE.getContract_EstimatedCost();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRACT__QUOTE = eINSTANCE.getContract_Quote();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRACT__MILESTONES = eINSTANCE.getContract_Milestones();

		/**
		 * The meta object literal for the '<em><b>Change Orders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRACT__CHANGE_ORDERS = eINSTANCE.getContract_ChangeOrders();

		/**
		 * The meta object literal for the '<em><b>Milestones Match Value</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONTRACT___MILESTONES_MATCH_VALUE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getContract__MilestonesMatchValue__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl <em>Payment Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.PaymentMilestoneImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPaymentMilestone()
		 * @generated
		 */
		EClass PAYMENT_MILESTONE = eINSTANCE.getPaymentMilestone();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__NAME = eINSTANCE.getPaymentMilestone_Name();

		/**
		 * The meta object literal for the '<em><b>Planned Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__PLANNED_DATE = eINSTANCE.getPaymentMilestone_PlannedDate();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__AMOUNT = eINSTANCE.getPaymentMilestone_Amount();

		/**
		 * The meta object literal for the '<em><b>Delivered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__DELIVERED_ON = eINSTANCE.getPaymentMilestone_DeliveredOn();

		/**
		 * The meta object literal for the '<em><b>Invoiced On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__INVOICED_ON = eINSTANCE.getPaymentMilestone_InvoicedOn();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__DUE_DATE = eINSTANCE.getPaymentMilestone_DueDate();

		/**
		 * The meta object literal for the '<em><b>Collected On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__COLLECTED_ON = eINSTANCE.getPaymentMilestone_CollectedOn();

		/**
		 * The meta object literal for the '<em><b>Collected Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_MILESTONE__COLLECTED_AMOUNT = eINSTANCE.getPaymentMilestone_CollectedAmount();

		/**
		 * The meta object literal for the '<em><b>Collected Not Above Amount</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PAYMENT_MILESTONE___COLLECTED_NOT_ABOVE_AMOUNT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPaymentMilestone__CollectedNotAboveAmount__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Collected After Invoice</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PAYMENT_MILESTONE___COLLECTED_AFTER_INVOICE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPaymentMilestone__CollectedAfterInvoice__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.ChangeOrderImpl <em>Change Order</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.ChangeOrderImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getChangeOrder()
		 * @generated
		 */
		EClass CHANGE_ORDER = eINSTANCE.getChangeOrder();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_ORDER__DESCRIPTION = eINSTANCE.getChangeOrder_Description();

		/**
		 * The meta object literal for the '<em><b>Raised On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_ORDER__RAISED_ON = eINSTANCE.getChangeOrder_RaisedOn();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_ORDER__AMOUNT = eINSTANCE.getChangeOrder_Amount();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_ORDER__STATUS = eINSTANCE.getChangeOrder_Status();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.NpsAnswerImpl <em>Nps Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.NpsAnswerImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getNpsAnswer()
		 * @generated
		 */
		EClass NPS_ANSWER = eINSTANCE.getNpsAnswer();

		/**
		 * The meta object literal for the '<em><b>Customer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NPS_ANSWER__CUSTOMER = eINSTANCE.getNpsAnswer_Customer();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NPS_ANSWER__CONTACT = eINSTANCE.getNpsAnswer_Contact();

		/**
		 * The meta object literal for the '<em><b>Opportunity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NPS_ANSWER__OPPORTUNITY = eINSTANCE.getNpsAnswer_Opportunity();

		/**
		 * The meta object literal for the '<em><b>Answered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NPS_ANSWER__ANSWERED_ON = eINSTANCE.getNpsAnswer_AnsweredOn();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NPS_ANSWER__SCORE = eINSTANCE.getNpsAnswer_Score();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NPS_ANSWER__COMMENT = eINSTANCE.getNpsAnswer_Comment();

		/**
		 * The meta object literal for the '<em><b>Score In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NPS_ANSWER___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getNpsAnswer__ScoreInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.RiskAcknowledgementImpl <em>Risk Acknowledgement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.RiskAcknowledgementImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getRiskAcknowledgement()
		 * @generated
		 */
		EClass RISK_ACKNOWLEDGEMENT = eINSTANCE.getRiskAcknowledgement();

		/**
		 * The meta object literal for the '<em><b>Flag Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_ACKNOWLEDGEMENT__FLAG_KEY = eINSTANCE.getRiskAcknowledgement_FlagKey();

		/**
		 * The meta object literal for the '<em><b>Acknowledged By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY = eINSTANCE.getRiskAcknowledgement_AcknowledgedBy();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_ACKNOWLEDGEMENT__AT = eINSTANCE.getRiskAcknowledgement_At();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK_ACKNOWLEDGEMENT__COMMENT = eINSTANCE.getRiskAcknowledgement_Comment();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.CompetitorSightingImpl <em>Competitor Sighting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.CompetitorSightingImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCompetitorSighting()
		 * @generated
		 */
		EClass COMPETITOR_SIGHTING = eINSTANCE.getCompetitorSighting();

		/**
		 * The meta object literal for the '<em><b>Competitor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR_SIGHTING__COMPETITOR = eINSTANCE.getCompetitorSighting_Competitor();

		/**
		 * The meta object literal for the '<em><b>Added At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPETITOR_SIGHTING__ADDED_AT = eINSTANCE.getCompetitorSighting_AddedAt();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.KpiTargetImpl <em>Kpi Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.KpiTargetImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getKpiTarget()
		 * @generated
		 */
		EClass KPI_TARGET = eINSTANCE.getKpiTarget();

		/**
		 * The meta object literal for the '<em><b>Kpi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_TARGET__KPI = eINSTANCE.getKpiTarget_Kpi();

		/**
		 * The meta object literal for the '<em><b>Period Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_TARGET__PERIOD_LENGTH = eINSTANCE.getKpiTarget_PeriodLength();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_TARGET__VALUE = eINSTANCE.getKpiTarget_Value();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.QuoteFlagImpl <em>Quote Flag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.QuoteFlagImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuoteFlag()
		 * @generated
		 */
		EClass QUOTE_FLAG = eINSTANCE.getQuoteFlag();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__KIND = eINSTANCE.getQuoteFlag_Kind();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__SEVERITY = eINSTANCE.getQuoteFlag_Severity();

		/**
		 * The meta object literal for the '<em><b>Global Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__GLOBAL_ID = eINSTANCE.getQuoteFlag_GlobalId();

		/**
		 * The meta object literal for the '<em><b>Line Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__LINE_KEY = eINSTANCE.getQuoteFlag_LineKey();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__MESSAGE = eINSTANCE.getQuoteFlag_Message();

		/**
		 * The meta object literal for the '<em><b>Acknowledged</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__ACKNOWLEDGED = eINSTANCE.getQuoteFlag_Acknowledged();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__COMMENT = eINSTANCE.getQuoteFlag_Comment();

		/**
		 * The meta object literal for the '<em><b>Acknowledged By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE_FLAG__ACKNOWLEDGED_BY = eINSTANCE.getQuoteFlag_AcknowledgedBy();

		/**
		 * The meta object literal for the '<em><b>Acknowledged At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE_FLAG__ACKNOWLEDGED_AT = eINSTANCE.getQuoteFlag_AcknowledgedAt();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.impl.PaymentShareImpl <em>Payment Share</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.impl.PaymentShareImpl
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPaymentShare()
		 * @generated
		 */
		EClass PAYMENT_SHARE = eINSTANCE.getPaymentShare();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_SHARE__NAME = eINSTANCE.getPaymentShare_Name();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAYMENT_SHARE__PERCENT = eINSTANCE.getPaymentShare_Percent();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.EmployeeRole <em>Employee Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.EmployeeRole
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getEmployeeRole()
		 * @generated
		 */
		EEnum EMPLOYEE_ROLE = eINSTANCE.getEmployeeRole();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.CustomerTier <em>Customer Tier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.CustomerTier
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getCustomerTier()
		 * @generated
		 */
		EEnum CUSTOMER_TIER = eINSTANCE.getCustomerTier();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.BuyingRole <em>Buying Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.BuyingRole
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getBuyingRole()
		 * @generated
		 */
		EEnum BUYING_ROLE = eINSTANCE.getBuyingRole();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.Attitude <em>Attitude</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.Attitude
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getAttitude()
		 * @generated
		 */
		EEnum ATTITUDE = eINSTANCE.getAttitude();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.LeadStatus <em>Lead Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.LeadStatus
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getLeadStatus()
		 * @generated
		 */
		EEnum LEAD_STATUS = eINSTANCE.getLeadStatus();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.OpportunityStatus <em>Opportunity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.OpportunityStatus
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getOpportunityStatus()
		 * @generated
		 */
		EEnum OPPORTUNITY_STATUS = eINSTANCE.getOpportunityStatus();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.ActivityKind <em>Activity Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.ActivityKind
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getActivityKind()
		 * @generated
		 */
		EEnum ACTIVITY_KIND = eINSTANCE.getActivityKind();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.GateKind <em>Gate Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.GateKind
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getGateKind()
		 * @generated
		 */
		EEnum GATE_KIND = eINSTANCE.getGateKind();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.GateEvent <em>Gate Event</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.GateEvent
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getGateEvent()
		 * @generated
		 */
		EEnum GATE_EVENT = eINSTANCE.getGateEvent();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.DeliverableStatus <em>Deliverable Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.DeliverableStatus
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getDeliverableStatus()
		 * @generated
		 */
		EEnum DELIVERABLE_STATUS = eINSTANCE.getDeliverableStatus();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.QuoteStatus <em>Quote Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.QuoteStatus
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getQuoteStatus()
		 * @generated
		 */
		EEnum QUOTE_STATUS = eINSTANCE.getQuoteStatus();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.Verdict
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.PriceRule <em>Price Rule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.PriceRule
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getPriceRule()
		 * @generated
		 */
		EEnum PRICE_RULE = eINSTANCE.getPriceRule();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.ChangeOrderStatus <em>Change Order Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.ChangeOrderStatus
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getChangeOrderStatus()
		 * @generated
		 */
		EEnum CHANGE_ORDER_STATUS = eINSTANCE.getChangeOrderStatus();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.ForecastCategory <em>Forecast Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.ForecastCategory
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getForecastCategory()
		 * @generated
		 */
		EEnum FORECAST_CATEGORY = eINSTANCE.getForecastCategory();

		/**
		 * The meta object literal for the '{@link org.bidbench.sales.model.FlagSeverity <em>Flag Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.FlagSeverity
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getFlagSeverity()
		 * @generated
		 */
		EEnum FLAG_SEVERITY = eINSTANCE.getFlagSeverity();

		/**
		 * The meta object literal for the '<em>Money</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.sales.model.Money
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getMoney()
		 * @generated
		 */
		EDataType MONEY = eINSTANCE.getMoney();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.bidbench.sales.model.impl.SalesPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //SalesPackage
