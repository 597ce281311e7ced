/**
 */
package org.bidbench.qto.rules;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Pack</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A versioned set of take-off rules with its unit and rounding policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getId <em>Id</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getVersion <em>Version</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getUnits <em>Units</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getLocation <em>Location</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getCodeScheme <em>Code Scheme</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getUnitDecimals <em>Unit Decimals</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.RulePack#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.bidbench.qto.rules.RulesPackage#getRulePack()
 * @model
 * @generated
 */
public interface RulePack extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier, e.g. general-building; used on the command line and in the extension point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pack version, recorded on every take-off result and quote revision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the pack is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute.
	 * The default value is <code>"SI"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit policy: SI (metre, square metre, cubic metre, kilogram); cost item units convert from it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Units</em>' attribute.
	 * @see #setUnits(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Units()
	 * @model default="SI"
	 * @generated
	 */
	String getUnits();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getUnits <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Units</em>' attribute.
	 * @see #getUnits()
	 * @generated
	 */
	void setUnits(String value);

	/**
	 * Returns the value of the '<em><b>Rounding</b></em>' attribute.
	 * The default value is <code>"line"</code>.
	 * The literals are from the enumeration {@link org.bidbench.qto.rules.RoundingPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Round each element's quantity before summing, or only the line total.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rounding</em>' attribute.
	 * @see org.bidbench.qto.rules.RoundingPolicy
	 * @see #setRounding(RoundingPolicy)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Rounding()
	 * @model default="line"
	 * @generated
	 */
	RoundingPolicy getRounding();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getRounding <em>Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rounding</em>' attribute.
	 * @see org.bidbench.qto.rules.RoundingPolicy
	 * @see #getRounding()
	 * @generated
	 */
	void setRounding(RoundingPolicy value);

	/**
	 * Returns the value of the '<em><b>Decimals</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decimal places quantities are rounded to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decimals</em>' attribute.
	 * @see #setDecimals(int)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Decimals()
	 * @model default="2"
	 * @generated
	 */
	int getDecimals();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getDecimals <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decimals</em>' attribute.
	 * @see #getDecimals()
	 * @generated
	 */
	void setDecimals(int value);

	/**
	 * Returns the value of the '<em><b>Tolerance</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative difference between authored and computed quantities above which a flag is raised (0.01 = 1%).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance</em>' attribute.
	 * @see #setTolerance(double)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Tolerance()
	 * @model default="0.01"
	 * @generated
	 */
	double getTolerance();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getTolerance <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance</em>' attribute.
	 * @see #getTolerance()
	 * @generated
	 */
	void setTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the pack was read from, for messages; not part of the text form.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Location()
	 * @model transient="true"
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measurement code and its edition the pack implements, e.g. GB/T 50500-2024 with GB 50854; recorded so that a bill says by which rules it was measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edition</em>' attribute.
	 * @see #setEdition(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Edition()
	 * @model
	 * @generated
	 */
	String getEdition();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getEdition <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edition</em>' attribute.
	 * @see #getEdition()
	 * @generated
	 */
	void setEdition(String value);

	/**
	 * Returns the value of the '<em><b>Code Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How item codes are built and checked: empty for free codes, gb for 12 digits (the 9-digit code of the standard and a 3-digit sequence within the bill).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code Scheme</em>' attribute.
	 * @see #setCodeScheme(String)
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_CodeScheme()
	 * @model
	 * @generated
	 */
	String getCodeScheme();

	/**
	 * Sets the value of the '{@link org.bidbench.qto.rules.RulePack#getCodeScheme <em>Code Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code Scheme</em>' attribute.
	 * @see #getCodeScheme()
	 * @generated
	 */
	void setCodeScheme(String value);

	/**
	 * Returns the value of the '<em><b>Unit Decimals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decimals a line quantity is rounded to before pricing, per unit, as unit=decimals (m3=2, t=3); units not listed use decimals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Decimals</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_UnitDecimals()
	 * @model
	 * @generated
	 */
	EList<String> getUnitDecimals();

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.qto.rules.Rule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rules, evaluated in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.bidbench.qto.rules.RulesPackage#getRulePack_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rule> getRules();

} // RulePack
