/**
 */
package org.bidbench.sales.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The target of one KPI for periods of one length (month, quarter, year); ratios in percent, amounts in the workspace currency.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.KpiTarget#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.bidbench.sales.model.KpiTarget#getPeriodLength <em>Period Length</em>}</li>
 *   <li>{@link org.bidbench.sales.model.KpiTarget#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getKpiTarget()
 * @model
 * @generated
 */
public interface KpiTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Kpi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpi</em>' attribute.
	 * @see #setKpi(String)
	 * @see org.bidbench.sales.model.SalesPackage#getKpiTarget_Kpi()
	 * @model
	 * @generated
	 */
	String getKpi();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.KpiTarget#getKpi <em>Kpi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi</em>' attribute.
	 * @see #getKpi()
	 * @generated
	 */
	void setKpi(String value);

	/**
	 * Returns the value of the '<em><b>Period Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * month, quarter or year; empty for every period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Length</em>' attribute.
	 * @see #setPeriodLength(String)
	 * @see org.bidbench.sales.model.SalesPackage#getKpiTarget_PeriodLength()
	 * @model
	 * @generated
	 */
	String getPeriodLength();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.KpiTarget#getPeriodLength <em>Period Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Length</em>' attribute.
	 * @see #getPeriodLength()
	 * @generated
	 */
	void setPeriodLength(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getKpiTarget_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.KpiTarget#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

} // KpiTarget
