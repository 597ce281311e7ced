/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.RiskAcknowledgement;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Risk Acknowledgement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.RiskAcknowledgementImpl#getFlagKey <em>Flag Key</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.RiskAcknowledgementImpl#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.RiskAcknowledgementImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.RiskAcknowledgementImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskAcknowledgementImpl extends EObjectImpl implements RiskAcknowledgement {
	/**
	 * The default value of the '{@link #getFlagKey() <em>Flag Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlagKey()
	 * @generated
	 * @ordered
	 */
	protected static final String FLAG_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlagKey() <em>Flag Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlagKey()
	 * @generated
	 * @ordered
	 */
	protected String flagKey = FLAG_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAcknowledgedBy() <em>Acknowledged By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedBy()
	 * @generated
	 * @ordered
	 */
	protected Employee acknowledgedBy;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Instant at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RiskAcknowledgementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.RISK_ACKNOWLEDGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlagKey() {
		return flagKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlagKey(String newFlagKey) {
		String oldFlagKey = flagKey;
		flagKey = newFlagKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.RISK_ACKNOWLEDGEMENT__FLAG_KEY, oldFlagKey, flagKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getAcknowledgedBy() {
		if (acknowledgedBy != null && acknowledgedBy.eIsProxy()) {
			InternalEObject oldAcknowledgedBy = (InternalEObject)acknowledgedBy;
			acknowledgedBy = (Employee)eResolveProxy(oldAcknowledgedBy);
			if (acknowledgedBy != oldAcknowledgedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY, oldAcknowledgedBy, acknowledgedBy));
			}
		}
		return acknowledgedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetAcknowledgedBy() {
		return acknowledgedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedBy(Employee newAcknowledgedBy) {
		Employee oldAcknowledgedBy = acknowledgedBy;
		acknowledgedBy = newAcknowledgedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY, oldAcknowledgedBy, acknowledgedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		Instant oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.RISK_ACKNOWLEDGEMENT__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.RISK_ACKNOWLEDGEMENT__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.RISK_ACKNOWLEDGEMENT__FLAG_KEY:
				return getFlagKey();
			case SalesPackage.RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				if (resolve) return getAcknowledgedBy();
				return basicGetAcknowledgedBy();
			case SalesPackage.RISK_ACKNOWLEDGEMENT__AT:
				return getAt();
			case SalesPackage.RISK_ACKNOWLEDGEMENT__COMMENT:
				return getComment();
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
			case SalesPackage.RISK_ACKNOWLEDGEMENT__FLAG_KEY:
				setFlagKey((String)newValue);
				return;
			case SalesPackage.RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				setAcknowledgedBy((Employee)newValue);
				return;
			case SalesPackage.RISK_ACKNOWLEDGEMENT__AT:
				setAt((Instant)newValue);
				return;
			case SalesPackage.RISK_ACKNOWLEDGEMENT__COMMENT:
				setComment((String)newValue);
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
			case SalesPackage.RISK_ACKNOWLEDGEMENT__FLAG_KEY:
				setFlagKey(FLAG_KEY_EDEFAULT);
				return;
			case SalesPackage.RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				setAcknowledgedBy((Employee)null);
				return;
			case SalesPackage.RISK_ACKNOWLEDGEMENT__AT:
				setAt(AT_EDEFAULT);
				return;
			case SalesPackage.RISK_ACKNOWLEDGEMENT__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case SalesPackage.RISK_ACKNOWLEDGEMENT__FLAG_KEY:
				return FLAG_KEY_EDEFAULT == null ? flagKey != null : !FLAG_KEY_EDEFAULT.equals(flagKey);
			case SalesPackage.RISK_ACKNOWLEDGEMENT__ACKNOWLEDGED_BY:
				return acknowledgedBy != null;
			case SalesPackage.RISK_ACKNOWLEDGEMENT__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case SalesPackage.RISK_ACKNOWLEDGEMENT__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (flagKey: ");
		result.append(flagKey);
		result.append(", at: ");
		result.append(at);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //RiskAcknowledgementImpl
