/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.Verdict;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalImpl#getApprover <em>Approver</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ApprovalImpl#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovalImpl extends EObjectImpl implements Approval {
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
	 * The cached value of the '{@link #getApprover() <em>Approver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprover()
	 * @generated
	 * @ordered
	 */
	protected Employee approver;

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
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.APPROVED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

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
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<QuoteLine> lines;

	/**
	 * The default value of the '{@link #isCarriedOver() <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCarriedOver()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CARRIED_OVER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCarriedOver() <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCarriedOver()
	 * @generated
	 * @ordered
	 */
	protected boolean carriedOver = CARRIED_OVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.APPROVAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getApprover() {
		if (approver != null && approver.eIsProxy()) {
			InternalEObject oldApprover = (InternalEObject)approver;
			approver = (Employee)eResolveProxy(oldApprover);
			if (approver != oldApprover) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.APPROVAL__APPROVER, oldApprover, approver));
			}
		}
		return approver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetApprover() {
		return approver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprover(Employee newApprover) {
		Employee oldApprover = approver;
		approver = newApprover;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL__APPROVER, oldApprover, approver));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL__VERDICT, oldVerdict, verdict));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuoteLine> getLines() {
		if (lines == null) {
			lines = new EObjectResolvingEList<QuoteLine>(QuoteLine.class, this, SalesPackage.APPROVAL__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCarriedOver() {
		return carriedOver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarriedOver(boolean newCarriedOver) {
		boolean oldCarriedOver = carriedOver;
		carriedOver = newCarriedOver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.APPROVAL__CARRIED_OVER, oldCarriedOver, carriedOver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.APPROVAL__ROLE:
				return getRole();
			case SalesPackage.APPROVAL__APPROVER:
				if (resolve) return getApprover();
				return basicGetApprover();
			case SalesPackage.APPROVAL__AT:
				return getAt();
			case SalesPackage.APPROVAL__VERDICT:
				return getVerdict();
			case SalesPackage.APPROVAL__COMMENT:
				return getComment();
			case SalesPackage.APPROVAL__LINES:
				return getLines();
			case SalesPackage.APPROVAL__CARRIED_OVER:
				return isCarriedOver();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SalesPackage.APPROVAL__ROLE:
				setRole((EmployeeRole)newValue);
				return;
			case SalesPackage.APPROVAL__APPROVER:
				setApprover((Employee)newValue);
				return;
			case SalesPackage.APPROVAL__AT:
				setAt((Instant)newValue);
				return;
			case SalesPackage.APPROVAL__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case SalesPackage.APPROVAL__COMMENT:
				setComment((String)newValue);
				return;
			case SalesPackage.APPROVAL__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends QuoteLine>)newValue);
				return;
			case SalesPackage.APPROVAL__CARRIED_OVER:
				setCarriedOver((Boolean)newValue);
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
			case SalesPackage.APPROVAL__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case SalesPackage.APPROVAL__APPROVER:
				setApprover((Employee)null);
				return;
			case SalesPackage.APPROVAL__AT:
				setAt(AT_EDEFAULT);
				return;
			case SalesPackage.APPROVAL__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case SalesPackage.APPROVAL__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case SalesPackage.APPROVAL__LINES:
				getLines().clear();
				return;
			case SalesPackage.APPROVAL__CARRIED_OVER:
				setCarriedOver(CARRIED_OVER_EDEFAULT);
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
			case SalesPackage.APPROVAL__ROLE:
				return role != ROLE_EDEFAULT;
			case SalesPackage.APPROVAL__APPROVER:
				return approver != null;
			case SalesPackage.APPROVAL__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case SalesPackage.APPROVAL__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case SalesPackage.APPROVAL__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case SalesPackage.APPROVAL__LINES:
				return lines != null && !lines.isEmpty();
			case SalesPackage.APPROVAL__CARRIED_OVER:
				return carriedOver != CARRIED_OVER_EDEFAULT;
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
		result.append(", at: ");
		result.append(at);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", comment: ");
		result.append(comment);
		result.append(", carriedOver: ");
		result.append(carriedOver);
		result.append(')');
		return result.toString();
	}

} //ApprovalImpl
