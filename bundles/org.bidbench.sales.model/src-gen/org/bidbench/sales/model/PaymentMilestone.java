/**
 */
package org.bidbench.sales.model;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Payment Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of the contract value that is delivered, invoiced and collected.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getDeliveredOn <em>Delivered On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getInvoicedOn <em>Invoiced On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getCollectedOn <em>Collected On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PaymentMilestone#getCollectedAmount <em>Collected Amount</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone()
 * @model
 * @generated
 */
public interface PaymentMilestone extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the work this milestone pays for is planned to be delivered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Planned Date</em>' attribute.
	 * @see #setPlannedDate(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_PlannedDate()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedDate();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getPlannedDate <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date</em>' attribute.
	 * @see #getPlannedDate()
	 * @generated
	 */
	void setPlannedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_Amount()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getAmount();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(Money value);

	/**
	 * Returns the value of the '<em><b>Delivered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the work was delivered and the revenue recognised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delivered On</em>' attribute.
	 * @see #setDeliveredOn(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_DeliveredOn()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeliveredOn();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getDeliveredOn <em>Delivered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivered On</em>' attribute.
	 * @see #getDeliveredOn()
	 * @generated
	 */
	void setDeliveredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Invoiced On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Invoiced On</em>' attribute.
	 * @see #setInvoicedOn(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_InvoicedOn()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getInvoicedOn();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getInvoicedOn <em>Invoiced On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Invoiced On</em>' attribute.
	 * @see #getInvoicedOn()
	 * @generated
	 */
	void setInvoicedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When payment of the invoice is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_DueDate()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Collected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collected On</em>' attribute.
	 * @see #setCollectedOn(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_CollectedOn()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getCollectedOn();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getCollectedOn <em>Collected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected On</em>' attribute.
	 * @see #getCollectedOn()
	 * @generated
	 */
	void setCollectedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Collected Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collected Amount</em>' attribute.
	 * @see #setCollectedAmount(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getPaymentMilestone_CollectedAmount()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getCollectedAmount();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PaymentMilestone#getCollectedAmount <em>Collected Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected Amount</em>' attribute.
	 * @see #getCollectedAmount()
	 * @generated
	 */
	void setCollectedAmount(Money value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean collectedNotAboveAmount(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean collectedAfterInvoice(DiagnosticChain diagnostics, Map<Object, Object> context);

} // PaymentMilestone
