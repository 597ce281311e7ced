/**
 */
package org.bidbench.sales.model.impl;

import java.util.Collection;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.KpiTarget;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;

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
 * An implementation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getEmployees <em>Employees</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getCustomers <em>Customers</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getLeads <em>Leads</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getPriceCatalogs <em>Price Catalogs</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getNpsAnswers <em>Nps Answers</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.SalesWorkspaceImpl#getKpiTargets <em>Kpi Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SalesWorkspaceImpl extends EObjectImpl implements SalesWorkspace {
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
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "CNY";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProcess() <em>Process</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcess()
	 * @generated
	 * @ordered
	 */
	protected SalesProcess process;

	/**
	 * The cached value of the '{@link #getEmployees() <em>Employees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployees()
	 * @generated
	 * @ordered
	 */
	protected EList<Employee> employees;

	/**
	 * The cached value of the '{@link #getCustomers() <em>Customers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomers()
	 * @generated
	 * @ordered
	 */
	protected EList<Customer> customers;

	/**
	 * The cached value of the '{@link #getLeads() <em>Leads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeads()
	 * @generated
	 * @ordered
	 */
	protected EList<Lead> leads;

	/**
	 * The cached value of the '{@link #getOpportunities() <em>Opportunities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunities()
	 * @generated
	 * @ordered
	 */
	protected EList<Opportunity> opportunities;

	/**
	 * The cached value of the '{@link #getPriceCatalogs() <em>Price Catalogs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceCatalogs()
	 * @generated
	 * @ordered
	 */
	protected EList<PriceCatalog> priceCatalogs;

	/**
	 * The cached value of the '{@link #getNpsAnswers() <em>Nps Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNpsAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<NpsAnswer> npsAnswers;

	/**
	 * The cached value of the '{@link #getKpiTargets() <em>Kpi Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpiTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<KpiTarget> kpiTargets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SalesWorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.SALES_WORKSPACE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.SALES_WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.SALES_WORKSPACE__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SalesProcess getProcess() {
		if (process != null && process.eIsProxy()) {
			InternalEObject oldProcess = (InternalEObject)process;
			process = (SalesProcess)eResolveProxy(oldProcess);
			if (process != oldProcess) {
				InternalEObject newProcess = (InternalEObject)process;
				NotificationChain msgs = oldProcess.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SalesPackage.SALES_WORKSPACE__PROCESS, null, null);
				if (newProcess.eInternalContainer() == null) {
					msgs = newProcess.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SalesPackage.SALES_WORKSPACE__PROCESS, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.SALES_WORKSPACE__PROCESS, oldProcess, process));
			}
		}
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SalesProcess basicGetProcess() {
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProcess(SalesProcess newProcess, NotificationChain msgs) {
		SalesProcess oldProcess = process;
		process = newProcess;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SalesPackage.SALES_WORKSPACE__PROCESS, oldProcess, newProcess);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcess(SalesProcess newProcess) {
		if (newProcess != process) {
			NotificationChain msgs = null;
			if (process != null)
				msgs = ((InternalEObject)process).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SalesPackage.SALES_WORKSPACE__PROCESS, null, msgs);
			if (newProcess != null)
				msgs = ((InternalEObject)newProcess).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SalesPackage.SALES_WORKSPACE__PROCESS, null, msgs);
			msgs = basicSetProcess(newProcess, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.SALES_WORKSPACE__PROCESS, newProcess, newProcess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Employee> getEmployees() {
		if (employees == null) {
			employees = new EObjectContainmentEList.Resolving<Employee>(Employee.class, this, SalesPackage.SALES_WORKSPACE__EMPLOYEES);
		}
		return employees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Customer> getCustomers() {
		if (customers == null) {
			customers = new EObjectContainmentEList.Resolving<Customer>(Customer.class, this, SalesPackage.SALES_WORKSPACE__CUSTOMERS);
		}
		return customers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lead> getLeads() {
		if (leads == null) {
			leads = new EObjectContainmentEList.Resolving<Lead>(Lead.class, this, SalesPackage.SALES_WORKSPACE__LEADS);
		}
		return leads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Opportunity> getOpportunities() {
		if (opportunities == null) {
			opportunities = new EObjectContainmentEList.Resolving<Opportunity>(Opportunity.class, this, SalesPackage.SALES_WORKSPACE__OPPORTUNITIES);
		}
		return opportunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriceCatalog> getPriceCatalogs() {
		if (priceCatalogs == null) {
			priceCatalogs = new EObjectContainmentEList.Resolving<PriceCatalog>(PriceCatalog.class, this, SalesPackage.SALES_WORKSPACE__PRICE_CATALOGS);
		}
		return priceCatalogs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NpsAnswer> getNpsAnswers() {
		if (npsAnswers == null) {
			npsAnswers = new EObjectContainmentEList.Resolving<NpsAnswer>(NpsAnswer.class, this, SalesPackage.SALES_WORKSPACE__NPS_ANSWERS);
		}
		return npsAnswers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KpiTarget> getKpiTargets() {
		if (kpiTargets == null) {
			kpiTargets = new EObjectContainmentEList.Resolving<KpiTarget>(KpiTarget.class, this, SalesPackage.SALES_WORKSPACE__KPI_TARGETS);
		}
		return kpiTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SalesPackage.SALES_WORKSPACE__PROCESS:
				return basicSetProcess(null, msgs);
			case SalesPackage.SALES_WORKSPACE__EMPLOYEES:
				return ((InternalEList<?>)getEmployees()).basicRemove(otherEnd, msgs);
			case SalesPackage.SALES_WORKSPACE__CUSTOMERS:
				return ((InternalEList<?>)getCustomers()).basicRemove(otherEnd, msgs);
			case SalesPackage.SALES_WORKSPACE__LEADS:
				return ((InternalEList<?>)getLeads()).basicRemove(otherEnd, msgs);
			case SalesPackage.SALES_WORKSPACE__OPPORTUNITIES:
				return ((InternalEList<?>)getOpportunities()).basicRemove(otherEnd, msgs);
			case SalesPackage.SALES_WORKSPACE__PRICE_CATALOGS:
				return ((InternalEList<?>)getPriceCatalogs()).basicRemove(otherEnd, msgs);
			case SalesPackage.SALES_WORKSPACE__NPS_ANSWERS:
				return ((InternalEList<?>)getNpsAnswers()).basicRemove(otherEnd, msgs);
			case SalesPackage.SALES_WORKSPACE__KPI_TARGETS:
				return ((InternalEList<?>)getKpiTargets()).basicRemove(otherEnd, msgs);
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
			case SalesPackage.SALES_WORKSPACE__NAME:
				return getName();
			case SalesPackage.SALES_WORKSPACE__CURRENCY:
				return getCurrency();
			case SalesPackage.SALES_WORKSPACE__PROCESS:
				if (resolve) return getProcess();
				return basicGetProcess();
			case SalesPackage.SALES_WORKSPACE__EMPLOYEES:
				return getEmployees();
			case SalesPackage.SALES_WORKSPACE__CUSTOMERS:
				return getCustomers();
			case SalesPackage.SALES_WORKSPACE__LEADS:
				return getLeads();
			case SalesPackage.SALES_WORKSPACE__OPPORTUNITIES:
				return getOpportunities();
			case SalesPackage.SALES_WORKSPACE__PRICE_CATALOGS:
				return getPriceCatalogs();
			case SalesPackage.SALES_WORKSPACE__NPS_ANSWERS:
				return getNpsAnswers();
			case SalesPackage.SALES_WORKSPACE__KPI_TARGETS:
				return getKpiTargets();
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
			case SalesPackage.SALES_WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__CURRENCY:
				setCurrency((String)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__PROCESS:
				setProcess((SalesProcess)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__EMPLOYEES:
				getEmployees().clear();
				getEmployees().addAll((Collection<? extends Employee>)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__CUSTOMERS:
				getCustomers().clear();
				getCustomers().addAll((Collection<? extends Customer>)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__LEADS:
				getLeads().clear();
				getLeads().addAll((Collection<? extends Lead>)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__OPPORTUNITIES:
				getOpportunities().clear();
				getOpportunities().addAll((Collection<? extends Opportunity>)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__PRICE_CATALOGS:
				getPriceCatalogs().clear();
				getPriceCatalogs().addAll((Collection<? extends PriceCatalog>)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__NPS_ANSWERS:
				getNpsAnswers().clear();
				getNpsAnswers().addAll((Collection<? extends NpsAnswer>)newValue);
				return;
			case SalesPackage.SALES_WORKSPACE__KPI_TARGETS:
				getKpiTargets().clear();
				getKpiTargets().addAll((Collection<? extends KpiTarget>)newValue);
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
			case SalesPackage.SALES_WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SalesPackage.SALES_WORKSPACE__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case SalesPackage.SALES_WORKSPACE__PROCESS:
				setProcess((SalesProcess)null);
				return;
			case SalesPackage.SALES_WORKSPACE__EMPLOYEES:
				getEmployees().clear();
				return;
			case SalesPackage.SALES_WORKSPACE__CUSTOMERS:
				getCustomers().clear();
				return;
			case SalesPackage.SALES_WORKSPACE__LEADS:
				getLeads().clear();
				return;
			case SalesPackage.SALES_WORKSPACE__OPPORTUNITIES:
				getOpportunities().clear();
				return;
			case SalesPackage.SALES_WORKSPACE__PRICE_CATALOGS:
				getPriceCatalogs().clear();
				return;
			case SalesPackage.SALES_WORKSPACE__NPS_ANSWERS:
				getNpsAnswers().clear();
				return;
			case SalesPackage.SALES_WORKSPACE__KPI_TARGETS:
				getKpiTargets().clear();
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
			case SalesPackage.SALES_WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SalesPackage.SALES_WORKSPACE__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case SalesPackage.SALES_WORKSPACE__PROCESS:
				return process != null;
			case SalesPackage.SALES_WORKSPACE__EMPLOYEES:
				return employees != null && !employees.isEmpty();
			case SalesPackage.SALES_WORKSPACE__CUSTOMERS:
				return customers != null && !customers.isEmpty();
			case SalesPackage.SALES_WORKSPACE__LEADS:
				return leads != null && !leads.isEmpty();
			case SalesPackage.SALES_WORKSPACE__OPPORTUNITIES:
				return opportunities != null && !opportunities.isEmpty();
			case SalesPackage.SALES_WORKSPACE__PRICE_CATALOGS:
				return priceCatalogs != null && !priceCatalogs.isEmpty();
			case SalesPackage.SALES_WORKSPACE__NPS_ANSWERS:
				return npsAnswers != null && !npsAnswers.isEmpty();
			case SalesPackage.SALES_WORKSPACE__KPI_TARGETS:
				return kpiTargets != null && !kpiTargets.isEmpty();
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
		result.append(", currency: ");
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //SalesWorkspaceImpl
