/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.GateEvent;
import org.bidbench.sales.model.GateKind;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getDeliverableType <em>Deliverable Type</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getResponsibleRole <em>Responsible Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.GateImpl#getDeadlineHours <em>Deadline Hours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GateImpl extends IdentifiedImpl implements Gate {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final GateKind KIND_EDEFAULT = GateKind.DELIVERABLE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected GateKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliverableType() <em>Deliverable Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverableType()
	 * @generated
	 * @ordered
	 */
	protected static final String DELIVERABLE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeliverableType() <em>Deliverable Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliverableType()
	 * @generated
	 * @ordered
	 */
	protected String deliverableType = DELIVERABLE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsibleRole() <em>Responsible Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleRole()
	 * @generated
	 * @ordered
	 */
	protected static final EmployeeRole RESPONSIBLE_ROLE_EDEFAULT = EmployeeRole.SALES_LEAD;

	/**
	 * The cached value of the '{@link #getResponsibleRole() <em>Responsible Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleRole()
	 * @generated
	 * @ordered
	 */
	protected EmployeeRole responsibleRole = RESPONSIBLE_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewerRole() <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerRole()
	 * @generated
	 * @ordered
	 */
	protected static final EmployeeRole REVIEWER_ROLE_EDEFAULT = EmployeeRole.SALES_LEAD;

	/**
	 * The cached value of the '{@link #getReviewerRole() <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerRole()
	 * @generated
	 * @ordered
	 */
	protected EmployeeRole reviewerRole = REVIEWER_ROLE_EDEFAULT;

	/**
	 * This is true if the Reviewer Role attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean reviewerRoleESet;

	/**
	 * The default value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected static final GateEvent ANCHOR_EDEFAULT = GateEvent.STAGE_ENTERED;

	/**
	 * The cached value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected GateEvent anchor = ANCHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadlineHours() <em>Deadline Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineHours()
	 * @generated
	 * @ordered
	 */
	protected static final int DEADLINE_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeadlineHours() <em>Deadline Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadlineHours()
	 * @generated
	 * @ordered
	 */
	protected int deadlineHours = DEADLINE_HOURS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.GATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GateKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(GateKind newKind) {
		GateKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeliverableType() {
		return deliverableType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliverableType(String newDeliverableType) {
		String oldDeliverableType = deliverableType;
		deliverableType = newDeliverableType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__DELIVERABLE_TYPE, oldDeliverableType, deliverableType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmployeeRole getResponsibleRole() {
		return responsibleRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleRole(EmployeeRole newResponsibleRole) {
		EmployeeRole oldResponsibleRole = responsibleRole;
		responsibleRole = newResponsibleRole == null ? RESPONSIBLE_ROLE_EDEFAULT : newResponsibleRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__RESPONSIBLE_ROLE, oldResponsibleRole, responsibleRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmployeeRole getReviewerRole() {
		return reviewerRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerRole(EmployeeRole newReviewerRole) {
		EmployeeRole oldReviewerRole = reviewerRole;
		reviewerRole = newReviewerRole == null ? REVIEWER_ROLE_EDEFAULT : newReviewerRole;
		boolean oldReviewerRoleESet = reviewerRoleESet;
		reviewerRoleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__REVIEWER_ROLE, oldReviewerRole, reviewerRole, !oldReviewerRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReviewerRole() {
		EmployeeRole oldReviewerRole = reviewerRole;
		boolean oldReviewerRoleESet = reviewerRoleESet;
		reviewerRole = REVIEWER_ROLE_EDEFAULT;
		reviewerRoleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SalesPackage.GATE__REVIEWER_ROLE, oldReviewerRole, REVIEWER_ROLE_EDEFAULT, oldReviewerRoleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReviewerRole() {
		return reviewerRoleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GateEvent getAnchor() {
		return anchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchor(GateEvent newAnchor) {
		GateEvent oldAnchor = anchor;
		anchor = newAnchor == null ? ANCHOR_EDEFAULT : newAnchor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__ANCHOR, oldAnchor, anchor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeadlineHours() {
		return deadlineHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadlineHours(int newDeadlineHours) {
		int oldDeadlineHours = deadlineHours;
		deadlineHours = newDeadlineHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.GATE__DEADLINE_HOURS, oldDeadlineHours, deadlineHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean deadlineNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.deadlineNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean deliverableGateNamesType(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.deliverableGateNamesType(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.GATE__NAME:
				return getName();
			case SalesPackage.GATE__DESCRIPTION:
				return getDescription();
			case SalesPackage.GATE__KIND:
				return getKind();
			case SalesPackage.GATE__DELIVERABLE_TYPE:
				return getDeliverableType();
			case SalesPackage.GATE__RESPONSIBLE_ROLE:
				return getResponsibleRole();
			case SalesPackage.GATE__REVIEWER_ROLE:
				return getReviewerRole();
			case SalesPackage.GATE__ANCHOR:
				return getAnchor();
			case SalesPackage.GATE__DEADLINE_HOURS:
				return getDeadlineHours();
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
			case SalesPackage.GATE__NAME:
				setName((String)newValue);
				return;
			case SalesPackage.GATE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SalesPackage.GATE__KIND:
				setKind((GateKind)newValue);
				return;
			case SalesPackage.GATE__DELIVERABLE_TYPE:
				setDeliverableType((String)newValue);
				return;
			case SalesPackage.GATE__RESPONSIBLE_ROLE:
				setResponsibleRole((EmployeeRole)newValue);
				return;
			case SalesPackage.GATE__REVIEWER_ROLE:
				setReviewerRole((EmployeeRole)newValue);
				return;
			case SalesPackage.GATE__ANCHOR:
				setAnchor((GateEvent)newValue);
				return;
			case SalesPackage.GATE__DEADLINE_HOURS:
				setDeadlineHours((Integer)newValue);
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
			case SalesPackage.GATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SalesPackage.GATE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SalesPackage.GATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SalesPackage.GATE__DELIVERABLE_TYPE:
				setDeliverableType(DELIVERABLE_TYPE_EDEFAULT);
				return;
			case SalesPackage.GATE__RESPONSIBLE_ROLE:
				setResponsibleRole(RESPONSIBLE_ROLE_EDEFAULT);
				return;
			case SalesPackage.GATE__REVIEWER_ROLE:
				unsetReviewerRole();
				return;
			case SalesPackage.GATE__ANCHOR:
				setAnchor(ANCHOR_EDEFAULT);
				return;
			case SalesPackage.GATE__DEADLINE_HOURS:
				setDeadlineHours(DEADLINE_HOURS_EDEFAULT);
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
			case SalesPackage.GATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SalesPackage.GATE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SalesPackage.GATE__KIND:
				return kind != KIND_EDEFAULT;
			case SalesPackage.GATE__DELIVERABLE_TYPE:
				return DELIVERABLE_TYPE_EDEFAULT == null ? deliverableType != null : !DELIVERABLE_TYPE_EDEFAULT.equals(deliverableType);
			case SalesPackage.GATE__RESPONSIBLE_ROLE:
				return responsibleRole != RESPONSIBLE_ROLE_EDEFAULT;
			case SalesPackage.GATE__REVIEWER_ROLE:
				return isSetReviewerRole();
			case SalesPackage.GATE__ANCHOR:
				return anchor != ANCHOR_EDEFAULT;
			case SalesPackage.GATE__DEADLINE_HOURS:
				return deadlineHours != DEADLINE_HOURS_EDEFAULT;
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
			case SalesPackage.GATE___DEADLINE_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return deadlineNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.GATE___DELIVERABLE_GATE_NAMES_TYPE__DIAGNOSTICCHAIN_MAP:
				return deliverableGateNamesType((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", description: ");
		result.append(description);
		result.append(", kind: ");
		result.append(kind);
		result.append(", deliverableType: ");
		result.append(deliverableType);
		result.append(", responsibleRole: ");
		result.append(responsibleRole);
		result.append(", reviewerRole: ");
		if (reviewerRoleESet) result.append(reviewerRole); else result.append("<unset>");
		result.append(", anchor: ");
		result.append(anchor);
		result.append(", deadlineHours: ");
		result.append(deadlineHours);
		result.append(')');
		return result.toString();
	}

} //GateImpl
