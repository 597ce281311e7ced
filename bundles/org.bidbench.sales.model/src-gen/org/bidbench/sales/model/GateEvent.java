/**
 */
package org.bidbench.sales.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Gate Event</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Events a gate deadline counts from.
 * <!-- end-model-doc -->
 * @see org.bidbench.sales.model.SalesPackage#getGateEvent()
 * @model
 * @generated
 */
public enum GateEvent implements Enumerator {
	/**
	 * The '<em><b>STAGE ENTERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE_ENTERED_VALUE
	 * @generated
	 * @ordered
	 */
	STAGE_ENTERED(0, "STAGE_ENTERED", "stage entered"),

	/**
	 * The '<em><b>FIRST VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_VISIT(1, "FIRST_VISIT", "first visit"),

	/**
	 * The '<em><b>OPPORTUNITY CREATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_CREATED_VALUE
	 * @generated
	 * @ordered
	 */
	OPPORTUNITY_CREATED(2, "OPPORTUNITY_CREATED", "opportunity created"),

	/**
	 * The '<em><b>FIRST QUOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_QUOTE_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_QUOTE(3, "FIRST_QUOTE", "first quote");

	/**
	 * The '<em><b>STAGE ENTERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE_ENTERED
	 * @model literal="stage entered"
	 * @generated
	 * @ordered
	 */
	public static final int STAGE_ENTERED_VALUE = 0;

	/**
	 * The '<em><b>FIRST VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_VISIT
	 * @model literal="first visit"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_VISIT_VALUE = 1;

	/**
	 * The '<em><b>OPPORTUNITY CREATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_CREATED
	 * @model literal="opportunity created"
	 * @generated
	 * @ordered
	 */
	public static final int OPPORTUNITY_CREATED_VALUE = 2;

	/**
	 * The '<em><b>FIRST QUOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_QUOTE
	 * @model literal="first quote"
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_QUOTE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Gate Event</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GateEvent[] VALUES_ARRAY =
		new GateEvent[] {
			STAGE_ENTERED,
			FIRST_VISIT,
			OPPORTUNITY_CREATED,
			FIRST_QUOTE,
		};

	/**
	 * A public read-only list of all the '<em><b>Gate Event</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GateEvent> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Gate Event</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GateEvent get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GateEvent result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gate Event</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GateEvent getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GateEvent result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gate Event</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GateEvent get(int value) {
		switch (value) {
			case STAGE_ENTERED_VALUE: return STAGE_ENTERED;
			case FIRST_VISIT_VALUE: return FIRST_VISIT;
			case OPPORTUNITY_CREATED_VALUE: return OPPORTUNITY_CREATED;
			case FIRST_QUOTE_VALUE: return FIRST_QUOTE;
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
	private GateEvent(int value, String name, String literal) {
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
	
} //GateEvent
