/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Follow Up Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.FollowUpTaskImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.FollowUpTaskImpl#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.FollowUpTaskImpl#getDue <em>Due</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.FollowUpTaskImpl#isDone <em>Done</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.FollowUpTaskImpl#getDoneAt <em>Done At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FollowUpTaskImpl extends EObjectImpl implements FollowUpTask {
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
	 * The cached value of the '{@link #getAssignee() <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected Employee assignee;

	/**
	 * The default value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDue() <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDue()
	 * @generated
	 * @ordered
	 */
	protected Instant due = DUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected boolean done = DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoneAt() <em>Done At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DONE_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoneAt() <em>Done At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoneAt()
	 * @generated
	 * @ordered
	 */
	protected Instant doneAt = DONE_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FollowUpTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.FOLLOW_UP_TASK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.FOLLOW_UP_TASK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getAssignee() {
		if (assignee != null && assignee.eIsProxy()) {
			InternalEObject oldAssignee = (InternalEObject)assignee;
			assignee = (Employee)eResolveProxy(oldAssignee);
			if (assignee != oldAssignee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.FOLLOW_UP_TASK__ASSIGNEE, oldAssignee, assignee));
			}
		}
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetAssignee() {
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(Employee newAssignee) {
		Employee oldAssignee = assignee;
		assignee = newAssignee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.FOLLOW_UP_TASK__ASSIGNEE, oldAssignee, assignee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDue() {
		return due;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDue(Instant newDue) {
		Instant oldDue = due;
		due = newDue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.FOLLOW_UP_TASK__DUE, oldDue, due));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDone() {
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(boolean newDone) {
		boolean oldDone = done;
		done = newDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.FOLLOW_UP_TASK__DONE, oldDone, done));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDoneAt() {
		return doneAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoneAt(Instant newDoneAt) {
		Instant oldDoneAt = doneAt;
		doneAt = newDoneAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.FOLLOW_UP_TASK__DONE_AT, oldDoneAt, doneAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.FOLLOW_UP_TASK__DESCRIPTION:
				return getDescription();
			case SalesPackage.FOLLOW_UP_TASK__ASSIGNEE:
				if (resolve) return getAssignee();
				return basicGetAssignee();
			case SalesPackage.FOLLOW_UP_TASK__DUE:
				return getDue();
			case SalesPackage.FOLLOW_UP_TASK__DONE:
				return isDone();
			case SalesPackage.FOLLOW_UP_TASK__DONE_AT:
				return getDoneAt();
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
			case SalesPackage.FOLLOW_UP_TASK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SalesPackage.FOLLOW_UP_TASK__ASSIGNEE:
				setAssignee((Employee)newValue);
				return;
			case SalesPackage.FOLLOW_UP_TASK__DUE:
				setDue((Instant)newValue);
				return;
			case SalesPackage.FOLLOW_UP_TASK__DONE:
				setDone((Boolean)newValue);
				return;
			case SalesPackage.FOLLOW_UP_TASK__DONE_AT:
				setDoneAt((Instant)newValue);
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
			case SalesPackage.FOLLOW_UP_TASK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SalesPackage.FOLLOW_UP_TASK__ASSIGNEE:
				setAssignee((Employee)null);
				return;
			case SalesPackage.FOLLOW_UP_TASK__DUE:
				setDue(DUE_EDEFAULT);
				return;
			case SalesPackage.FOLLOW_UP_TASK__DONE:
				setDone(DONE_EDEFAULT);
				return;
			case SalesPackage.FOLLOW_UP_TASK__DONE_AT:
				setDoneAt(DONE_AT_EDEFAULT);
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
			case SalesPackage.FOLLOW_UP_TASK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SalesPackage.FOLLOW_UP_TASK__ASSIGNEE:
				return assignee != null;
			case SalesPackage.FOLLOW_UP_TASK__DUE:
				return DUE_EDEFAULT == null ? due != null : !DUE_EDEFAULT.equals(due);
			case SalesPackage.FOLLOW_UP_TASK__DONE:
				return done != DONE_EDEFAULT;
			case SalesPackage.FOLLOW_UP_TASK__DONE_AT:
				return DONE_AT_EDEFAULT == null ? doneAt != null : !DONE_AT_EDEFAULT.equals(doneAt);
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
		result.append(", due: ");
		result.append(due);
		result.append(", done: ");
		result.append(done);
		result.append(", doneAt: ");
		result.append(doneAt);
		result.append(')');
		return result.toString();
	}

} //FollowUpTaskImpl
