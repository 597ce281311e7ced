/**
 */
package org.bidbench.sales.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change Order</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change to the contract after award.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.ChangeOrder#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.ChangeOrder#getRaisedOn <em>Raised On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.ChangeOrder#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.bidbench.sales.model.ChangeOrder#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getChangeOrder()
 * @model
 * @generated
 */
public interface ChangeOrder extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bidbench.sales.model.SalesPackage#getChangeOrder_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ChangeOrder#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised On</em>' attribute.
	 * @see #setRaisedOn(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getChangeOrder_RaisedOn()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getRaisedOn();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ChangeOrder#getRaisedOn <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised On</em>' attribute.
	 * @see #getRaisedOn()
	 * @generated
	 */
	void setRaisedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getChangeOrder_Amount()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getAmount();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ChangeOrder#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(Money value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.ChangeOrderStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.ChangeOrderStatus
	 * @see #setStatus(ChangeOrderStatus)
	 * @see org.bidbench.sales.model.SalesPackage#getChangeOrder_Status()
	 * @model
	 * @generated
	 */
	ChangeOrderStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ChangeOrder#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.ChangeOrderStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ChangeOrderStatus value);

} // ChangeOrder
