/**
 */
package org.bidbench.sales.model.impl;

import java.util.Collection;

import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.Stage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.SalesProcessImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesProcessImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesProcessImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesProcessImpl#getQuoteApprovalRules <em>Quote Approval Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SalesProcessImpl extends EObjectImpl implements SalesProcess {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<Stage> stages;

	/**
	 * The cached value of the '{@link #getQuoteApprovalRules() <em>Quote Approval Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuoteApprovalRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ApprovalRule> quoteApprovalRules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SalesProcessImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.SALES_PROCESS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.SALES_PROCESS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.SALES_PROCESS__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList.Resolving<Stage>(Stage.class, this, SalesPackage.SALES_PROCESS__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApprovalRule> getQuoteApprovalRules() {
		if (quoteApprovalRules == null) {
			quoteApprovalRules = new EObjectContainmentEList.Resolving<ApprovalRule>(ApprovalRule.class, this, SalesPackage.SALES_PROCESS__QUOTE_APPROVAL_RULES);
		}
		return quoteApprovalRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SalesPackage.SALES_PROCESS__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case SalesPackage.SALES_PROCESS__QUOTE_APPROVAL_RULES:
				return ((InternalEList<?>)getQuoteApprovalRules()).basicRemove(otherEnd, msgs);
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
			case SalesPackage.SALES_PROCESS__NAME:
				return getName();
			case SalesPackage.SALES_PROCESS__VERSION:
				return getVersion();
			case SalesPackage.SALES_PROCESS__STAGES:
				return getStages();
			case SalesPackage.SALES_PROCESS__QUOTE_APPROVAL_RULES:
				return getQuoteApprovalRules();
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
			case SalesPackage.SALES_PROCESS__NAME:
				setName((String)newValue);
				return;
			case SalesPackage.SALES_PROCESS__VERSION:
				setVersion((String)newValue);
				return;
			case SalesPackage.SALES_PROCESS__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends Stage>)newValue);
				return;
			case SalesPackage.SALES_PROCESS__QUOTE_APPROVAL_RULES:
				getQuoteApprovalRules().clear();
				getQuoteApprovalRules().addAll((Collection<? extends ApprovalRule>)newValue);
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
			case SalesPackage.SALES_PROCESS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SalesPackage.SALES_PROCESS__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case SalesPackage.SALES_PROCESS__STAGES:
				getStages().clear();
				return;
			case SalesPackage.SALES_PROCESS__QUOTE_APPROVAL_RULES:
				getQuoteApprovalRules().clear();
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
			case SalesPackage.SALES_PROCESS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SalesPackage.SALES_PROCESS__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case SalesPackage.SALES_PROCESS__STAGES:
				return stages != null && !stages.isEmpty();
			case SalesPackage.SALES_PROCESS__QUOTE_APPROVAL_RULES:
				return quoteApprovalRules != null && !quoteApprovalRules.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(')');
		return result.toString();
	}

} //SalesProcessImpl
