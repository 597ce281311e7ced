/**
 */
package org.bidbench.sales.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Price Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Cost items with their unit cost and price rule, valid for a period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.PriceCatalog#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PriceCatalog#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PriceCatalog#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PriceCatalog#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PriceCatalog#getItems <em>Items</em>}</li>
 *   <li>{@link org.bidbench.sales.model.PriceCatalog#getMarginFloors <em>Margin Floors</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getPriceCatalog()
 * @model
 * @generated
 */
public interface PriceCatalog extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getPriceCatalog_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PriceCatalog#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"CNY"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.bidbench.sales.model.SalesPackage#getPriceCatalog_Currency()
	 * @model default="CNY"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PriceCatalog#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getPriceCatalog_ValidFrom()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PriceCatalog#getValidFrom <em>Valid From</em>}' attribute.
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
	 * @see org.bidbench.sales.model.SalesPackage#getPriceCatalog_ValidTo()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidTo();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.PriceCatalog#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.CatalogItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getPriceCatalog_Items()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<CatalogItem> getItems();

	/**
	 * Returns the value of the '<em><b>Margin Floors</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.MarginFloor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Margin Floors</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getPriceCatalog_MarginFloors()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<MarginFloor> getMarginFloors();

} // PriceCatalog
