/**
 */
package org.bidbench.qto.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Source Preference</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a quantity comes from.
 * <!-- end-model-doc -->
 * @see org.bidbench.qto.rules.RulesPackage#getSourcePreference()
 * @model
 * @generated
 */
public enum SourcePreference implements Enumerator {
	/**
	 * The '<em><b>AUTHORED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only quantity sets in the file.
	 * <!-- end-model-doc -->
	 * @see #AUTHORED_VALUE
	 * @generated
	 * @ordered
	 */
	AUTHORED(0, "AUTHORED", "authored"),

	/**
	 * The '<em><b>COMPUTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only the geometry engine.
	 * <!-- end-model-doc -->
	 * @see #COMPUTED_VALUE
	 * @generated
	 * @ordered
	 */
	COMPUTED(1, "COMPUTED", "computed"),

	/**
	 * The '<em><b>AUTHORED THEN COMPUTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authored, computed where the file has none.
	 * <!-- end-model-doc -->
	 * @see #AUTHORED_THEN_COMPUTED_VALUE
	 * @generated
	 * @ordered
	 */
	AUTHORED_THEN_COMPUTED(2, "AUTHORED_THEN_COMPUTED", "authored-then-computed");

	/**
	 * The '<em><b>AUTHORED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only quantity sets in the file.
	 * <!-- end-model-doc -->
	 * @see #AUTHORED
	 * @model literal="authored"
	 * @generated
	 * @ordered
	 */
	public static final int AUTHORED_VALUE = 0;

	/**
	 * The '<em><b>COMPUTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only the geometry engine.
	 * <!-- end-model-doc -->
	 * @see #COMPUTED
	 * @model literal="computed"
	 * @generated
	 * @ordered
	 */
	public static final int COMPUTED_VALUE = 1;

	/**
	 * The '<em><b>AUTHORED THEN COMPUTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authored, computed where the file has none.
	 * <!-- end-model-doc -->
	 * @see #AUTHORED_THEN_COMPUTED
	 * @model literal="authored-then-computed"
	 * @generated
	 * @ordered
	 */
	public static final int AUTHORED_THEN_COMPUTED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Source Preference</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SourcePreference[] VALUES_ARRAY =
		new SourcePreference[] {
			AUTHORED,
			COMPUTED,
			AUTHORED_THEN_COMPUTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Source Preference</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SourcePreference> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Source Preference</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourcePreference get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourcePreference result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Preference</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourcePreference getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SourcePreference result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Source Preference</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SourcePreference get(int value) {
		switch (value) {
			case AUTHORED_VALUE: return AUTHORED;
			case COMPUTED_VALUE: return COMPUTED;
			case AUTHORED_THEN_COMPUTED_VALUE: return AUTHORED_THEN_COMPUTED;
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
	private SourcePreference(int value, String name, String literal) {
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
	
} //SourcePreference
