/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.bidbench.sales.model.ChangeOrder;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.ContractImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ContractImpl#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ContractImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ContractImpl#getEstimatedCost <em>Estimated Cost</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ContractImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ContractImpl#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.ContractImpl#getChangeOrders <em>Change Orders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContractImpl extends IdentifiedImpl implements Contract {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedOn() <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedOn = SIGNED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Money VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Money value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedCost() <em>Estimated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedCost()
	 * @generated
	 * @ordered
	 */
	protected static final Money ESTIMATED_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedCost() <em>Estimated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedCost()
	 * @generated
	 * @ordered
	 */
	protected Money estimatedCost = ESTIMATED_COST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected Quote quote;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<PaymentMilestone> milestones;

	/**
	 * The cached value of the '{@link #getChangeOrders() <em>Change Orders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeOrders()
	 * @generated
	 * @ordered
	 */
	protected EList<ChangeOrder> changeOrders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContractImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.CONTRACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CONTRACT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedOn() {
		return signedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedOn(LocalDate newSignedOn) {
		LocalDate oldSignedOn = signedOn;
		signedOn = newSignedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CONTRACT__SIGNED_ON, oldSignedOn, signedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Money newValue) {
		Money oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CONTRACT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getEstimatedCost() {
		return estimatedCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedCost(Money newEstimatedCost) {
		Money oldEstimatedCost = estimatedCost;
		estimatedCost = newEstimatedCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CONTRACT__ESTIMATED_COST, oldEstimatedCost, estimatedCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quote getQuote() {
		if (quote != null && quote.eIsProxy()) {
			InternalEObject oldQuote = (InternalEObject)quote;
			quote = (Quote)eResolveProxy(oldQuote);
			if (quote != oldQuote) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.CONTRACT__QUOTE, oldQuote, quote));
			}
		}
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quote basicGetQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(Quote newQuote) {
		Quote oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CONTRACT__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PaymentMilestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList.Resolving<PaymentMilestone>(PaymentMilestone.class, this, SalesPackage.CONTRACT__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChangeOrder> getChangeOrders() {
		if (changeOrders == null) {
			changeOrders = new EObjectContainmentEList.Resolving<ChangeOrder>(ChangeOrder.class, this, SalesPackage.CONTRACT__CHANGE_ORDERS);
		}
		return changeOrders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean milestonesMatchValue(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.milestonesMatchValue(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SalesPackage.CONTRACT__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
			case SalesPackage.CONTRACT__CHANGE_ORDERS:
				return ((InternalEList<?>)getChangeOrders()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.CONTRACT__NUMBER:
				return getNumber();
			case SalesPackage.CONTRACT__SIGNED_ON:
				return getSignedOn();
			case SalesPackage.CONTRACT__VALUE:
				return getValue();
			case SalesPackage.CONTRACT__ESTIMATED_COST:
				return getEstimatedCost();
			case SalesPackage.CONTRACT__QUOTE:
				if (resolve) return getQuote();
				return basicGetQuote();
			case SalesPackage.CONTRACT__MILESTONES:
				return getMilestones();
			case SalesPackage.CONTRACT__CHANGE_ORDERS:
				return getChangeOrders();
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
			case SalesPackage.CONTRACT__NUMBER:
				setNumber((String)newValue);
				return;
			case SalesPackage.CONTRACT__SIGNED_ON:
				setSignedOn((LocalDate)newValue);
				return;
			case SalesPackage.CONTRACT__VALUE:
				setValue((Money)newValue);
				return;
			case SalesPackage.CONTRACT__ESTIMATED_COST:
				setEstimatedCost((Money)newValue);
				return;
			case SalesPackage.CONTRACT__QUOTE:
				setQuote((Quote)newValue);
				return;
			case SalesPackage.CONTRACT__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends PaymentMilestone>)newValue);
				return;
			case SalesPackage.CONTRACT__CHANGE_ORDERS:
				getChangeOrders().clear();
				getChangeOrders().addAll((Collection<? extends ChangeOrder>)newValue);
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
			case SalesPackage.CONTRACT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SalesPackage.CONTRACT__SIGNED_ON:
				setSignedOn(SIGNED_ON_EDEFAULT);
				return;
			case SalesPackage.CONTRACT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case SalesPackage.CONTRACT__ESTIMATED_COST:
				setEstimatedCost(ESTIMATED_COST_EDEFAULT);
				return;
			case SalesPackage.CONTRACT__QUOTE:
				setQuote((Quote)null);
				return;
			case SalesPackage.CONTRACT__MILESTONES:
				getMilestones().clear();
				return;
			case SalesPackage.CONTRACT__CHANGE_ORDERS:
				getChangeOrders().clear();
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
			case SalesPackage.CONTRACT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case SalesPackage.CONTRACT__SIGNED_ON:
				return SIGNED_ON_EDEFAULT == null ? signedOn != null : !SIGNED_ON_EDEFAULT.equals(signedOn);
			case SalesPackage.CONTRACT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case SalesPackage.CONTRACT__ESTIMATED_COST:
				return ESTIMATED_COST_EDEFAULT == null ? estimatedCost != null : !ESTIMATED_COST_EDEFAULT.equals(estimatedCost);
			case SalesPackage.CONTRACT__QUOTE:
				return quote != null;
			case SalesPackage.CONTRACT__MILESTONES:
				return milestones != null && !milestones.isEmpty();
			case SalesPackage.CONTRACT__CHANGE_ORDERS:
				return changeOrders != null && !changeOrders.isEmpty();
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
			case SalesPackage.CONTRACT___MILESTONES_MATCH_VALUE__DIAGNOSTICCHAIN_MAP:
				return milestonesMatchValue((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (number: ");
		result.append(number);
		result.append(", signedOn: ");
		result.append(signedOn);
		result.append(", value: ");
		result.append(value);
		result.append(", estimatedCost: ");
		result.append(estimatedCost);
		result.append(')');
		return result.toString();
	}

} //ContractImpl
