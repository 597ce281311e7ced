/**
 */
package org.bidbench.qto.rules;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Element filters; all given filters must hold, a list matches when any of its entries matches. Text filters take * and ? wildcards and ignore case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.qto.rules.Selector#getIfcClasses <em>Ifc Classes</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getExcludedClasses <em>Excluded Classes</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getPredefinedTypes <em>Predefined Types</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getObjectTypes <em>Object Types</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getTypeNames <em>Type Names</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getExcludedMaterials <em>Excluded Materials</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getStoreys <em>Storeys</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getClassificationCodes <em>Classification Codes</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.Selector#getConditions <em>Conditions</em>}</li>
 * </ul>
 *
 * @see org.bidbench.qto.rules.RulesPackage#getSelector()
 * @model
 * @generated
 */
public interface Selector extends EObject {
	/**
	 * Returns the value of the '<em><b>Ifc Classes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IFC classes, subclasses included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ifc Classes</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_IfcClasses()
	 * @model
	 * @generated
	 */
	EList<String> getIfcClasses();

	/**
	 * Returns the value of the '<em><b>Excluded Classes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IFC classes (and subclasses) never taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excluded Classes</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_ExcludedClasses()
	 * @model
	 * @generated
	 */
	EList<String> getExcludedClasses();

	/**
	 * Returns the value of the '<em><b>Predefined Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PredefinedType of the element or its type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predefined Types</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_PredefinedTypes()
	 * @model
	 * @generated
	 */
	EList<String> getPredefinedTypes();

	/**
	 * Returns the value of the '<em><b>Object Types</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ObjectType of the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Types</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_ObjectTypes()
	 * @model
	 * @generated
	 */
	EList<String> getObjectTypes();

	/**
	 * Returns the value of the '<em><b>Type Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the element type (IfcRelDefinesByType).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type Names</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_TypeNames()
	 * @model
	 * @generated
	 */
	EList<String> getTypeNames();

	/**
	 * Returns the value of the '<em><b>Materials</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Material names (any layer or constituent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Materials</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_Materials()
	 * @model
	 * @generated
	 */
	EList<String> getMaterials();

	/**
	 * Returns the value of the '<em><b>Excluded Materials</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Material names never taken: an element with any layer or constituent (or set name) matching one is left out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excluded Materials</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_ExcludedMaterials()
	 * @model
	 * @generated
	 */
	EList<String> getExcludedMaterials();

	/**
	 * Returns the value of the '<em><b>Storeys</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storey names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Storeys</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_Storeys()
	 * @model
	 * @generated
	 */
	EList<String> getStoreys();

	/**
	 * Returns the value of the '<em><b>Classification Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Classification reference codes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Classification Codes</em>' attribute list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_ClassificationCodes()
	 * @model
	 * @generated
	 */
	EList<String> getClassificationCodes();

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.qto.rules.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Property or quantity conditions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.bidbench.qto.rules.RulesPackage#getSelector_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getConditions();

} // Selector
