/**
 */
package org.bidbench.sales.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Buying Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bidbench.sales.model.SalesPackage#getBuyingRole()
 * @model
 * @generated
 */
public enum BuyingRole implements Enumerator {
	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECISION_MAKER_VALUE
	 * @generated
	 * @ordered
	 */
	DECISION_MAKER(0, "DECISION_MAKER", "decision maker"),

	/**
	 * The '<em><b>TECHNICAL EVALUATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_EVALUATOR_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_EVALUATOR(1, "TECHNICAL_EVALUATOR", "technical evaluator"),

	/**
	 * The '<em><b>PROCUREMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT_VALUE
	 * @generated
	 * @ordered
	 */
	PROCUREMENT(2, "PROCUREMENT", "procurement"),

	/**
	 * The '<em><b>USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_VALUE
	 * @generated
	 * @ordered
	 */
	USER(3, "USER", "user"),

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCER_VALUE
	 * @generated
	 * @ordered
	 */
	INFLUENCER(4, "INFLUENCER", "influencer");

	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DECISION_MAKER
	 * @model literal="decision maker"
	 * @generated
	 * @ordered
	 */
	public static final int DECISION_MAKER_VALUE = 0;

	/**
	 * The '<em><b>TECHNICAL EVALUATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_EVALUATOR
	 * @model literal="technical evaluator"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_EVALUATOR_VALUE = 1;

	/**
	 * The '<em><b>PROCUREMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCUREMENT
	 * @model literal="procurement"
	 * @generated
	 * @ordered
	 */
	public static final int PROCUREMENT_VALUE = 2;

	/**
	 * The '<em><b>USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER
	 * @model literal="user"
	 * @generated
	 * @ordered
	 */
	public static final int USER_VALUE = 3;

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFLUENCER
	 * @model literal="influencer"
	 * @generated
	 * @ordered
	 */
	public static final int INFLUENCER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Buying Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BuyingRole[] VALUES_ARRAY =
		new BuyingRole[] {
			DECISION_MAKER,
			TECHNICAL_EVALUATOR,
			PROCUREMENT,
			USER,
			INFLUENCER,
		};

	/**
	 * A public read-only list of all the '<em><b>Buying Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BuyingRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRole get(int value) {
		switch (value) {
			case DECISION_MAKER_VALUE: return DECISION_MAKER;
			case TECHNICAL_EVALUATOR_VALUE: return TECHNICAL_EVALUATOR;
			case PROCUREMENT_VALUE: return PROCUREMENT;
			case USER_VALUE: return USER;
			case INFLUENCER_VALUE: return INFLUENCER;
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
	private BuyingRole(int value, String name, String literal) {
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
	
} //BuyingRole
