/**
 */
package org.bidbench.sales.model.impl;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.Team;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.TeamImpl#getSalesLead <em>Sales Lead</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.TeamImpl#getTechnicalLead <em>Technical Lead</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.TeamImpl#getCommercialLead <em>Commercial Lead</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.TeamImpl#getProjectManager <em>Project Manager</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TeamImpl extends EObjectImpl implements Team {
	/**
	 * The cached value of the '{@link #getSalesLead() <em>Sales Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesLead()
	 * @generated
	 * @ordered
	 */
	protected Employee salesLead;

	/**
	 * The cached value of the '{@link #getTechnicalLead() <em>Technical Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnicalLead()
	 * @generated
	 * @ordered
	 */
	protected Employee technicalLead;

	/**
	 * The cached value of the '{@link #getCommercialLead() <em>Commercial Lead</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommercialLead()
	 * @generated
	 * @ordered
	 */
	protected Employee commercialLead;

	/**
	 * The cached value of the '{@link #getProjectManager() <em>Project Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectManager()
	 * @generated
	 * @ordered
	 */
	protected Employee projectManager;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TeamImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.TEAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getSalesLead() {
		if (salesLead != null && salesLead.eIsProxy()) {
			InternalEObject oldSalesLead = (InternalEObject)salesLead;
			salesLead = (Employee)eResolveProxy(oldSalesLead);
			if (salesLead != oldSalesLead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.TEAM__SALES_LEAD, oldSalesLead, salesLead));
			}
		}
		return salesLead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetSalesLead() {
		return salesLead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalesLead(Employee newSalesLead) {
		Employee oldSalesLead = salesLead;
		salesLead = newSalesLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.TEAM__SALES_LEAD, oldSalesLead, salesLead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getTechnicalLead() {
		if (technicalLead != null && technicalLead.eIsProxy()) {
			InternalEObject oldTechnicalLead = (InternalEObject)technicalLead;
			technicalLead = (Employee)eResolveProxy(oldTechnicalLead);
			if (technicalLead != oldTechnicalLead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.TEAM__TECHNICAL_LEAD, oldTechnicalLead, technicalLead));
			}
		}
		return technicalLead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetTechnicalLead() {
		return technicalLead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnicalLead(Employee newTechnicalLead) {
		Employee oldTechnicalLead = technicalLead;
		technicalLead = newTechnicalLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.TEAM__TECHNICAL_LEAD, oldTechnicalLead, technicalLead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getCommercialLead() {
		if (commercialLead != null && commercialLead.eIsProxy()) {
			InternalEObject oldCommercialLead = (InternalEObject)commercialLead;
			commercialLead = (Employee)eResolveProxy(oldCommercialLead);
			if (commercialLead != oldCommercialLead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.TEAM__COMMERCIAL_LEAD, oldCommercialLead, commercialLead));
			}
		}
		return commercialLead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetCommercialLead() {
		return commercialLead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommercialLead(Employee newCommercialLead) {
		Employee oldCommercialLead = commercialLead;
		commercialLead = newCommercialLead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.TEAM__COMMERCIAL_LEAD, oldCommercialLead, commercialLead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getProjectManager() {
		if (projectManager != null && projectManager.eIsProxy()) {
			InternalEObject oldProjectManager = (InternalEObject)projectManager;
			projectManager = (Employee)eResolveProxy(oldProjectManager);
			if (projectManager != oldProjectManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.TEAM__PROJECT_MANAGER, oldProjectManager, projectManager));
			}
		}
		return projectManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetProjectManager() {
		return projectManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectManager(Employee newProjectManager) {
		Employee oldProjectManager = projectManager;
		projectManager = newProjectManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.TEAM__PROJECT_MANAGER, oldProjectManager, projectManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.TEAM__SALES_LEAD:
				if (resolve) return getSalesLead();
				return basicGetSalesLead();
			case SalesPackage.TEAM__TECHNICAL_LEAD:
				if (resolve) return getTechnicalLead();
				return basicGetTechnicalLead();
			case SalesPackage.TEAM__COMMERCIAL_LEAD:
				if (resolve) return getCommercialLead();
				return basicGetCommercialLead();
			case SalesPackage.TEAM__PROJECT_MANAGER:
				if (resolve) return getProjectManager();
				return basicGetProjectManager();
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
			case SalesPackage.TEAM__SALES_LEAD:
				setSalesLead((Employee)newValue);
				return;
			case SalesPackage.TEAM__TECHNICAL_LEAD:
				setTechnicalLead((Employee)newValue);
				return;
			case SalesPackage.TEAM__COMMERCIAL_LEAD:
				setCommercialLead((Employee)newValue);
				return;
			case SalesPackage.TEAM__PROJECT_MANAGER:
				setProjectManager((Employee)newValue);
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
			case SalesPackage.TEAM__SALES_LEAD:
				setSalesLead((Employee)null);
				return;
			case SalesPackage.TEAM__TECHNICAL_LEAD:
				setTechnicalLead((Employee)null);
				return;
			case SalesPackage.TEAM__COMMERCIAL_LEAD:
				setCommercialLead((Employee)null);
				return;
			case SalesPackage.TEAM__PROJECT_MANAGER:
				setProjectManager((Employee)null);
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
			case SalesPackage.TEAM__SALES_LEAD:
				return salesLead != null;
			case SalesPackage.TEAM__TECHNICAL_LEAD:
				return technicalLead != null;
			case SalesPackage.TEAM__COMMERCIAL_LEAD:
				return commercialLead != null;
			case SalesPackage.TEAM__PROJECT_MANAGER:
				return projectManager != null;
		}
		return super.eIsSet(featureID);
	}

} //TeamImpl
