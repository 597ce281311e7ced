/**
 */
package org.bidbench.sales.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Margin Floor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The lowest margin (on price, in percent) allowed for a cost item category.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.MarginFloor#getCategory <em>Category</em>}</li>
 *   <li>{@link org.bidbench.sales.model.MarginFloor#getMinimumMarginPercent <em>Minimum Margin Percent</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getMarginFloor()
 * @model
 * @generated
 */
public interface MarginFloor extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.bidbench.sales.model.SalesPackage#getMarginFloor_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.MarginFloor#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Minimum Margin Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minimum Margin Percent</em>' attribute.
	 * @see #setMinimumMarginPercent(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getMarginFloor_MinimumMarginPercent()
	 * @model
	 * @generated
	 */
	BigDecimal getMinimumMarginPercent();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.MarginFloor#getMinimumMarginPercent <em>Minimum Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Margin Percent</em>' attribute.
	 * @see #getMinimumMarginPercent()
	 * @generated
	 */
	void setMinimumMarginPercent(BigDecimal value);

} // MarginFloor
