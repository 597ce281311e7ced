/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.Map;

import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quote Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getCostItemCode <em>Cost Item Code</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getGlobalIds <em>Global Ids</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getTakeoffLineId <em>Takeoff Line Id</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getModelSha256 <em>Model Sha256</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getRulePackName <em>Rule Pack Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getRulePackVersion <em>Rule Pack Version</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getQuantitySource <em>Quantity Source</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteLineImpl#isUnchangedByModelDiff <em>Unchanged By Model Diff</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuoteLineImpl extends EObjectImpl implements QuoteLine {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostItemCode() <em>Cost Item Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostItemCode()
	 * @generated
	 * @ordered
	 */
	protected static final String COST_ITEM_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCostItemCode() <em>Cost Item Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostItemCode()
	 * @generated
	 * @ordered
	 */
	protected String costItemCode = COST_ITEM_CODE_EDEFAULT;

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
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal QUANTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal quantity = QUANTITY_EDEFAULT;

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
	 * The default value of the '{@link #getDiscountPercent() <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountPercent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DISCOUNT_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscountPercent() <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountPercent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal discountPercent = DISCOUNT_PERCENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGlobalIds() <em>Global Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlobalIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> globalIds;

	/**
	 * The default value of the '{@link #getTakeoffLineId() <em>Takeoff Line Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeoffLineId()
	 * @generated
	 * @ordered
	 */
	protected static final String TAKEOFF_LINE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakeoffLineId() <em>Takeoff Line Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeoffLineId()
	 * @generated
	 * @ordered
	 */
	protected String takeoffLineId = TAKEOFF_LINE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelSha256() <em>Model Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelSha256() <em>Model Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSha256()
	 * @generated
	 * @ordered
	 */
	protected String modelSha256 = MODEL_SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getRulePackName() <em>Rule Pack Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRulePackName()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_PACK_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRulePackName() <em>Rule Pack Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRulePackName()
	 * @generated
	 * @ordered
	 */
	protected String rulePackName = RULE_PACK_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRulePackVersion() <em>Rule Pack Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRulePackVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_PACK_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRulePackVersion() <em>Rule Pack Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRulePackVersion()
	 * @generated
	 * @ordered
	 */
	protected String rulePackVersion = RULE_PACK_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantitySource() <em>Quantity Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantitySource()
	 * @generated
	 * @ordered
	 */
	protected static final String QUANTITY_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuantitySource() <em>Quantity Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantitySource()
	 * @generated
	 * @ordered
	 */
	protected String quantitySource = QUANTITY_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCharacteristics() <em>Characteristics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacteristics()
	 * @generated
	 * @ordered
	 */
	protected static final String CHARACTERISTICS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCharacteristics() <em>Characteristics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacteristics()
	 * @generated
	 * @ordered
	 */
	protected String characteristics = CHARACTERISTICS_EDEFAULT;

	/**
	 * The default value of the '{@link #isUnchangedByModelDiff() <em>Unchanged By Model Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnchangedByModelDiff()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNCHANGED_BY_MODEL_DIFF_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnchangedByModelDiff() <em>Unchanged By Model Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnchangedByModelDiff()
	 * @generated
	 * @ordered
	 */
	protected boolean unchangedByModelDiff = UNCHANGED_BY_MODEL_DIFF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuoteLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.QUOTE_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCostItemCode() {
		return costItemCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostItemCode(String newCostItemCode) {
		String oldCostItemCode = costItemCode;
		costItemCode = newCostItemCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__COST_ITEM_CODE, oldCostItemCode, costItemCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__DESCRIPTION, oldDescription, description));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(BigDecimal newQuantity) {
		BigDecimal oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__QUANTITY, oldQuantity, quantity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__UNIT_COST, oldUnitCost, unitCost));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__UNIT_PRICE, oldUnitPrice, unitPrice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDiscountPercent() {
		return discountPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountPercent(BigDecimal newDiscountPercent) {
		BigDecimal oldDiscountPercent = discountPercent;
		discountPercent = newDiscountPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__DISCOUNT_PERCENT, oldDiscountPercent, discountPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGlobalIds() {
		if (globalIds == null) {
			globalIds = new EDataTypeUniqueEList<String>(String.class, this, SalesPackage.QUOTE_LINE__GLOBAL_IDS);
		}
		return globalIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTakeoffLineId() {
		return takeoffLineId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakeoffLineId(String newTakeoffLineId) {
		String oldTakeoffLineId = takeoffLineId;
		takeoffLineId = newTakeoffLineId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__TAKEOFF_LINE_ID, oldTakeoffLineId, takeoffLineId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelSha256() {
		return modelSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelSha256(String newModelSha256) {
		String oldModelSha256 = modelSha256;
		modelSha256 = newModelSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__MODEL_SHA256, oldModelSha256, modelSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRulePackName() {
		return rulePackName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRulePackName(String newRulePackName) {
		String oldRulePackName = rulePackName;
		rulePackName = newRulePackName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__RULE_PACK_NAME, oldRulePackName, rulePackName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRulePackVersion() {
		return rulePackVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRulePackVersion(String newRulePackVersion) {
		String oldRulePackVersion = rulePackVersion;
		rulePackVersion = newRulePackVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__RULE_PACK_VERSION, oldRulePackVersion, rulePackVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuantitySource() {
		return quantitySource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantitySource(String newQuantitySource) {
		String oldQuantitySource = quantitySource;
		quantitySource = newQuantitySource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__QUANTITY_SOURCE, oldQuantitySource, quantitySource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCharacteristics() {
		return characteristics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCharacteristics(String newCharacteristics) {
		String oldCharacteristics = characteristics;
		characteristics = newCharacteristics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__CHARACTERISTICS, oldCharacteristics, characteristics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnchangedByModelDiff() {
		return unchangedByModelDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnchangedByModelDiff(boolean newUnchangedByModelDiff) {
		boolean oldUnchangedByModelDiff = unchangedByModelDiff;
		unchangedByModelDiff = newUnchangedByModelDiff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF, oldUnchangedByModelDiff, unchangedByModelDiff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean quantityNotNegative(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.quantityNotNegative(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean discountInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.discountInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean pricedAboveCost(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.pricedAboveCost(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.QUOTE_LINE__KEY:
				return getKey();
			case SalesPackage.QUOTE_LINE__COST_ITEM_CODE:
				return getCostItemCode();
			case SalesPackage.QUOTE_LINE__DESCRIPTION:
				return getDescription();
			case SalesPackage.QUOTE_LINE__UNIT:
				return getUnit();
			case SalesPackage.QUOTE_LINE__QUANTITY:
				return getQuantity();
			case SalesPackage.QUOTE_LINE__UNIT_COST:
				return getUnitCost();
			case SalesPackage.QUOTE_LINE__UNIT_PRICE:
				return getUnitPrice();
			case SalesPackage.QUOTE_LINE__DISCOUNT_PERCENT:
				return getDiscountPercent();
			case SalesPackage.QUOTE_LINE__GLOBAL_IDS:
				return getGlobalIds();
			case SalesPackage.QUOTE_LINE__TAKEOFF_LINE_ID:
				return getTakeoffLineId();
			case SalesPackage.QUOTE_LINE__MODEL_SHA256:
				return getModelSha256();
			case SalesPackage.QUOTE_LINE__RULE_PACK_NAME:
				return getRulePackName();
			case SalesPackage.QUOTE_LINE__RULE_PACK_VERSION:
				return getRulePackVersion();
			case SalesPackage.QUOTE_LINE__QUANTITY_SOURCE:
				return getQuantitySource();
			case SalesPackage.QUOTE_LINE__CHARACTERISTICS:
				return getCharacteristics();
			case SalesPackage.QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF:
				return isUnchangedByModelDiff();
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
			case SalesPackage.QUOTE_LINE__KEY:
				setKey((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__COST_ITEM_CODE:
				setCostItemCode((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__UNIT:
				setUnit((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__QUANTITY:
				setQuantity((BigDecimal)newValue);
				return;
			case SalesPackage.QUOTE_LINE__UNIT_COST:
				setUnitCost((Money)newValue);
				return;
			case SalesPackage.QUOTE_LINE__UNIT_PRICE:
				setUnitPrice((Money)newValue);
				return;
			case SalesPackage.QUOTE_LINE__DISCOUNT_PERCENT:
				setDiscountPercent((BigDecimal)newValue);
				return;
			case SalesPackage.QUOTE_LINE__GLOBAL_IDS:
				getGlobalIds().clear();
				getGlobalIds().addAll((Collection<? extends String>)newValue);
				return;
			case SalesPackage.QUOTE_LINE__TAKEOFF_LINE_ID:
				setTakeoffLineId((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__MODEL_SHA256:
				setModelSha256((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__RULE_PACK_NAME:
				setRulePackName((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__RULE_PACK_VERSION:
				setRulePackVersion((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__QUANTITY_SOURCE:
				setQuantitySource((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__CHARACTERISTICS:
				setCharacteristics((String)newValue);
				return;
			case SalesPackage.QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF:
				setUnchangedByModelDiff((Boolean)newValue);
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
			case SalesPackage.QUOTE_LINE__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__COST_ITEM_CODE:
				setCostItemCode(COST_ITEM_CODE_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__UNIT_COST:
				setUnitCost(UNIT_COST_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__UNIT_PRICE:
				setUnitPrice(UNIT_PRICE_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__DISCOUNT_PERCENT:
				setDiscountPercent(DISCOUNT_PERCENT_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__GLOBAL_IDS:
				getGlobalIds().clear();
				return;
			case SalesPackage.QUOTE_LINE__TAKEOFF_LINE_ID:
				setTakeoffLineId(TAKEOFF_LINE_ID_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__MODEL_SHA256:
				setModelSha256(MODEL_SHA256_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__RULE_PACK_NAME:
				setRulePackName(RULE_PACK_NAME_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__RULE_PACK_VERSION:
				setRulePackVersion(RULE_PACK_VERSION_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__QUANTITY_SOURCE:
				setQuantitySource(QUANTITY_SOURCE_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__CHARACTERISTICS:
				setCharacteristics(CHARACTERISTICS_EDEFAULT);
				return;
			case SalesPackage.QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF:
				setUnchangedByModelDiff(UNCHANGED_BY_MODEL_DIFF_EDEFAULT);
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
			case SalesPackage.QUOTE_LINE__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case SalesPackage.QUOTE_LINE__COST_ITEM_CODE:
				return COST_ITEM_CODE_EDEFAULT == null ? costItemCode != null : !COST_ITEM_CODE_EDEFAULT.equals(costItemCode);
			case SalesPackage.QUOTE_LINE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SalesPackage.QUOTE_LINE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case SalesPackage.QUOTE_LINE__QUANTITY:
				return QUANTITY_EDEFAULT == null ? quantity != null : !QUANTITY_EDEFAULT.equals(quantity);
			case SalesPackage.QUOTE_LINE__UNIT_COST:
				return UNIT_COST_EDEFAULT == null ? unitCost != null : !UNIT_COST_EDEFAULT.equals(unitCost);
			case SalesPackage.QUOTE_LINE__UNIT_PRICE:
				return UNIT_PRICE_EDEFAULT == null ? unitPrice != null : !UNIT_PRICE_EDEFAULT.equals(unitPrice);
			case SalesPackage.QUOTE_LINE__DISCOUNT_PERCENT:
				return DISCOUNT_PERCENT_EDEFAULT == null ? discountPercent != null : !DISCOUNT_PERCENT_EDEFAULT.equals(discountPercent);
			case SalesPackage.QUOTE_LINE__GLOBAL_IDS:
				return globalIds != null && !globalIds.isEmpty();
			case SalesPackage.QUOTE_LINE__TAKEOFF_LINE_ID:
				return TAKEOFF_LINE_ID_EDEFAULT == null ? takeoffLineId != null : !TAKEOFF_LINE_ID_EDEFAULT.equals(takeoffLineId);
			case SalesPackage.QUOTE_LINE__MODEL_SHA256:
				return MODEL_SHA256_EDEFAULT == null ? modelSha256 != null : !MODEL_SHA256_EDEFAULT.equals(modelSha256);
			case SalesPackage.QUOTE_LINE__RULE_PACK_NAME:
				return RULE_PACK_NAME_EDEFAULT == null ? rulePackName != null : !RULE_PACK_NAME_EDEFAULT.equals(rulePackName);
			case SalesPackage.QUOTE_LINE__RULE_PACK_VERSION:
				return RULE_PACK_VERSION_EDEFAULT == null ? rulePackVersion != null : !RULE_PACK_VERSION_EDEFAULT.equals(rulePackVersion);
			case SalesPackage.QUOTE_LINE__QUANTITY_SOURCE:
				return QUANTITY_SOURCE_EDEFAULT == null ? quantitySource != null : !QUANTITY_SOURCE_EDEFAULT.equals(quantitySource);
			case SalesPackage.QUOTE_LINE__CHARACTERISTICS:
				return CHARACTERISTICS_EDEFAULT == null ? characteristics != null : !CHARACTERISTICS_EDEFAULT.equals(characteristics);
			case SalesPackage.QUOTE_LINE__UNCHANGED_BY_MODEL_DIFF:
				return unchangedByModelDiff != UNCHANGED_BY_MODEL_DIFF_EDEFAULT;
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
			case SalesPackage.QUOTE_LINE___QUANTITY_NOT_NEGATIVE__DIAGNOSTICCHAIN_MAP:
				return quantityNotNegative((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.QUOTE_LINE___DISCOUNT_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return discountInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.QUOTE_LINE___PRICED_ABOVE_COST__DIAGNOSTICCHAIN_MAP:
				return pricedAboveCost((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (key: ");
		result.append(key);
		result.append(", costItemCode: ");
		result.append(costItemCode);
		result.append(", description: ");
		result.append(description);
		result.append(", unit: ");
		result.append(unit);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(", unitCost: ");
		result.append(unitCost);
		result.append(", unitPrice: ");
		result.append(unitPrice);
		result.append(", discountPercent: ");
		result.append(discountPercent);
		result.append(", globalIds: ");
		result.append(globalIds);
		result.append(", takeoffLineId: ");
		result.append(takeoffLineId);
		result.append(", modelSha256: ");
		result.append(modelSha256);
		result.append(", rulePackName: ");
		result.append(rulePackName);
		result.append(", rulePackVersion: ");
		result.append(rulePackVersion);
		result.append(", quantitySource: ");
		result.append(quantitySource);
		result.append(", characteristics: ");
		result.append(characteristics);
		result.append(", unchangedByModelDiff: ");
		result.append(unchangedByModelDiff);
		result.append(')');
		return result.toString();
	}

} //QuoteLineImpl
