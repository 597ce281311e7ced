/**
 */
package org.bidbench.qto.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a rule measures.
 * <!-- end-model-doc -->
 * @see org.bidbench.qto.rules.RulesPackage#getMeasure()
 * @model
 * @generated
 */
public enum Measure implements Enumerator {
	/**
	 * The '<em><b>COUNT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One per element.
	 * <!-- end-model-doc -->
	 * @see #COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT(0, "COUNT", "count"),

	/**
	 * The '<em><b>LENGTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length (m).
	 * <!-- end-model-doc -->
	 * @see #LENGTH_VALUE
	 * @generated
	 * @ordered
	 */
	LENGTH(1, "LENGTH", "length"),

	/**
	 * The '<em><b>AREA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net area of slabs, coverings, spaces, roofs (m2).
	 * <!-- end-model-doc -->
	 * @see #AREA_VALUE
	 * @generated
	 * @ordered
	 */
	AREA(2, "AREA", "area"),

	/**
	 * The '<em><b>NET SIDE AREA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall side area less openings (m2).
	 * <!-- end-model-doc -->
	 * @see #NET_SIDE_AREA_VALUE
	 * @generated
	 * @ordered
	 */
	NET_SIDE_AREA(3, "NET_SIDE_AREA", "net-side-area"),

	/**
	 * The '<em><b>GROSS SIDE AREA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall side area (m2).
	 * <!-- end-model-doc -->
	 * @see #GROSS_SIDE_AREA_VALUE
	 * @generated
	 * @ordered
	 */
	GROSS_SIDE_AREA(4, "GROSS_SIDE_AREA", "gross-side-area"),

	/**
	 * The '<em><b>FOOTPRINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plan area (m2).
	 * <!-- end-model-doc -->
	 * @see #FOOTPRINT_VALUE
	 * @generated
	 * @ordered
	 */
	FOOTPRINT(5, "FOOTPRINT", "footprint"),

	/**
	 * The '<em><b>SURFACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whole outer surface (m2).
	 * <!-- end-model-doc -->
	 * @see #SURFACE_VALUE
	 * @generated
	 * @ordered
	 */
	SURFACE(6, "SURFACE", "surface"),

	/**
	 * The '<em><b>NET VOLUME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume less openings (m3).
	 * <!-- end-model-doc -->
	 * @see #NET_VOLUME_VALUE
	 * @generated
	 * @ordered
	 */
	NET_VOLUME(7, "NET_VOLUME", "net-volume"),

	/**
	 * The '<em><b>GROSS VOLUME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume (m3).
	 * <!-- end-model-doc -->
	 * @see #GROSS_VOLUME_VALUE
	 * @generated
	 * @ordered
	 */
	GROSS_VOLUME(8, "GROSS_VOLUME", "gross-volume"),

	/**
	 * The '<em><b>WEIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass (kg).
	 * <!-- end-model-doc -->
	 * @see #WEIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	WEIGHT(9, "WEIGHT", "weight"),

	/**
	 * The '<em><b>FORMULA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule's formula.
	 * <!-- end-model-doc -->
	 * @see #FORMULA_VALUE
	 * @generated
	 * @ordered
	 */
	FORMULA(10, "FORMULA", "formula");

	/**
	 * The '<em><b>COUNT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One per element.
	 * <!-- end-model-doc -->
	 * @see #COUNT
	 * @model literal="count"
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_VALUE = 0;

	/**
	 * The '<em><b>LENGTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length (m).
	 * <!-- end-model-doc -->
	 * @see #LENGTH
	 * @model literal="length"
	 * @generated
	 * @ordered
	 */
	public static final int LENGTH_VALUE = 1;

	/**
	 * The '<em><b>AREA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Net area of slabs, coverings, spaces, roofs (m2).
	 * <!-- end-model-doc -->
	 * @see #AREA
	 * @model literal="area"
	 * @generated
	 * @ordered
	 */
	public static final int AREA_VALUE = 2;

	/**
	 * The '<em><b>NET SIDE AREA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall side area less openings (m2).
	 * <!-- end-model-doc -->
	 * @see #NET_SIDE_AREA
	 * @model literal="net-side-area"
	 * @generated
	 * @ordered
	 */
	public static final int NET_SIDE_AREA_VALUE = 3;

	/**
	 * The '<em><b>GROSS SIDE AREA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wall side area (m2).
	 * <!-- end-model-doc -->
	 * @see #GROSS_SIDE_AREA
	 * @model literal="gross-side-area"
	 * @generated
	 * @ordered
	 */
	public static final int GROSS_SIDE_AREA_VALUE = 4;

	/**
	 * The '<em><b>FOOTPRINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plan area (m2).
	 * <!-- end-model-doc -->
	 * @see #FOOTPRINT
	 * @model literal="footprint"
	 * @generated
	 * @ordered
	 */
	public static final int FOOTPRINT_VALUE = 5;

	/**
	 * The '<em><b>SURFACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whole outer surface (m2).
	 * <!-- end-model-doc -->
	 * @see #SURFACE
	 * @model literal="surface"
	 * @generated
	 * @ordered
	 */
	public static final int SURFACE_VALUE = 6;

	/**
	 * The '<em><b>NET VOLUME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume less openings (m3).
	 * <!-- end-model-doc -->
	 * @see #NET_VOLUME
	 * @model literal="net-volume"
	 * @generated
	 * @ordered
	 */
	public static final int NET_VOLUME_VALUE = 7;

	/**
	 * The '<em><b>GROSS VOLUME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume (m3).
	 * <!-- end-model-doc -->
	 * @see #GROSS_VOLUME
	 * @model literal="gross-volume"
	 * @generated
	 * @ordered
	 */
	public static final int GROSS_VOLUME_VALUE = 8;

	/**
	 * The '<em><b>WEIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mass (kg).
	 * <!-- end-model-doc -->
	 * @see #WEIGHT
	 * @model literal="weight"
	 * @generated
	 * @ordered
	 */
	public static final int WEIGHT_VALUE = 9;

	/**
	 * The '<em><b>FORMULA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule's formula.
	 * <!-- end-model-doc -->
	 * @see #FORMULA
	 * @model literal="formula"
	 * @generated
	 * @ordered
	 */
	public static final int FORMULA_VALUE = 10;

	/**
	 * An array of all the '<em><b>Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Measure[] VALUES_ARRAY =
		new Measure[] {
			COUNT,
			LENGTH,
			AREA,
			NET_SIDE_AREA,
			GROSS_SIDE_AREA,
			FOOTPRINT,
			SURFACE,
			NET_VOLUME,
			GROSS_VOLUME,
			WEIGHT,
			FORMULA,
		};

	/**
	 * A public read-only list of all the '<em><b>Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Measure> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Measure get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Measure result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Measure getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Measure result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Measure get(int value) {
		switch (value) {
			case COUNT_VALUE: return COUNT;
			case LENGTH_VALUE: return LENGTH;
			case AREA_VALUE: return AREA;
			case NET_SIDE_AREA_VALUE: return NET_SIDE_AREA;
			case GROSS_SIDE_AREA_VALUE: return GROSS_SIDE_AREA;
			case FOOTPRINT_VALUE: return FOOTPRINT;
			case SURFACE_VALUE: return SURFACE;
			case NET_VOLUME_VALUE: return NET_VOLUME;
			case GROSS_VOLUME_VALUE: return GROSS_VOLUME;
			case WEIGHT_VALUE: return WEIGHT;
			case FORMULA_VALUE: return FORMULA;
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
	private Measure(int value, String name, String literal) {
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
	
} //Measure
