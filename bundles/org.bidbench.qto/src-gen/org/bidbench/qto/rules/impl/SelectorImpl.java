/**
 */
package org.bidbench.qto.rules.impl;

import java.util.Collection;

import org.bidbench.qto.rules.Condition;
import org.bidbench.qto.rules.RulesPackage;
import org.bidbench.qto.rules.Selector;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Selector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getIfcClasses <em>Ifc Classes</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getExcludedClasses <em>Excluded Classes</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getPredefinedTypes <em>Predefined Types</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getObjectTypes <em>Object Types</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getTypeNames <em>Type Names</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getMaterials <em>Materials</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getExcludedMaterials <em>Excluded Materials</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getStoreys <em>Storeys</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getClassificationCodes <em>Classification Codes</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.SelectorImpl#getConditions <em>Conditions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SelectorImpl extends EObjectImpl implements Selector {
	/**
	 * The cached value of the '{@link #getIfcClasses() <em>Ifc Classes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIfcClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ifcClasses;

	/**
	 * The cached value of the '{@link #getExcludedClasses() <em>Excluded Classes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludedClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<String> excludedClasses;

	/**
	 * The cached value of the '{@link #getPredefinedTypes() <em>Predefined Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredefinedTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> predefinedTypes;

	/**
	 * The cached value of the '{@link #getObjectTypes() <em>Object Types</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectTypes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> objectTypes;

	/**
	 * The cached value of the '{@link #getTypeNames() <em>Type Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> typeNames;

	/**
	 * The cached value of the '{@link #getMaterials() <em>Materials</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaterials()
	 * @generated
	 * @ordered
	 */
	protected EList<String> materials;

	/**
	 * The cached value of the '{@link #getExcludedMaterials() <em>Excluded Materials</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludedMaterials()
	 * @generated
	 * @ordered
	 */
	protected EList<String> excludedMaterials;

	/**
	 * The cached value of the '{@link #getStoreys() <em>Storeys</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStoreys()
	 * @generated
	 * @ordered
	 */
	protected EList<String> storeys;

	/**
	 * The cached value of the '{@link #getClassificationCodes() <em>Classification Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassificationCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> classificationCodes;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SelectorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.SELECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIfcClasses() {
		if (ifcClasses == null) {
			ifcClasses = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__IFC_CLASSES);
		}
		return ifcClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludedClasses() {
		if (excludedClasses == null) {
			excludedClasses = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__EXCLUDED_CLASSES);
		}
		return excludedClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPredefinedTypes() {
		if (predefinedTypes == null) {
			predefinedTypes = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__PREDEFINED_TYPES);
		}
		return predefinedTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getObjectTypes() {
		if (objectTypes == null) {
			objectTypes = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__OBJECT_TYPES);
		}
		return objectTypes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTypeNames() {
		if (typeNames == null) {
			typeNames = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__TYPE_NAMES);
		}
		return typeNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMaterials() {
		if (materials == null) {
			materials = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__MATERIALS);
		}
		return materials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludedMaterials() {
		if (excludedMaterials == null) {
			excludedMaterials = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__EXCLUDED_MATERIALS);
		}
		return excludedMaterials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStoreys() {
		if (storeys == null) {
			storeys = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__STOREYS);
		}
		return storeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClassificationCodes() {
		if (classificationCodes == null) {
			classificationCodes = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.SELECTOR__CLASSIFICATION_CODES);
		}
		return classificationCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, RulesPackage.SELECTOR__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RulesPackage.SELECTOR__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RulesPackage.SELECTOR__IFC_CLASSES:
				return getIfcClasses();
			case RulesPackage.SELECTOR__EXCLUDED_CLASSES:
				return getExcludedClasses();
			case RulesPackage.SELECTOR__PREDEFINED_TYPES:
				return getPredefinedTypes();
			case RulesPackage.SELECTOR__OBJECT_TYPES:
				return getObjectTypes();
			case RulesPackage.SELECTOR__TYPE_NAMES:
				return getTypeNames();
			case RulesPackage.SELECTOR__MATERIALS:
				return getMaterials();
			case RulesPackage.SELECTOR__EXCLUDED_MATERIALS:
				return getExcludedMaterials();
			case RulesPackage.SELECTOR__STOREYS:
				return getStoreys();
			case RulesPackage.SELECTOR__CLASSIFICATION_CODES:
				return getClassificationCodes();
			case RulesPackage.SELECTOR__CONDITIONS:
				return getConditions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RulesPackage.SELECTOR__IFC_CLASSES:
				getIfcClasses().clear();
				getIfcClasses().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__EXCLUDED_CLASSES:
				getExcludedClasses().clear();
				getExcludedClasses().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__PREDEFINED_TYPES:
				getPredefinedTypes().clear();
				getPredefinedTypes().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__OBJECT_TYPES:
				getObjectTypes().clear();
				getObjectTypes().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__TYPE_NAMES:
				getTypeNames().clear();
				getTypeNames().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__MATERIALS:
				getMaterials().clear();
				getMaterials().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__EXCLUDED_MATERIALS:
				getExcludedMaterials().clear();
				getExcludedMaterials().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__STOREYS:
				getStoreys().clear();
				getStoreys().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__CLASSIFICATION_CODES:
				getClassificationCodes().clear();
				getClassificationCodes().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.SELECTOR__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RulesPackage.SELECTOR__IFC_CLASSES:
				getIfcClasses().clear();
				return;
			case RulesPackage.SELECTOR__EXCLUDED_CLASSES:
				getExcludedClasses().clear();
				return;
			case RulesPackage.SELECTOR__PREDEFINED_TYPES:
				getPredefinedTypes().clear();
				return;
			case RulesPackage.SELECTOR__OBJECT_TYPES:
				getObjectTypes().clear();
				return;
			case RulesPackage.SELECTOR__TYPE_NAMES:
				getTypeNames().clear();
				return;
			case RulesPackage.SELECTOR__MATERIALS:
				getMaterials().clear();
				return;
			case RulesPackage.SELECTOR__EXCLUDED_MATERIALS:
				getExcludedMaterials().clear();
				return;
			case RulesPackage.SELECTOR__STOREYS:
				getStoreys().clear();
				return;
			case RulesPackage.SELECTOR__CLASSIFICATION_CODES:
				getClassificationCodes().clear();
				return;
			case RulesPackage.SELECTOR__CONDITIONS:
				getConditions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RulesPackage.SELECTOR__IFC_CLASSES:
				return ifcClasses != null && !ifcClasses.isEmpty();
			case RulesPackage.SELECTOR__EXCLUDED_CLASSES:
				return excludedClasses != null && !excludedClasses.isEmpty();
			case RulesPackage.SELECTOR__PREDEFINED_TYPES:
				return predefinedTypes != null && !predefinedTypes.isEmpty();
			case RulesPackage.SELECTOR__OBJECT_TYPES:
				return objectTypes != null && !objectTypes.isEmpty();
			case RulesPackage.SELECTOR__TYPE_NAMES:
				return typeNames != null && !typeNames.isEmpty();
			case RulesPackage.SELECTOR__MATERIALS:
				return materials != null && !materials.isEmpty();
			case RulesPackage.SELECTOR__EXCLUDED_MATERIALS:
				return excludedMaterials != null && !excludedMaterials.isEmpty();
			case RulesPackage.SELECTOR__STOREYS:
				return storeys != null && !storeys.isEmpty();
			case RulesPackage.SELECTOR__CLASSIFICATION_CODES:
				return classificationCodes != null && !classificationCodes.isEmpty();
			case RulesPackage.SELECTOR__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (ifcClasses: ");
		result.append(ifcClasses);
		result.append(", excludedClasses: ");
		result.append(excludedClasses);
		result.append(", predefinedTypes: ");
		result.append(predefinedTypes);
		result.append(", objectTypes: ");
		result.append(objectTypes);
		result.append(", typeNames: ");
		result.append(typeNames);
		result.append(", materials: ");
		result.append(materials);
		result.append(", excludedMaterials: ");
		result.append(excludedMaterials);
		result.append(", storeys: ");
		result.append(storeys);
		result.append(", classificationCodes: ");
		result.append(classificationCodes);
		result.append(')');
		return result.toString();
	}

} //SelectorImpl
