/**
 */
package org.bidbench.sales.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The firm's sales process (SOP): data a company can edit, not code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.SalesProcess#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesProcess#getVersion <em>Version</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesProcess#getStages <em>Stages</em>}</li>
 *   <li>{@link org.bidbench.sales.model.SalesProcess#getQuoteApprovalRules <em>Quote Approval Rules</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getSalesProcess()
 * @model
 * @generated
 */
public interface SalesProcess extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getSalesProcess_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.SalesProcess#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.bidbench.sales.model.SalesPackage#getSalesProcess_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.SalesProcess#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * In process order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesProcess_Stages()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Quote Approval Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.ApprovalRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Approvals a quote revision needs before release.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote Approval Rules</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getSalesProcess_QuoteApprovalRules()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<ApprovalRule> getQuoteApprovalRules();

} // SalesProcess
