/**
 */
package org.bidbench.sales.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Employee Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.bidbench.sales.model.SalesPackage#getEmployeeRole()
 * @model
 * @generated
 */
public enum EmployeeRole implements Enumerator {
	/**
	 * The '<em><b>SALES LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	SALES_LEAD(0, "SALES_LEAD", "sales lead"),

	/**
	 * The '<em><b>TECHNICAL LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_LEAD(1, "TECHNICAL_LEAD", "technical lead"),

	/**
	 * The '<em><b>COMMERCIAL LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMERCIAL_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	COMMERCIAL_LEAD(2, "COMMERCIAL_LEAD", "commercial lead"),

	/**
	 * The '<em><b>FINANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCE(3, "FINANCE", "finance"),

	/**
	 * The '<em><b>PROJECT MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT_MANAGER(4, "PROJECT_MANAGER", "project manager"),

	/**
	 * The '<em><b>SALES MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	SALES_MANAGER(5, "SALES_MANAGER", "sales manager"),

	/**
	 * The '<em><b>EXECUTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXECUTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	EXECUTIVE(6, "EXECUTIVE", "executive");

	/**
	 * The '<em><b>SALES LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_LEAD
	 * @model literal="sales lead"
	 * @generated
	 * @ordered
	 */
	public static final int SALES_LEAD_VALUE = 0;

	/**
	 * The '<em><b>TECHNICAL LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_LEAD
	 * @model literal="technical lead"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_LEAD_VALUE = 1;

	/**
	 * The '<em><b>COMMERCIAL LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMERCIAL_LEAD
	 * @model literal="commercial lead"
	 * @generated
	 * @ordered
	 */
	public static final int COMMERCIAL_LEAD_VALUE = 2;

	/**
	 * The '<em><b>FINANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE
	 * @model literal="finance"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCE_VALUE = 3;

	/**
	 * The '<em><b>PROJECT MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_MANAGER
	 * @model literal="project manager"
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_MANAGER_VALUE = 4;

	/**
	 * The '<em><b>SALES MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_MANAGER
	 * @model literal="sales manager"
	 * @generated
	 * @ordered
	 */
	public static final int SALES_MANAGER_VALUE = 5;

	/**
	 * The '<em><b>EXECUTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXECUTIVE
	 * @model literal="executive"
	 * @generated
	 * @ordered
	 */
	public static final int EXECUTIVE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Employee Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EmployeeRole[] VALUES_ARRAY =
		new EmployeeRole[] {
			SALES_LEAD,
			TECHNICAL_LEAD,
			COMMERCIAL_LEAD,
			FINANCE,
			PROJECT_MANAGER,
			SALES_MANAGER,
			EXECUTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Employee Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EmployeeRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Employee Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmployeeRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmployeeRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Employee Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmployeeRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EmployeeRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Employee Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EmployeeRole get(int value) {
		switch (value) {
			case SALES_LEAD_VALUE: return SALES_LEAD;
			case TECHNICAL_LEAD_VALUE: return TECHNICAL_LEAD;
			case COMMERCIAL_LEAD_VALUE: return COMMERCIAL_LEAD;
			case FINANCE_VALUE: return FINANCE;
			case PROJECT_MANAGER_VALUE: return PROJECT_MANAGER;
			case SALES_MANAGER_VALUE: return SALES_MANAGER;
			case EXECUTIVE_VALUE: return EXECUTIVE;
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
	private EmployeeRole(int value, String name, String literal) {
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
	
} //EmployeeRole
