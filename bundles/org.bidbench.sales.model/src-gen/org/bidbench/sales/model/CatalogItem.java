/**
 */
package org.bidbench.sales.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A price catalog entry: a priced unit of work or supply, its cost and margin, and when the price is valid.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getCode <em>Code</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getCategory <em>Category</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getUnitCost <em>Unit Cost</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getPriceRule <em>Price Rule</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getUnitPrice <em>Unit Price</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getMarginPercent <em>Margin Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.bidbench.sales.model.CatalogItem#getValidTo <em>Valid To</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem()
 * @model
 * @generated
 */
public interface CatalogItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getDescription <em>Description</em>}' attribute.
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
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Unit Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit Cost</em>' attribute.
	 * @see #setUnitCost(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_UnitCost()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getUnitCost();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getUnitCost <em>Unit Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Cost</em>' attribute.
	 * @see #getUnitCost()
	 * @generated
	 */
	void setUnitCost(Money value);

	/**
	 * Returns the value of the '<em><b>Price Rule</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.PriceRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Price Rule</em>' attribute.
	 * @see org.bidbench.sales.model.PriceRule
	 * @see #setPriceRule(PriceRule)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_PriceRule()
	 * @model
	 * @generated
	 */
	PriceRule getPriceRule();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getPriceRule <em>Price Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Price Rule</em>' attribute.
	 * @see org.bidbench.sales.model.PriceRule
	 * @see #getPriceRule()
	 * @generated
	 */
	void setPriceRule(PriceRule value);

	/**
	 * Returns the value of the '<em><b>Unit Price</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For fixed prices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Price</em>' attribute.
	 * @see #setUnitPrice(Money)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_UnitPrice()
	 * @model dataType="org.bidbench.sales.model.Money"
	 * @generated
	 */
	Money getUnitPrice();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getUnitPrice <em>Unit Price</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Price</em>' attribute.
	 * @see #getUnitPrice()
	 * @generated
	 */
	void setUnitPrice(Money value);

	/**
	 * Returns the value of the '<em><b>Margin Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For cost-plus prices: margin on the price in percent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Margin Percent</em>' attribute.
	 * @see #setMarginPercent(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_MarginPercent()
	 * @model
	 * @generated
	 */
	BigDecimal getMarginPercent();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getMarginPercent <em>Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Margin Percent</em>' attribute.
	 * @see #getMarginPercent()
	 * @generated
	 */
	void setMarginPercent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_ValidFrom()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getCatalogItem_ValidTo()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidTo();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.CatalogItem#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(LocalDate value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean validityOrdered(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean priceRuleComplete(DiagnosticChain diagnostics, Map<Object, Object> context);

} // CatalogItem
