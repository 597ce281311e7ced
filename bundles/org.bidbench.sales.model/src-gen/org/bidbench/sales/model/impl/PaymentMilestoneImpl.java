/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Payment Milestone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getDeliveredOn <em>Delivered On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getInvoicedOn <em>Invoiced On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getCollectedOn <em>Collected On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PaymentMilestoneImpl#getCollectedAmount <em>Collected Amount</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PaymentMilestoneImpl extends EObjectImpl implements PaymentMilestone {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedDate = PLANNED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Money AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected Money amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliveredOn() <em>Delivered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DELIVERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeliveredOn() <em>Delivered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deliveredOn = DELIVERED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getInvoicedOn() <em>Invoiced On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvoicedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INVOICED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInvoicedOn() <em>Invoiced On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvoicedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate invoicedOn = INVOICED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectedOn() <em>Collected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COLLECTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedOn() <em>Collected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate collectedOn = COLLECTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectedAmount() <em>Collected Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Money COLLECTED_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedAmount() <em>Collected Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedAmount()
	 * @generated
	 * @ordered
	 */
	protected Money collectedAmount = COLLECTED_AMOUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PaymentMilestoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.PAYMENT_MILESTONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedDate() {
		return plannedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDate(LocalDate newPlannedDate) {
		LocalDate oldPlannedDate = plannedDate;
		plannedDate = newPlannedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__PLANNED_DATE, oldPlannedDate, plannedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(Money newAmount) {
		Money oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeliveredOn() {
		return deliveredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveredOn(LocalDate newDeliveredOn) {
		LocalDate oldDeliveredOn = deliveredOn;
		deliveredOn = newDeliveredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__DELIVERED_ON, oldDeliveredOn, deliveredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInvoicedOn() {
		return invoicedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInvoicedOn(LocalDate newInvoicedOn) {
		LocalDate oldInvoicedOn = invoicedOn;
		invoicedOn = newInvoicedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__INVOICED_ON, oldInvoicedOn, invoicedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCollectedOn() {
		return collectedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedOn(LocalDate newCollectedOn) {
		LocalDate oldCollectedOn = collectedOn;
		collectedOn = newCollectedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__COLLECTED_ON, oldCollectedOn, collectedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getCollectedAmount() {
		return collectedAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedAmount(Money newCollectedAmount) {
		Money oldCollectedAmount = collectedAmount;
		collectedAmount = newCollectedAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PAYMENT_MILESTONE__COLLECTED_AMOUNT, oldCollectedAmount, collectedAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean collectedNotAboveAmount(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.collectedNotAboveAmount(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean collectedAfterInvoice(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.collectedAfterInvoice(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.PAYMENT_MILESTONE__NAME:
				return getName();
			case SalesPackage.PAYMENT_MILESTONE__PLANNED_DATE:
				return getPlannedDate();
			case SalesPackage.PAYMENT_MILESTONE__AMOUNT:
				return getAmount();
			case SalesPackage.PAYMENT_MILESTONE__DELIVERED_ON:
				return getDeliveredOn();
			case SalesPackage.PAYMENT_MILESTONE__INVOICED_ON:
				return getInvoicedOn();
			case SalesPackage.PAYMENT_MILESTONE__DUE_DATE:
				return getDueDate();
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_ON:
				return getCollectedOn();
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_AMOUNT:
				return getCollectedAmount();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SalesPackage.PAYMENT_MILESTONE__NAME:
				setName((String)newValue);
				return;
			case SalesPackage.PAYMENT_MILESTONE__PLANNED_DATE:
				setPlannedDate((LocalDate)newValue);
				return;
			case SalesPackage.PAYMENT_MILESTONE__AMOUNT:
				setAmount((Money)newValue);
				return;
			case SalesPackage.PAYMENT_MILESTONE__DELIVERED_ON:
				setDeliveredOn((LocalDate)newValue);
				return;
			case SalesPackage.PAYMENT_MILESTONE__INVOICED_ON:
				setInvoicedOn((LocalDate)newValue);
				return;
			case SalesPackage.PAYMENT_MILESTONE__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_ON:
				setCollectedOn((LocalDate)newValue);
				return;
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_AMOUNT:
				setCollectedAmount((Money)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SalesPackage.PAYMENT_MILESTONE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SalesPackage.PAYMENT_MILESTONE__PLANNED_DATE:
				setPlannedDate(PLANNED_DATE_EDEFAULT);
				return;
			case SalesPackage.PAYMENT_MILESTONE__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case SalesPackage.PAYMENT_MILESTONE__DELIVERED_ON:
				setDeliveredOn(DELIVERED_ON_EDEFAULT);
				return;
			case SalesPackage.PAYMENT_MILESTONE__INVOICED_ON:
				setInvoicedOn(INVOICED_ON_EDEFAULT);
				return;
			case SalesPackage.PAYMENT_MILESTONE__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_ON:
				setCollectedOn(COLLECTED_ON_EDEFAULT);
				return;
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_AMOUNT:
				setCollectedAmount(COLLECTED_AMOUNT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SalesPackage.PAYMENT_MILESTONE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SalesPackage.PAYMENT_MILESTONE__PLANNED_DATE:
				return PLANNED_DATE_EDEFAULT == null ? plannedDate != null : !PLANNED_DATE_EDEFAULT.equals(plannedDate);
			case SalesPackage.PAYMENT_MILESTONE__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case SalesPackage.PAYMENT_MILESTONE__DELIVERED_ON:
				return DELIVERED_ON_EDEFAULT == null ? deliveredOn != null : !DELIVERED_ON_EDEFAULT.equals(deliveredOn);
			case SalesPackage.PAYMENT_MILESTONE__INVOICED_ON:
				return INVOICED_ON_EDEFAULT == null ? invoicedOn != null : !INVOICED_ON_EDEFAULT.equals(invoicedOn);
			case SalesPackage.PAYMENT_MILESTONE__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_ON:
				return COLLECTED_ON_EDEFAULT == null ? collectedOn != null : !COLLECTED_ON_EDEFAULT.equals(collectedOn);
			case SalesPackage.PAYMENT_MILESTONE__COLLECTED_AMOUNT:
				return COLLECTED_AMOUNT_EDEFAULT == null ? collectedAmount != null : !COLLECTED_AMOUNT_EDEFAULT.equals(collectedAmount);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SalesPackage.PAYMENT_MILESTONE___COLLECTED_NOT_ABOVE_AMOUNT__DIAGNOSTICCHAIN_MAP:
				return collectedNotAboveAmount((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.PAYMENT_MILESTONE___COLLECTED_AFTER_INVOICE__DIAGNOSTICCHAIN_MAP:
				return collectedAfterInvoice((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", plannedDate: ");
		result.append(plannedDate);
		result.append(", amount: ");
		result.append(amount);
		result.append(", deliveredOn: ");
		result.append(deliveredOn);
		result.append(", invoicedOn: ");
		result.append(invoicedOn);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", collectedOn: ");
		result.append(collectedOn);
		result.append(", collectedAmount: ");
		result.append(collectedAmount);
		result.append(')');
		return result.toString();
	}

} //PaymentMilestoneImpl
