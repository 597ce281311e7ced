/**
 */
package org.bidbench.qto.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Rounding Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * When quantities are rounded.
 * <!-- end-model-doc -->
 * @see org.bidbench.qto.rules.RulesPackage#getRoundingPolicy()
 * @model
 * @generated
 */
public enum RoundingPolicy implements Enumerator {
	/**
	 * The '<em><b>PER ELEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each element's quantity, then the sum.
	 * <!-- end-model-doc -->
	 * @see #PER_ELEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PER_ELEMENT(0, "PER_ELEMENT", "element"),

	/**
	 * The '<em><b>PER LINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only the line total.
	 * <!-- end-model-doc -->
	 * @see #PER_LINE_VALUE
	 * @generated
	 * @ordered
	 */
	PER_LINE(1, "PER_LINE", "line");

	/**
	 * The '<em><b>PER ELEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each element's quantity, then the sum.
	 * <!-- end-model-doc -->
	 * @see #PER_ELEMENT
	 * @model literal="element"
	 * @generated
	 * @ordered
	 */
	public static final int PER_ELEMENT_VALUE = 0;

	/**
	 * The '<em><b>PER LINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only the line total.
	 * <!-- end-model-doc -->
	 * @see #PER_LINE
	 * @model literal="line"
	 * @generated
	 * @ordered
	 */
	public static final int PER_LINE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Rounding Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoundingPolicy[] VALUES_ARRAY =
		new RoundingPolicy[] {
			PER_ELEMENT,
			PER_LINE,
		};

	/**
	 * A public read-only list of all the '<em><b>Rounding Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoundingPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Rounding Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoundingPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoundingPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rounding Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoundingPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoundingPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Rounding Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoundingPolicy get(int value) {
		switch (value) {
			case PER_ELEMENT_VALUE: return PER_ELEMENT;
			case PER_LINE_VALUE: return PER_LINE;
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
	private RoundingPolicy(int value, String name, String literal) {
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
	
} //RoundingPolicy
