/**
 */
package org.bidbench.sales.model.impl;

import java.time.LocalDate;

import org.bidbench.sales.model.ChangeOrder;
import org.bidbench.sales.model.ChangeOrderStatus;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Change Order</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.ChangeOrderImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ChangeOrderImpl#getRaisedOn <em>Raised On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ChangeOrderImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ChangeOrderImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChangeOrderImpl extends IdentifiedImpl implements ChangeOrder {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRaisedOn() <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RAISED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaisedOn() <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate raisedOn = RAISED_ON_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeOrderStatus STATUS_EDEFAULT = ChangeOrderStatus.PROPOSED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ChangeOrderStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChangeOrderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.CHANGE_ORDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CHANGE_ORDER__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRaisedOn() {
		return raisedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedOn(LocalDate newRaisedOn) {
		LocalDate oldRaisedOn = raisedOn;
		raisedOn = newRaisedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CHANGE_ORDER__RAISED_ON, oldRaisedOn, raisedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CHANGE_ORDER__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeOrderStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ChangeOrderStatus newStatus) {
		ChangeOrderStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CHANGE_ORDER__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.CHANGE_ORDER__DESCRIPTION:
				return getDescription();
			case SalesPackage.CHANGE_ORDER__RAISED_ON:
				return getRaisedOn();
			case SalesPackage.CHANGE_ORDER__AMOUNT:
				return getAmount();
			case SalesPackage.CHANGE_ORDER__STATUS:
				return getStatus();
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
			case SalesPackage.CHANGE_ORDER__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SalesPackage.CHANGE_ORDER__RAISED_ON:
				setRaisedOn((LocalDate)newValue);
				return;
			case SalesPackage.CHANGE_ORDER__AMOUNT:
				setAmount((Money)newValue);
				return;
			case SalesPackage.CHANGE_ORDER__STATUS:
				setStatus((ChangeOrderStatus)newValue);
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
			case SalesPackage.CHANGE_ORDER__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SalesPackage.CHANGE_ORDER__RAISED_ON:
				setRaisedOn(RAISED_ON_EDEFAULT);
				return;
			case SalesPackage.CHANGE_ORDER__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case SalesPackage.CHANGE_ORDER__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case SalesPackage.CHANGE_ORDER__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SalesPackage.CHANGE_ORDER__RAISED_ON:
				return RAISED_ON_EDEFAULT == null ? raisedOn != null : !RAISED_ON_EDEFAULT.equals(raisedOn);
			case SalesPackage.CHANGE_ORDER__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case SalesPackage.CHANGE_ORDER__STATUS:
				return status != STATUS_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", raisedOn: ");
		result.append(raisedOn);
		result.append(", amount: ");
		result.append(amount);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ChangeOrderImpl
