/**
 */
package org.bidbench.sales.model;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The signed contract of a won opportunity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Contract#getNumber <em>Number</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contract#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contract#getValue <em>Value</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contract#getEstimatedCost <em>Estimated Cost</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contract#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contract#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contract#getChangeOrders <em>Change Orders</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getContract()
 * @model
 * @generated
 */
public interface Contract extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.bidbench.sales.model.SalesPackage#getContract_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contract#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getContract_SignedOn()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedOn();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contract#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getContract_Value()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getValue();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contract#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Money value);

	/**
	 * Returns the value of the '<em><b>Estimated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cost to deliver, for project margin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Cost</em>' attribute.
	 * @see #setEstimatedCost(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getContract_EstimatedCost()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getEstimatedCost();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contract#getEstimatedCost <em>Estimated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Cost</em>' attribute.
	 * @see #getEstimatedCost()
	 * @generated
	 */
	void setEstimatedCost(Money value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quote revision the contract was signed on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' reference.
	 * @see #setQuote(Quote)
	 * @see org.bidbench.sales.model.SalesPackage#getContract_Quote()
	 * @model
	 * @generated
	 */
	Quote getQuote();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contract#getQuote <em>Quote</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' reference.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(Quote value);

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.PaymentMilestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getContract_Milestones()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<PaymentMilestone> getMilestones();

	/**
	 * Returns the value of the '<em><b>Change Orders</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.ChangeOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Orders</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getContract_ChangeOrders()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<ChangeOrder> getChangeOrders();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean milestonesMatchValue(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Contract
