/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Map;

import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Catalog Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getPriceRule <em>Price Rule</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getMarginPercent <em>Margin Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.CatalogItemImpl#getValidTo <em>Valid To</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CatalogItemImpl extends EObjectImpl implements CatalogItem {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitCost() <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCost()
	 * @generated
	 * @ordered
	 */
	protected static final Money UNIT_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitCost() <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitCost()
	 * @generated
	 * @ordered
	 */
	protected Money unitCost = UNIT_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriceRule() <em>Price Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceRule()
	 * @generated
	 * @ordered
	 */
	protected static final PriceRule PRICE_RULE_EDEFAULT = PriceRule.FIXED_PRICE;

	/**
	 * The cached value of the '{@link #getPriceRule() <em>Price Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriceRule()
	 * @generated
	 * @ordered
	 */
	protected PriceRule priceRule = PRICE_RULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitPrice() <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected static final Money UNIT_PRICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitPrice() <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitPrice()
	 * @generated
	 * @ordered
	 */
	protected Money unitPrice = UNIT_PRICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarginPercent() <em>Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarginPercent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MARGIN_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMarginPercent() <em>Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarginPercent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal marginPercent = MARGIN_PERCENT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CatalogItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.CATALOG_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getUnitCost() {
		return unitCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitCost(Money newUnitCost) {
		Money oldUnitCost = unitCost;
		unitCost = newUnitCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__UNIT_COST, oldUnitCost, unitCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriceRule getPriceRule() {
		return priceRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriceRule(PriceRule newPriceRule) {
		PriceRule oldPriceRule = priceRule;
		priceRule = newPriceRule == null ? PRICE_RULE_EDEFAULT : newPriceRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__PRICE_RULE, oldPriceRule, priceRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getUnitPrice() {
		return unitPrice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitPrice(Money newUnitPrice) {
		Money oldUnitPrice = unitPrice;
		unitPrice = newUnitPrice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__UNIT_PRICE, oldUnitPrice, unitPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMarginPercent() {
		return marginPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarginPercent(BigDecimal newMarginPercent) {
		BigDecimal oldMarginPercent = marginPercent;
		marginPercent = newMarginPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__MARGIN_PERCENT, oldMarginPercent, marginPercent));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__VALID_FROM, oldValidFrom, validFrom));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.CATALOG_ITEM__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validityOrdered(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.validityOrdered(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean priceRuleComplete(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.priceRuleComplete(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.CATALOG_ITEM__CODE:
				return getCode();
			case SalesPackage.CATALOG_ITEM__DESCRIPTION:
				return getDescription();
			case SalesPackage.CATALOG_ITEM__UNIT:
				return getUnit();
			case SalesPackage.CATALOG_ITEM__CATEGORY:
				return getCategory();
			case SalesPackage.CATALOG_ITEM__UNIT_COST:
				return getUnitCost();
			case SalesPackage.CATALOG_ITEM__PRICE_RULE:
				return getPriceRule();
			case SalesPackage.CATALOG_ITEM__UNIT_PRICE:
				return getUnitPrice();
			case SalesPackage.CATALOG_ITEM__MARGIN_PERCENT:
				return getMarginPercent();
			case SalesPackage.CATALOG_ITEM__VALID_FROM:
				return getValidFrom();
			case SalesPackage.CATALOG_ITEM__VALID_TO:
				return getValidTo();
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
			case SalesPackage.CATALOG_ITEM__CODE:
				setCode((String)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__UNIT:
				setUnit((String)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__CATEGORY:
				setCategory((String)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__UNIT_COST:
				setUnitCost((Money)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__PRICE_RULE:
				setPriceRule((PriceRule)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__UNIT_PRICE:
				setUnitPrice((Money)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__MARGIN_PERCENT:
				setMarginPercent((BigDecimal)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case SalesPackage.CATALOG_ITEM__VALID_TO:
				setValidTo((LocalDate)newValue);
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
			case SalesPackage.CATALOG_ITEM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__UNIT_COST:
				setUnitCost(UNIT_COST_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__PRICE_RULE:
				setPriceRule(PRICE_RULE_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__UNIT_PRICE:
				setUnitPrice(UNIT_PRICE_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__MARGIN_PERCENT:
				setMarginPercent(MARGIN_PERCENT_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case SalesPackage.CATALOG_ITEM__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
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
			case SalesPackage.CATALOG_ITEM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case SalesPackage.CATALOG_ITEM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SalesPackage.CATALOG_ITEM__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case SalesPackage.CATALOG_ITEM__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case SalesPackage.CATALOG_ITEM__UNIT_COST:
				return UNIT_COST_EDEFAULT == null ? unitCost != null : !UNIT_COST_EDEFAULT.equals(unitCost);
			case SalesPackage.CATALOG_ITEM__PRICE_RULE:
				return priceRule != PRICE_RULE_EDEFAULT;
			case SalesPackage.CATALOG_ITEM__UNIT_PRICE:
				return UNIT_PRICE_EDEFAULT == null ? unitPrice != null : !UNIT_PRICE_EDEFAULT.equals(unitPrice);
			case SalesPackage.CATALOG_ITEM__MARGIN_PERCENT:
				return MARGIN_PERCENT_EDEFAULT == null ? marginPercent != null : !MARGIN_PERCENT_EDEFAULT.equals(marginPercent);
			case SalesPackage.CATALOG_ITEM__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case SalesPackage.CATALOG_ITEM__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
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
			case SalesPackage.CATALOG_ITEM___VALIDITY_ORDERED__DIAGNOSTICCHAIN_MAP:
				return validityOrdered((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.CATALOG_ITEM___PRICE_RULE_COMPLETE__DIAGNOSTICCHAIN_MAP:
				return priceRuleComplete((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (code: ");
		result.append(code);
		result.append(", description: ");
		result.append(description);
		result.append(", unit: ");
		result.append(unit);
		result.append(", category: ");
		result.append(category);
		result.append(", unitCost: ");
		result.append(unitCost);
		result.append(", priceRule: ");
		result.append(priceRule);
		result.append(", unitPrice: ");
		result.append(unitPrice);
		result.append(", marginPercent: ");
		result.append(marginPercent);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validTo: ");
		result.append(validTo);
		result.append(')');
		return result.toString();
	}

} //CatalogItemImpl
