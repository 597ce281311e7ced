/**
 */
package org.bidbench.sales.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Payment Share</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One payment milestone of a quote's terms, as a share of the grand total.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.PaymentShare#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentShare#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getPaymentShare()
 * @model
 * @generated
 */
public interface PaymentShare extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentShare_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentShare#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentShare_Percent()
	 * @model
	 * @generated
	 */
	BigDecimal getPercent();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentShare#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(BigDecimal value);

} // PaymentShare
