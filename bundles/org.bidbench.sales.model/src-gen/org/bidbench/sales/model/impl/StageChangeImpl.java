/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stage Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.StageChangeImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.StageChangeImpl#getEnteredAt <em>Entered At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.StageChangeImpl#getChangedBy <em>Changed By</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.StageChangeImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StageChangeImpl extends EObjectImpl implements StageChange {
	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * The default value of the '{@link #getEnteredAt() <em>Entered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnteredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ENTERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnteredAt() <em>Entered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnteredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant enteredAt = ENTERED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChangedBy() <em>Changed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangedBy()
	 * @generated
	 * @ordered
	 */
	protected Employee changedBy;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StageChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.STAGE_CHANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.STAGE_CHANGE__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.STAGE_CHANGE__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEnteredAt() {
		return enteredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnteredAt(Instant newEnteredAt) {
		Instant oldEnteredAt = enteredAt;
		enteredAt = newEnteredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.STAGE_CHANGE__ENTERED_AT, oldEnteredAt, enteredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getChangedBy() {
		if (changedBy != null && changedBy.eIsProxy()) {
			InternalEObject oldChangedBy = (InternalEObject)changedBy;
			changedBy = (Employee)eResolveProxy(oldChangedBy);
			if (changedBy != oldChangedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.STAGE_CHANGE__CHANGED_BY, oldChangedBy, changedBy));
			}
		}
		return changedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetChangedBy() {
		return changedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangedBy(Employee newChangedBy) {
		Employee oldChangedBy = changedBy;
		changedBy = newChangedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.STAGE_CHANGE__CHANGED_BY, oldChangedBy, changedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.STAGE_CHANGE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.STAGE_CHANGE__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
			case SalesPackage.STAGE_CHANGE__ENTERED_AT:
				return getEnteredAt();
			case SalesPackage.STAGE_CHANGE__CHANGED_BY:
				if (resolve) return getChangedBy();
				return basicGetChangedBy();
			case SalesPackage.STAGE_CHANGE__NOTE:
				return getNote();
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
			case SalesPackage.STAGE_CHANGE__STAGE:
				setStage((Stage)newValue);
				return;
			case SalesPackage.STAGE_CHANGE__ENTERED_AT:
				setEnteredAt((Instant)newValue);
				return;
			case SalesPackage.STAGE_CHANGE__CHANGED_BY:
				setChangedBy((Employee)newValue);
				return;
			case SalesPackage.STAGE_CHANGE__NOTE:
				setNote((String)newValue);
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
			case SalesPackage.STAGE_CHANGE__STAGE:
				setStage((Stage)null);
				return;
			case SalesPackage.STAGE_CHANGE__ENTERED_AT:
				setEnteredAt(ENTERED_AT_EDEFAULT);
				return;
			case SalesPackage.STAGE_CHANGE__CHANGED_BY:
				setChangedBy((Employee)null);
				return;
			case SalesPackage.STAGE_CHANGE__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case SalesPackage.STAGE_CHANGE__STAGE:
				return stage != null;
			case SalesPackage.STAGE_CHANGE__ENTERED_AT:
				return ENTERED_AT_EDEFAULT == null ? enteredAt != null : !ENTERED_AT_EDEFAULT.equals(enteredAt);
			case SalesPackage.STAGE_CHANGE__CHANGED_BY:
				return changedBy != null;
			case SalesPackage.STAGE_CHANGE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (enteredAt: ");
		result.append(enteredAt);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //StageChangeImpl
