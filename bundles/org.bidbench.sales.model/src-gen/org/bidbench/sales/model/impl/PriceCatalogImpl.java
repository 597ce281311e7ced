/**
 */
package org.bidbench.sales.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Price Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.PriceCatalogImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PriceCatalogImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PriceCatalogImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PriceCatalogImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PriceCatalogImpl#getItems <em>Items</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.PriceCatalogImpl#getMarginFloors <em>Margin Floors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PriceCatalogImpl extends IdentifiedImpl implements PriceCatalog {
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
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validTo = VALID_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<CatalogItem> items;

	/**
	 * The cached value of the '{@link #getMarginFloors() <em>Margin Floors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarginFloors()
	 * @generated
	 * @ordered
	 */
	protected EList<MarginFloor> marginFloors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PriceCatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.PRICE_CATALOG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PRICE_CATALOG__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PRICE_CATALOG__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PRICE_CATALOG__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(LocalDate newValidTo) {
		LocalDate oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.PRICE_CATALOG__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CatalogItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList.Resolving<CatalogItem>(CatalogItem.class, this, SalesPackage.PRICE_CATALOG__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MarginFloor> getMarginFloors() {
		if (marginFloors == null) {
			marginFloors = new EObjectContainmentEList.Resolving<MarginFloor>(MarginFloor.class, this, SalesPackage.PRICE_CATALOG__MARGIN_FLOORS);
		}
		return marginFloors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SalesPackage.PRICE_CATALOG__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case SalesPackage.PRICE_CATALOG__MARGIN_FLOORS:
				return ((InternalEList<?>)getMarginFloors()).basicRemove(otherEnd, msgs);
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
			case SalesPackage.PRICE_CATALOG__NAME:
				return getName();
			case SalesPackage.PRICE_CATALOG__CURRENCY:
				return getCurrency();
			case SalesPackage.PRICE_CATALOG__VALID_FROM:
				return getValidFrom();
			case SalesPackage.PRICE_CATALOG__VALID_TO:
				return getValidTo();
			case SalesPackage.PRICE_CATALOG__ITEMS:
				return getItems();
			case SalesPackage.PRICE_CATALOG__MARGIN_FLOORS:
				return getMarginFloors();
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
			case SalesPackage.PRICE_CATALOG__NAME:
				setName((String)newValue);
				return;
			case SalesPackage.PRICE_CATALOG__CURRENCY:
				setCurrency((String)newValue);
				return;
			case SalesPackage.PRICE_CATALOG__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case SalesPackage.PRICE_CATALOG__VALID_TO:
				setValidTo((LocalDate)newValue);
				return;
			case SalesPackage.PRICE_CATALOG__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends CatalogItem>)newValue);
				return;
			case SalesPackage.PRICE_CATALOG__MARGIN_FLOORS:
				getMarginFloors().clear();
				getMarginFloors().addAll((Collection<? extends MarginFloor>)newValue);
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
			case SalesPackage.PRICE_CATALOG__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SalesPackage.PRICE_CATALOG__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case SalesPackage.PRICE_CATALOG__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case SalesPackage.PRICE_CATALOG__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case SalesPackage.PRICE_CATALOG__ITEMS:
				getItems().clear();
				return;
			case SalesPackage.PRICE_CATALOG__MARGIN_FLOORS:
				getMarginFloors().clear();
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
			case SalesPackage.PRICE_CATALOG__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SalesPackage.PRICE_CATALOG__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case SalesPackage.PRICE_CATALOG__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case SalesPackage.PRICE_CATALOG__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case SalesPackage.PRICE_CATALOG__ITEMS:
				return items != null && !items.isEmpty();
			case SalesPackage.PRICE_CATALOG__MARGIN_FLOORS:
				return marginFloors != null && !marginFloors.isEmpty();
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
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validTo: ");
		result.append(validTo);
		result.append(')');
		return result.toString();
	}

} //PriceCatalogImpl
