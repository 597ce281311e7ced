/**
 */
package org.bidbench.sales.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a sales workspace: its process (SOP), people, customers, pipeline, prices and survey answers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getProcess <em>Process</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getEmployees <em>Employees</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getLeads <em>Leads</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getPriceCatalogs <em>Price Catalogs</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getNpsAnswers <em>Nps Answers</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesWorkspace#getKpiTargets <em>Kpi Targets</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace()
 * @model
 * @generated
 */
public interface SalesWorkspace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.SalesWorkspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"CNY"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of the reporting currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_Currency()
	 * @model default="CNY"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.SalesWorkspace#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Process</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' containment reference.
	 * @see #setProcess(SalesProcess)
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_Process()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	SalesProcess getProcess();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.SalesWorkspace#getProcess <em>Process</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' containment reference.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(SalesProcess value);

	/**
	 * Returns the value of the '<em><b>Employees</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Employee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employees</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_Employees()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Employee> getEmployees();

	/**
	 * Returns the value of the '<em><b>Customers</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Customer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customers</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_Customers()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Customer> getCustomers();

	/**
	 * Returns the value of the '<em><b>Leads</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Lead}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leads</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_Leads()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Lead> getLeads();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Opportunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opportunities</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_Opportunities()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

	/**
	 * Returns the value of the '<em><b>Price Catalogs</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.PriceCatalog}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Catalogs</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_PriceCatalogs()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<PriceCatalog> getPriceCatalogs();

	/**
	 * Returns the value of the '<em><b>Nps Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.NpsAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nps Answers</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_NpsAnswers()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<NpsAnswer> getNpsAnswers();

	/**
	 * Returns the value of the '<em><b>Kpi Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.KpiTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The targets the management sets for KPIs, compared on the dashboard.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpi Targets</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesWorkspace_KpiTargets()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<KpiTarget> getKpiTargets();

} // SalesWorkspace
