/**
 */
package org.bidbench.sales.model;

import java.math.BigDecimal;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quote Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A priced line of a quote, traceable to the model elements and take-off rule it came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getKey <em>Key</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getCostItemCode <em>Cost Item Code</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getGlobalIds <em>Global Ids</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getTakeoffLineId <em>Takeoff Line Id</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getModelSha256 <em>Model Sha256</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getRulePackName <em>Rule Pack Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getRulePackVersion <em>Rule Pack Version</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getQuantitySource <em>Quantity Source</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteLine#isUnchangedByModelDiff <em>Unchanged By Model Diff</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine()
 * @model
 * @generated
 */
public interface QuoteLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifies the line across revisions so revisions can be compared.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Cost Item Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost Item Code</em>' attribute.
	 * @see #setCostItemCode(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_CostItemCode()
	 * @model
	 * @generated
	 */
	String getCostItemCode();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getCostItemCode <em>Cost Item Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Item Code</em>' attribute.
	 * @see #getCostItemCode()
	 * @generated
	 */
	void setCostItemCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_Quantity()
	 * @model
	 * @generated
	 */
	BigDecimal getQuantity();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Cost</em>' attribute.
	 * @see #setUnitCost(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_UnitCost()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getUnitCost();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getUnitCost <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Cost</em>' attribute.
	 * @see #getUnitCost()
	 * @generated
	 */
	void setUnitCost(Money value);

	/**
	 * Returns the value of the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Price</em>' attribute.
	 * @see #setUnitPrice(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_UnitPrice()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getUnitPrice();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getUnitPrice <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Price</em>' attribute.
	 * @see #getUnitPrice()
	 * @generated
	 */
	void setUnitPrice(Money value);

	/**
	 * Returns the value of the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discount Percent</em>' attribute.
	 * @see #setDiscountPercent(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_DiscountPercent()
	 * @model
	 * @generated
	 */
	BigDecimal getDiscountPercent();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getDiscountPercent <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount Percent</em>' attribute.
	 * @see #getDiscountPercent()
	 * @generated
	 */
	void setDiscountPercent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Global Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IFC GlobalIds of the model elements the quantity came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Global Ids</em>' attribute list.
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_GlobalIds()
	 * @model
	 * @generated
	 */
	EList<String> getGlobalIds();

	/**
	 * Returns the value of the '<em><b>Takeoff Line Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Takeoff Line Id</em>' attribute.
	 * @see #setTakeoffLineId(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_TakeoffLineId()
	 * @model
	 * @generated
	 */
	String getTakeoffLineId();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getTakeoffLineId <em>Takeoff Line Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Takeoff Line Id</em>' attribute.
	 * @see #getTakeoffLineId()
	 * @generated
	 */
	void setTakeoffLineId(String value);

	/**
	 * Returns the value of the '<em><b>Model Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the IFC file the quantity was taken from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Sha256</em>' attribute.
	 * @see #setModelSha256(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_ModelSha256()
	 * @model
	 * @generated
	 */
	String getModelSha256();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getModelSha256 <em>Model Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Sha256</em>' attribute.
	 * @see #getModelSha256()
	 * @generated
	 */
	void setModelSha256(String value);

	/**
	 * Returns the value of the '<em><b>Rule Pack Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Pack Name</em>' attribute.
	 * @see #setRulePackName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_RulePackName()
	 * @model
	 * @generated
	 */
	String getRulePackName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getRulePackName <em>Rule Pack Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Pack Name</em>' attribute.
	 * @see #getRulePackName()
	 * @generated
	 */
	void setRulePackName(String value);

	/**
	 * Returns the value of the '<em><b>Rule Pack Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Pack Version</em>' attribute.
	 * @see #setRulePackVersion(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_RulePackVersion()
	 * @model
	 * @generated
	 */
	String getRulePackVersion();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getRulePackVersion <em>Rule Pack Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Pack Version</em>' attribute.
	 * @see #getRulePackVersion()
	 * @generated
	 */
	void setRulePackVersion(String value);

	/**
	 * Returns the value of the '<em><b>Quantity Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the quantity came from: authored, computed, or mixed with the split.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantity Source</em>' attribute.
	 * @see #setQuantitySource(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_QuantitySource()
	 * @model
	 * @generated
	 */
	String getQuantitySource();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getQuantitySource <em>Quantity Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity Source</em>' attribute.
	 * @see #getQuantitySource()
	 * @generated
	 */
	void setQuantitySource(String value);

	/**
	 * Returns the value of the '<em><b>Characteristics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item characteristics (项目特征) that tell this line's items from others of the same code: material, strength class, thickness, type, size range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Characteristics</em>' attribute.
	 * @see #setCharacteristics(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_Characteristics()
	 * @model
	 * @generated
	 */
	String getCharacteristics();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#getCharacteristics <em>Characteristics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Characteristics</em>' attribute.
	 * @see #getCharacteristics()
	 * @generated
	 */
	void setCharacteristics(String value);

	/**
	 * Returns the value of the '<em><b>Unchanged By Model Diff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A model diff found this line's elements and quantity unchanged since the previous revision (its elements matched by GlobalId or by content): it keeps that revision's price and approvals although the model file and GlobalIds differ.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unchanged By Model Diff</em>' attribute.
	 * @see #setUnchangedByModelDiff(boolean)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteLine_UnchangedByModelDiff()
	 * @model
	 * @generated
	 */
	boolean isUnchangedByModelDiff();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteLine#isUnchangedByModelDiff <em>Unchanged By Model Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unchanged By Model Diff</em>' attribute.
	 * @see #isUnchangedByModelDiff()
	 * @generated
	 */
	void setUnchangedByModelDiff(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean quantityNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean discountInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean pricedAboveCost(DiagnosticChain diagnostics, Map<Object, Object> context);

} // QuoteLine
