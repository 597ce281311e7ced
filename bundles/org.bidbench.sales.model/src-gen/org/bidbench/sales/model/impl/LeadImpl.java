/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lead</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.LeadImpl#getDropReason <em>Drop Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeadImpl extends IdentifiedImpl implements Lead {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LeadStatus STATUS_EDEFAULT = LeadStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected LeadStatus status = STATUS_EDEFAULT;

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
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Employee owner;

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
	 * The default value of the '{@link #getDropReason() <em>Drop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropReason()
	 * @generated
	 * @ordered
	 */
	protected static final String DROP_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDropReason() <em>Drop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropReason()
	 * @generated
	 * @ordered
	 */
	protected String dropReason = DROP_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LeadImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.LEAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeadStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(LeadStatus newStatus) {
		LeadStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__STATUS, oldStatus, status));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.LEAD__CUSTOMER, oldCustomer, customer));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__CUSTOMER, oldCustomer, customer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Employee)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.LEAD__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Employee newOwner) {
		Employee oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__OWNER, oldOwner, owner));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.LEAD__OPPORTUNITY, oldOpportunity, opportunity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__OPPORTUNITY, oldOpportunity, opportunity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDropReason() {
		return dropReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropReason(String newDropReason) {
		String oldDropReason = dropReason;
		dropReason = newDropReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.LEAD__DROP_REASON, oldDropReason, dropReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.LEAD__TITLE:
				return getTitle();
			case SalesPackage.LEAD__SOURCE:
				return getSource();
			case SalesPackage.LEAD__REGION:
				return getRegion();
			case SalesPackage.LEAD__CREATED_AT:
				return getCreatedAt();
			case SalesPackage.LEAD__STATUS:
				return getStatus();
			case SalesPackage.LEAD__CUSTOMER:
				if (resolve) return getCustomer();
				return basicGetCustomer();
			case SalesPackage.LEAD__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case SalesPackage.LEAD__OPPORTUNITY:
				if (resolve) return getOpportunity();
				return basicGetOpportunity();
			case SalesPackage.LEAD__DROP_REASON:
				return getDropReason();
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
			case SalesPackage.LEAD__TITLE:
				setTitle((String)newValue);
				return;
			case SalesPackage.LEAD__SOURCE:
				setSource((String)newValue);
				return;
			case SalesPackage.LEAD__REGION:
				setRegion((String)newValue);
				return;
			case SalesPackage.LEAD__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case SalesPackage.LEAD__STATUS:
				setStatus((LeadStatus)newValue);
				return;
			case SalesPackage.LEAD__CUSTOMER:
				setCustomer((Customer)newValue);
				return;
			case SalesPackage.LEAD__OWNER:
				setOwner((Employee)newValue);
				return;
			case SalesPackage.LEAD__OPPORTUNITY:
				setOpportunity((Opportunity)newValue);
				return;
			case SalesPackage.LEAD__DROP_REASON:
				setDropReason((String)newValue);
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
			case SalesPackage.LEAD__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SalesPackage.LEAD__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SalesPackage.LEAD__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case SalesPackage.LEAD__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case SalesPackage.LEAD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SalesPackage.LEAD__CUSTOMER:
				setCustomer((Customer)null);
				return;
			case SalesPackage.LEAD__OWNER:
				setOwner((Employee)null);
				return;
			case SalesPackage.LEAD__OPPORTUNITY:
				setOpportunity((Opportunity)null);
				return;
			case SalesPackage.LEAD__DROP_REASON:
				setDropReason(DROP_REASON_EDEFAULT);
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
			case SalesPackage.LEAD__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SalesPackage.LEAD__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case SalesPackage.LEAD__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case SalesPackage.LEAD__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case SalesPackage.LEAD__STATUS:
				return status != STATUS_EDEFAULT;
			case SalesPackage.LEAD__CUSTOMER:
				return customer != null;
			case SalesPackage.LEAD__OWNER:
				return owner != null;
			case SalesPackage.LEAD__OPPORTUNITY:
				return opportunity != null;
			case SalesPackage.LEAD__DROP_REASON:
				return DROP_REASON_EDEFAULT == null ? dropReason != null : !DROP_REASON_EDEFAULT.equals(dropReason);
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
		result.append(" (title: ");
		result.append(title);
		result.append(", source: ");
		result.append(source);
		result.append(", region: ");
		result.append(region);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", status: ");
		result.append(status);
		result.append(", dropReason: ");
		result.append(dropReason);
		result.append(')');
		return result.toString();
	}

} //LeadImpl
