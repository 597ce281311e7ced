/**
 */
package org.bidbench.sales.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Gate Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What meets a gate: an accepted deliverable of a type, a released quote, or a signed contract.
 * <!-- end-model-doc -->
 * @see org.bidbench.sales.model.SalesPackage#getGateKind()
 * @model
 * @generated
 */
public enum GateKind implements Enumerator {
	/**
	 * The '<em><b>DELIVERABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERABLE_VALUE
	 * @generated
	 * @ordered
	 */
	DELIVERABLE(0, "DELIVERABLE", "deliverable"),

	/**
	 * The '<em><b>QUOTE RELEASED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTE_RELEASED_VALUE
	 * @generated
	 * @ordered
	 */
	QUOTE_RELEASED(1, "QUOTE_RELEASED", "quote released"),

	/**
	 * The '<em><b>CONTRACT SIGNED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_SIGNED_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRACT_SIGNED(2, "CONTRACT_SIGNED", "contract signed");

	/**
	 * The '<em><b>DELIVERABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELIVERABLE
	 * @model literal="deliverable"
	 * @generated
	 * @ordered
	 */
	public static final int DELIVERABLE_VALUE = 0;

	/**
	 * The '<em><b>QUOTE RELEASED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTE_RELEASED
	 * @model literal="quote released"
	 * @generated
	 * @ordered
	 */
	public static final int QUOTE_RELEASED_VALUE = 1;

	/**
	 * The '<em><b>CONTRACT SIGNED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRACT_SIGNED
	 * @model literal="contract signed"
	 * @generated
	 * @ordered
	 */
	public static final int CONTRACT_SIGNED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Gate Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GateKind[] VALUES_ARRAY =
		new GateKind[] {
			DELIVERABLE,
			QUOTE_RELEASED,
			CONTRACT_SIGNED,
		};

	/**
	 * A public read-only list of all the '<em><b>Gate Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GateKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Gate Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GateKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GateKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gate Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GateKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GateKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gate Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GateKind get(int value) {
		switch (value) {
			case DELIVERABLE_VALUE: return DELIVERABLE;
			case QUOTE_RELEASED_VALUE: return QUOTE_RELEASED;
			case CONTRACT_SIGNED_VALUE: return CONTRACT_SIGNED;
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
	private GateKind(int value, String name, String literal) {
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
	
} //GateKind
