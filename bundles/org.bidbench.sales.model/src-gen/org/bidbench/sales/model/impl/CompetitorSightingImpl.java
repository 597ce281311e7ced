/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import org.bidbench.sales.model.CompetitorSighting;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Competitor Sighting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.CompetitorSightingImpl#getCompetitor <em>Competitor</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CompetitorSightingImpl#getAddedAt <em>Added At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompetitorSightingImpl extends EObjectImpl implements CompetitorSighting {
	/**
	 * The default value of the '{@link #getCompetitor() <em>Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitor()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPETITOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompetitor() <em>Competitor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetitor()
	 * @generated
	 * @ordered
	 */
	protected String competitor = COMPETITOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddedAt() <em>Added At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ADDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddedAt() <em>Added At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant addedAt = ADDED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompetitorSightingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.COMPETITOR_SIGHTING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompetitor() {
		return competitor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetitor(String newCompetitor) {
		String oldCompetitor = competitor;
		competitor = newCompetitor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.COMPETITOR_SIGHTING__COMPETITOR, oldCompetitor, competitor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAddedAt() {
		return addedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddedAt(Instant newAddedAt) {
		Instant oldAddedAt = addedAt;
		addedAt = newAddedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.COMPETITOR_SIGHTING__ADDED_AT, oldAddedAt, addedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.COMPETITOR_SIGHTING__COMPETITOR:
				return getCompetitor();
			case SalesPackage.COMPETITOR_SIGHTING__ADDED_AT:
				return getAddedAt();
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
			case SalesPackage.COMPETITOR_SIGHTING__COMPETITOR:
				setCompetitor((String)newValue);
				return;
			case SalesPackage.COMPETITOR_SIGHTING__ADDED_AT:
				setAddedAt((Instant)newValue);
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
			case SalesPackage.COMPETITOR_SIGHTING__COMPETITOR:
				setCompetitor(COMPETITOR_EDEFAULT);
				return;
			case SalesPackage.COMPETITOR_SIGHTING__ADDED_AT:
				setAddedAt(ADDED_AT_EDEFAULT);
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
			case SalesPackage.COMPETITOR_SIGHTING__COMPETITOR:
				return COMPETITOR_EDEFAULT == null ? competitor != null : !COMPETITOR_EDEFAULT.equals(competitor);
			case SalesPackage.COMPETITOR_SIGHTING__ADDED_AT:
				return ADDED_AT_EDEFAULT == null ? addedAt != null : !ADDED_AT_EDEFAULT.equals(addedAt);
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
		result.append(" (competitor: ");
		result.append(competitor);
		result.append(", addedAt: ");
		result.append(addedAt);
		result.append(')');
		return result.toString();
	}

} //CompetitorSightingImpl
