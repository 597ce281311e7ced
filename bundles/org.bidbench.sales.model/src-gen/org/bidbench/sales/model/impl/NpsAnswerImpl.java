/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Map;

import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Nps Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.NpsAnswerImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.NpsAnswerImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.NpsAnswerImpl#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.NpsAnswerImpl#getAnsweredOn <em>Answered On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.NpsAnswerImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.NpsAnswerImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NpsAnswerImpl extends EObjectImpl implements NpsAnswer {
	/**
	 * The cached value of the '{@link #getCustomer() <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomer()
	 * @generated
	 * @ordered
	 */
	protected Customer customer;

	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Contact contact;

	/**
	 * The cached value of the '{@link #getOpportunity() <em>Opportunity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunity()
	 * @generated
	 * @ordered
	 */
	protected Opportunity opportunity;

	/**
	 * The default value of the '{@link #getAnsweredOn() <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ANSWERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnsweredOn() <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnsweredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate answeredOn = ANSWERED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final int SCORE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected int score = SCORE_EDEFAULT;

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
	protected NpsAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.NPS_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Customer getCustomer() {
		if (customer != null && customer.eIsProxy()) {
			InternalEObject oldCustomer = (InternalEObject)customer;
			customer = (Customer)eResolveProxy(oldCustomer);
			if (customer != oldCustomer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.NPS_ANSWER__CUSTOMER, oldCustomer, customer));
			}
		}
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Customer basicGetCustomer() {
		return customer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomer(Customer newCustomer) {
		Customer oldCustomer = customer;
		customer = newCustomer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.NPS_ANSWER__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getContact() {
		if (contact != null && contact.eIsProxy()) {
			InternalEObject oldContact = (InternalEObject)contact;
			contact = (Contact)eResolveProxy(oldContact);
			if (contact != oldContact) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.NPS_ANSWER__CONTACT, oldContact, contact));
			}
		}
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetContact() {
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(Contact newContact) {
		Contact oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.NPS_ANSWER__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Opportunity getOpportunity() {
		if (opportunity != null && opportunity.eIsProxy()) {
			InternalEObject oldOpportunity = (InternalEObject)opportunity;
			opportunity = (Opportunity)eResolveProxy(oldOpportunity);
			if (opportunity != oldOpportunity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.NPS_ANSWER__OPPORTUNITY, oldOpportunity, opportunity));
			}
		}
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Opportunity basicGetOpportunity() {
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpportunity(Opportunity newOpportunity) {
		Opportunity oldOpportunity = opportunity;
		opportunity = newOpportunity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.NPS_ANSWER__OPPORTUNITY, oldOpportunity, opportunity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnsweredOn(LocalDate newAnsweredOn) {
		LocalDate oldAnsweredOn = answeredOn;
		answeredOn = newAnsweredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.NPS_ANSWER__ANSWERED_ON, oldAnsweredOn, answeredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(int newScore) {
		int oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.NPS_ANSWER__SCORE, oldScore, score));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.NPS_ANSWER__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean scoreInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.scoreInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.NPS_ANSWER__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case SalesPackage.NPS_ANSWER__CONTACT:
				if (resolve) return getContact();
				return basicGetContact();
			case SalesPackage.NPS_ANSWER__OPPORTUNITY:
				if (resolve) return getOpportunity();
				return basicGetOpportunity();
			case SalesPackage.NPS_ANSWER__ANSWERED_ON:
				return getAnsweredOn();
			case SalesPackage.NPS_ANSWER__SCORE:
				return getScore();
			case SalesPackage.NPS_ANSWER__COMMENT:
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
			case SalesPackage.NPS_ANSWER__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case SalesPackage.NPS_ANSWER__CONTACT:
				setContact((Contact)newValue);
				return;
			case SalesPackage.NPS_ANSWER__OPPORTUNITY:
				setOpportunity((Opportunity)newValue);
				return;
			case SalesPackage.NPS_ANSWER__ANSWERED_ON:
				setAnsweredOn((LocalDate)newValue);
				return;
			case SalesPackage.NPS_ANSWER__SCORE:
				setScore((Integer)newValue);
				return;
			case SalesPackage.NPS_ANSWER__COMMENT:
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
			case SalesPackage.NPS_ANSWER__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case SalesPackage.NPS_ANSWER__CONTACT:
				setContact((Contact)null);
				return;
			case SalesPackage.NPS_ANSWER__OPPORTUNITY:
				setOpportunity((Opportunity)null);
				return;
			case SalesPackage.NPS_ANSWER__ANSWERED_ON:
				setAnsweredOn(ANSWERED_ON_EDEFAULT);
				return;
			case SalesPackage.NPS_ANSWER__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case SalesPackage.NPS_ANSWER__COMMENT:
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
			case SalesPackage.NPS_ANSWER__CUSTOMER:
				return customer != null;
			case SalesPackage.NPS_ANSWER__CONTACT:
				return contact != null;
			case SalesPackage.NPS_ANSWER__OPPORTUNITY:
				return opportunity != null;
			case SalesPackage.NPS_ANSWER__ANSWERED_ON:
				return ANSWERED_ON_EDEFAULT == null ? answeredOn != null : !ANSWERED_ON_EDEFAULT.equals(answeredOn);
			case SalesPackage.NPS_ANSWER__SCORE:
				return score != SCORE_EDEFAULT;
			case SalesPackage.NPS_ANSWER__COMMENT:
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
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SalesPackage.NPS_ANSWER___SCORE_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return scoreInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (answeredOn: ");
		result.append(answeredOn);
		result.append(", score: ");
		result.append(score);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //NpsAnswerImpl
