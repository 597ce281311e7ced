/**
 */
package org.bidbench.sales.model.impl;

import java.math.BigDecimal;

import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approval Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalRuleImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalRuleImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalRuleImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalRuleImpl#getDiscountAbove <em>Discount Above</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovalRuleImpl extends EObjectImpl implements ApprovalRule {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final EmployeeRole ROLE_EDEFAULT = EmployeeRole.SALES_LEAD;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected EmployeeRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected static final int SEQUENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected int sequence = SEQUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscountAbove() <em>Discount Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountAbove()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DISCOUNT_ABOVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscountAbove() <em>Discount Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountAbove()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal discountAbove = DISCOUNT_ABOVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovalRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.APPROVAL_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmployeeRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(EmployeeRole newRole) {
		EmployeeRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL_RULE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL_RULE__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(int newSequence) {
		int oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL_RULE__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDiscountAbove() {
		return discountAbove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountAbove(BigDecimal newDiscountAbove) {
		BigDecimal oldDiscountAbove = discountAbove;
		discountAbove = newDiscountAbove;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL_RULE__DISCOUNT_ABOVE, oldDiscountAbove, discountAbove));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.APPROVAL_RULE__ROLE:
				return getRole();
			case SalesPackage.APPROVAL_RULE__PURPOSE:
				return getPurpose();
			case SalesPackage.APPROVAL_RULE__SEQUENCE:
				return getSequence();
			case SalesPackage.APPROVAL_RULE__DISCOUNT_ABOVE:
				return getDiscountAbove();
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
			case SalesPackage.APPROVAL_RULE__ROLE:
				setRole((EmployeeRole)newValue);
				return;
			case SalesPackage.APPROVAL_RULE__PURPOSE:
				setPurpose((String)newValue);
				return;
			case SalesPackage.APPROVAL_RULE__SEQUENCE:
				setSequence((Integer)newValue);
				return;
			case SalesPackage.APPROVAL_RULE__DISCOUNT_ABOVE:
				setDiscountAbove((BigDecimal)newValue);
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
			case SalesPackage.APPROVAL_RULE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case SalesPackage.APPROVAL_RULE__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case SalesPackage.APPROVAL_RULE__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case SalesPackage.APPROVAL_RULE__DISCOUNT_ABOVE:
				setDiscountAbove(DISCOUNT_ABOVE_EDEFAULT);
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
			case SalesPackage.APPROVAL_RULE__ROLE:
				return role != ROLE_EDEFAULT;
			case SalesPackage.APPROVAL_RULE__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case SalesPackage.APPROVAL_RULE__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
			case SalesPackage.APPROVAL_RULE__DISCOUNT_ABOVE:
				return DISCOUNT_ABOVE_EDEFAULT == null ? discountAbove != null : !DISCOUNT_ABOVE_EDEFAULT.equals(discountAbove);
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
		result.append(" (role: ");
		result.append(role);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", sequence: ");
		result.append(sequence);
		result.append(", discountAbove: ");
		result.append(discountAbove);
		result.append(')');
		return result.toString();
	}

} //ApprovalRuleImpl
