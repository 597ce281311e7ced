/**
 */
package org.bidbench.qto.rules;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Selects elements and says what to measure, from which source, for which cost item, grouped how.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.qto.rules.Rule#getId <em>Id</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getItem <em>Item</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getSelector <em>Selector</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getQuantityNames <em>Quantity Names</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getFormula <em>Formula</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getSource <em>Source</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getGroupBy <em>Group By</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getDensity <em>Density</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getDeductOpeningsAbove <em>Deduct Openings Above</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getFactor <em>Factor</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Rule#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.bidbench.qto.rules.RulesPackage#getRule()
 * @model
 * @generated
 */
public interface Rule extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique within the pack.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bill-of-quantities item the quantity feeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item</em>' containment reference.
	 * @see #setItem(BoqItem)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Item()
	 * @model containment="true"
	 * @generated
	 */
	BoqItem getItem();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getItem <em>Item</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' containment reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(BoqItem value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which elements the rule takes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(Selector)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Selector()
	 * @model containment="true"
	 * @generated
	 */
	Selector getSelector();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(Selector value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * The default value is <code>"count"</code>.
	 * The literals are from the enumeration {@link org.bidbench.qto.rules.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see org.bidbench.qto.rules.Measure
	 * @see #setMeasure(Measure)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Measure()
	 * @model default="count"
	 * @generated
	 */
	Measure getMeasure();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see org.bidbench.qto.rules.Measure
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(Measure value);

	/**
	 * Returns the value of the '<em><b>Quantity Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authored quantities to read instead of the measure's defaults: Name or Set.Name, first found wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quantity Names</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_QuantityNames()
	 * @model
	 * @generated
	 */
	EList<String> getQuantityNames();

	/**
	 * Returns the value of the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For measure formula: arithmetic over quantity and property names, e.g. NetSideArea * 2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Formula</em>' attribute.
	 * @see #setFormula(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Formula()
	 * @model
	 * @generated
	 */
	String getFormula();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getFormula <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formula</em>' attribute.
	 * @see #getFormula()
	 * @generated
	 */
	void setFormula(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The default value is <code>"authored-then-computed"</code>.
	 * The literals are from the enumeration {@link org.bidbench.qto.rules.SourcePreference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which source is preferred.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.bidbench.qto.rules.SourcePreference
	 * @see #setSource(SourcePreference)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Source()
	 * @model default="authored-then-computed"
	 * @generated
	 */
	SourcePreference getSource();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.bidbench.qto.rules.SourcePreference
	 * @see #getSource()
	 * @generated
	 */
	void setSource(SourcePreference value);

	/**
	 * Returns the value of the '<em><b>Group By</b></em>' attribute list.
	 * The list contents are of type {@link org.bidbench.qto.rules.GroupKey}.
	 * The literals are from the enumeration {@link org.bidbench.qto.rules.GroupKey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How lines are split.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group By</em>' attribute list.
	 * @see org.bidbench.qto.rules.GroupKey
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_GroupBy()
	 * @model
	 * @generated
	 */
	EList<GroupKey> getGroupBy();

	/**
	 * Returns the value of the '<em><b>Density</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kg/m3 used to compute a weight from a volume when no weight is authored; 0 = none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Density</em>' attribute.
	 * @see #setDensity(double)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Density()
	 * @model default="0"
	 * @generated
	 */
	double getDensity();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getDensity <em>Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Density</em>' attribute.
	 * @see #getDensity()
	 * @generated
	 */
	void setDensity(double value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authored vs computed difference, as a fraction, beyond which this rule raises SOURCE_MISMATCH; negative = the pack's tolerance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(double)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Tolerance()
	 * @model default="-1"
	 * @generated
	 */
	double getTolerance();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Deduct Openings Above</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Openings in the element larger than this area (m2) are deducted from its quantity, smaller ones are not (the measurement code's threshold, e.g. 0.3); negative = the measure as it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deduct Openings Above</em>' attribute.
	 * @see #setDeductOpeningsAbove(double)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_DeductOpeningsAbove()
	 * @model default="-1"
	 * @generated
	 */
	double getDeductOpeningsAbove();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getDeductOpeningsAbove <em>Deduct Openings Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deduct Openings Above</em>' attribute.
	 * @see #getDeductOpeningsAbove()
	 * @generated
	 */
	void setDeductOpeningsAbove(double value);

	/**
	 * Returns the value of the '<em><b>Factor</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiplies the measured quantity, e.g. 2 for both faces of a wall.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Factor</em>' attribute.
	 * @see #setFactor(double)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Factor()
	 * @model default="1"
	 * @generated
	 */
	double getFactor();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getFactor <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Factor</em>' attribute.
	 * @see #getFactor()
	 * @generated
	 */
	void setFactor(double value);

	/**
	 * Returns the value of the '<em><b>Characteristics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Item characteristics (material, strength, thickness, type, size) that split the item into lines with their own 12-digit codes and a characteristics text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Characteristics</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Characteristics()
	 * @model
	 * @generated
	 */
	EList<String> getCharacteristics();

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line of the rule in its pack file, for messages; not part of the text form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.bidbench.qto.rules.RulesPackage#getRule_Line()
	 * @model transient="true"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.Rule#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

} // Rule
