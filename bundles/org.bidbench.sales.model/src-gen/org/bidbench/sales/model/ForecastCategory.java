/**
 */
package org.bidbench.sales.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Forecast Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bidbench.sales.model.SalesPackage#getForecastCategory()
 * @model
 * @generated
 */
public enum ForecastCategory implements Enumerator {
	/**
	 * The '<em><b>COMMIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMIT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMIT(0, "COMMIT", "commit"),

	/**
	 * The '<em><b>BEST CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEST_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	BEST_CASE(1, "BEST_CASE", "best case"),

	/**
	 * The '<em><b>PIPELINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPELINE_VALUE
	 * @generated
	 * @ordered
	 */
	PIPELINE(2, "PIPELINE", "pipeline");

	/**
	 * The '<em><b>COMMIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMIT
	 * @model literal="commit"
	 * @generated
	 * @ordered
	 */
	public static final int COMMIT_VALUE = 0;

	/**
	 * The '<em><b>BEST CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEST_CASE
	 * @model literal="best case"
	 * @generated
	 * @ordered
	 */
	public static final int BEST_CASE_VALUE = 1;

	/**
	 * The '<em><b>PIPELINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPELINE
	 * @model literal="pipeline"
	 * @generated
	 * @ordered
	 */
	public static final int PIPELINE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Forecast Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ForecastCategory[] VALUES_ARRAY =
		new ForecastCategory[] {
			COMMIT,
			BEST_CASE,
			PIPELINE,
		};

	/**
	 * A public read-only list of all the '<em><b>Forecast Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ForecastCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Forecast Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForecastCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ForecastCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Forecast Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForecastCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ForecastCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Forecast Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForecastCategory get(int value) {
		switch (value) {
			case COMMIT_VALUE: return COMMIT;
			case BEST_CASE_VALUE: return BEST_CASE;
			case PIPELINE_VALUE: return PIPELINE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ForecastCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ForecastCategory
