/**
 */
package org.bidbench.qto.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Group Key</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What splits a rule into lines.
 * <!-- end-model-doc -->
 * @see org.bidbench.qto.rules.RulesPackage#getGroupKey()
 * @model
 * @generated
 */
public enum GroupKey implements Enumerator {
	/**
	 * The '<em><b>STOREY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Building storey name.
	 * <!-- end-model-doc -->
	 * @see #STOREY_VALUE
	 * @generated
	 * @ordered
	 */
	STOREY(0, "STOREY", "storey"),

	/**
	 * The '<em><b>TYPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element type name, else ObjectType.
	 * <!-- end-model-doc -->
	 * @see #TYPE_VALUE
	 * @generated
	 * @ordered
	 */
	TYPE(1, "TYPE", "type"),

	/**
	 * The '<em><b>MATERIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Material or material set name.
	 * <!-- end-model-doc -->
	 * @see #MATERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	MATERIAL(2, "MATERIAL", "material"),

	/**
	 * The '<em><b>CLASSIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First classification code.
	 * <!-- end-model-doc -->
	 * @see #CLASSIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	CLASSIFICATION(3, "CLASSIFICATION", "classification"),

	/**
	 * The '<em><b>PROFILE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Profile name of a member.
	 * <!-- end-model-doc -->
	 * @see #PROFILE_VALUE
	 * @generated
	 * @ordered
	 */
	PROFILE(4, "PROFILE", "profile"),

	/**
	 * The '<em><b>IFC CLASS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IFC class.
	 * <!-- end-model-doc -->
	 * @see #IFC_CLASS_VALUE
	 * @generated
	 * @ordered
	 */
	IFC_CLASS(5, "IFC_CLASS", "class");

	/**
	 * The '<em><b>STOREY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Building storey name.
	 * <!-- end-model-doc -->
	 * @see #STOREY
	 * @model literal="storey"
	 * @generated
	 * @ordered
	 */
	public static final int STOREY_VALUE = 0;

	/**
	 * The '<em><b>TYPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element type name, else ObjectType.
	 * <!-- end-model-doc -->
	 * @see #TYPE
	 * @model literal="type"
	 * @generated
	 * @ordered
	 */
	public static final int TYPE_VALUE = 1;

	/**
	 * The '<em><b>MATERIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Material or material set name.
	 * <!-- end-model-doc -->
	 * @see #MATERIAL
	 * @model literal="material"
	 * @generated
	 * @ordered
	 */
	public static final int MATERIAL_VALUE = 2;

	/**
	 * The '<em><b>CLASSIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First classification code.
	 * <!-- end-model-doc -->
	 * @see #CLASSIFICATION
	 * @model literal="classification"
	 * @generated
	 * @ordered
	 */
	public static final int CLASSIFICATION_VALUE = 3;

	/**
	 * The '<em><b>PROFILE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Profile name of a member.
	 * <!-- end-model-doc -->
	 * @see #PROFILE
	 * @model literal="profile"
	 * @generated
	 * @ordered
	 */
	public static final int PROFILE_VALUE = 4;

	/**
	 * The '<em><b>IFC CLASS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IFC class.
	 * <!-- end-model-doc -->
	 * @see #IFC_CLASS
	 * @model literal="class"
	 * @generated
	 * @ordered
	 */
	public static final int IFC_CLASS_VALUE = 5;

	/**
	 * An array of all the '<em><b>Group Key</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GroupKey[] VALUES_ARRAY =
		new GroupKey[] {
			STOREY,
			TYPE,
			MATERIAL,
			CLASSIFICATION,
			PROFILE,
			IFC_CLASS,
		};

	/**
	 * A public read-only list of all the '<em><b>Group Key</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GroupKey> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Group Key</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GroupKey get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GroupKey result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Group Key</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GroupKey getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GroupKey result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Group Key</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GroupKey get(int value) {
		switch (value) {
			case STOREY_VALUE: return STOREY;
			case TYPE_VALUE: return TYPE;
			case MATERIAL_VALUE: return MATERIAL;
			case CLASSIFICATION_VALUE: return CLASSIFICATION;
			case PROFILE_VALUE: return PROFILE;
			case IFC_CLASS_VALUE: return IFC_CLASS;
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
	private GroupKey(int value, String name, String literal) {
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
	
} //GroupKey
