/**
 */
package org.bidbench.qto.rules;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Quantity take-off rule packs: which elements to measure, how, and which cost item the quantity feeds. The text form is described in docs/rule-packs.md.
 * <!-- end-model-doc -->
 * @see org.bidbench.qto.rules.RulesFactory
 * @model kind="package"
 * @generated
 */
public interface RulesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "rules";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://bidbench.org/qto/rules/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "qto";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RulesPackage eINSTANCE = org.bidbench.qto.rules.impl.RulesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.impl.RulePackImpl <em>Rule Pack</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.impl.RulePackImpl
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getRulePack()
	 * @generated
	 */
	int RULE_PACK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__UNITS = 4;

	/**
	 * The feature id for the '<em><b>Rounding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__ROUNDING = 5;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__DECIMALS = 6;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__TOLERANCE = 7;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__LOCATION = 8;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__EDITION = 9;

	/**
	 * The feature id for the '<em><b>Code Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__CODE_SCHEME = 10;

	/**
	 * The feature id for the '<em><b>Unit Decimals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__UNIT_DECIMALS = 11;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK__RULES = 12;

	/**
	 * The number of structural features of the '<em>Rule Pack</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Rule Pack</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_PACK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.impl.RuleImpl <em>Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.impl.RuleImpl
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getRule()
	 * @generated
	 */
	int RULE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__ID = 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__ITEM = 1;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__SELECTOR = 2;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__MEASURE = 3;

	/**
	 * The feature id for the '<em><b>Quantity Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__QUANTITY_NAMES = 4;

	/**
	 * The feature id for the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__FORMULA = 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Group By</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__GROUP_BY = 7;

	/**
	 * The feature id for the '<em><b>Density</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__DENSITY = 8;

	/**
	 * The feature id for the '<em><b>Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__TOLERANCE = 9;

	/**
	 * The feature id for the '<em><b>Deduct Openings Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__DEDUCT_OPENINGS_ABOVE = 10;

	/**
	 * The feature id for the '<em><b>Factor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__FACTOR = 11;

	/**
	 * The feature id for the '<em><b>Characteristics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__CHARACTERISTICS = 12;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE__LINE = 13;

	/**
	 * The number of structural features of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.impl.BoqItemImpl <em>Boq Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.impl.BoqItemImpl
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getBoqItem()
	 * @generated
	 */
	int BOQ_ITEM = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOQ_ITEM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOQ_ITEM__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOQ_ITEM__UNIT = 2;

	/**
	 * The number of structural features of the '<em>Boq Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOQ_ITEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Boq Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOQ_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.impl.SelectorImpl <em>Selector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.impl.SelectorImpl
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getSelector()
	 * @generated
	 */
	int SELECTOR = 3;

	/**
	 * The feature id for the '<em><b>Ifc Classes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__IFC_CLASSES = 0;

	/**
	 * The feature id for the '<em><b>Excluded Classes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__EXCLUDED_CLASSES = 1;

	/**
	 * The feature id for the '<em><b>Predefined Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__PREDEFINED_TYPES = 2;

	/**
	 * The feature id for the '<em><b>Object Types</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__OBJECT_TYPES = 3;

	/**
	 * The feature id for the '<em><b>Type Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__TYPE_NAMES = 4;

	/**
	 * The feature id for the '<em><b>Materials</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__MATERIALS = 5;

	/**
	 * The feature id for the '<em><b>Excluded Materials</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__EXCLUDED_MATERIALS = 6;

	/**
	 * The feature id for the '<em><b>Storeys</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__STOREYS = 7;

	/**
	 * The feature id for the '<em><b>Classification Codes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__CLASSIFICATION_CODES = 8;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR__CONDITIONS = 9;

	/**
	 * The number of structural features of the '<em>Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SELECTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.impl.ConditionImpl
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 4;

	/**
	 * The feature id for the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__PROPERTY = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__LINE = 3;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.Measure <em>Measure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.Measure
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 5;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.SourcePreference <em>Source Preference</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.SourcePreference
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getSourcePreference()
	 * @generated
	 */
	int SOURCE_PREFERENCE = 6;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.GroupKey <em>Group Key</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.GroupKey
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getGroupKey()
	 * @generated
	 */
	int GROUP_KEY = 7;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.RoundingPolicy <em>Rounding Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.RoundingPolicy
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getRoundingPolicy()
	 * @generated
	 */
	int ROUNDING_POLICY = 8;

	/**
	 * The meta object id for the '{@link org.bidbench.qto.rules.Operator <em>Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.bidbench.qto.rules.Operator
	 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getOperator()
	 * @generated
	 */
	int OPERATOR = 9;


	/**
	 * Returns the meta object for class '{@link org.bidbench.qto.rules.RulePack <em>Rule Pack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Pack</em>'.
	 * @see org.bidbench.qto.rules.RulePack
	 * @generated
	 */
	EClass getRulePack();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getId()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getName()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getVersion()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getDescription()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Units</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getUnits()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Units();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getRounding <em>Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rounding</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getRounding()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Rounding();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getDecimals <em>Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decimals</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getDecimals()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Decimals();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getTolerance()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Tolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getLocation()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getEdition()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_Edition();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.RulePack#getCodeScheme <em>Code Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code Scheme</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getCodeScheme()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_CodeScheme();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.RulePack#getUnitDecimals <em>Unit Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Unit Decimals</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getUnitDecimals()
	 * @see #getRulePack()
	 * @generated
	 */
	EAttribute getRulePack_UnitDecimals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.qto.rules.RulePack#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.bidbench.qto.rules.RulePack#getRules()
	 * @see #getRulePack()
	 * @generated
	 */
	EReference getRulePack_Rules();

	/**
	 * Returns the meta object for class '{@link org.bidbench.qto.rules.Rule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule</em>'.
	 * @see org.bidbench.qto.rules.Rule
	 * @generated
	 */
	EClass getRule();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.bidbench.qto.rules.Rule#getId()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Id();

	/**
	 * Returns the meta object for the containment reference '{@link org.bidbench.qto.rules.Rule#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Item</em>'.
	 * @see org.bidbench.qto.rules.Rule#getItem()
	 * @see #getRule()
	 * @generated
	 */
	EReference getRule_Item();

	/**
	 * Returns the meta object for the containment reference '{@link org.bidbench.qto.rules.Rule#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Selector</em>'.
	 * @see org.bidbench.qto.rules.Rule#getSelector()
	 * @see #getRule()
	 * @generated
	 */
	EReference getRule_Selector();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.bidbench.qto.rules.Rule#getMeasure()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Measure();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Rule#getQuantityNames <em>Quantity Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Quantity Names</em>'.
	 * @see org.bidbench.qto.rules.Rule#getQuantityNames()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_QuantityNames();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getFormula <em>Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formula</em>'.
	 * @see org.bidbench.qto.rules.Rule#getFormula()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Formula();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.bidbench.qto.rules.Rule#getSource()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Source();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Rule#getGroupBy <em>Group By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Group By</em>'.
	 * @see org.bidbench.qto.rules.Rule#getGroupBy()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_GroupBy();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getDensity <em>Density</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Density</em>'.
	 * @see org.bidbench.qto.rules.Rule#getDensity()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Density();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getTolerance <em>Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tolerance</em>'.
	 * @see org.bidbench.qto.rules.Rule#getTolerance()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Tolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getDeductOpeningsAbove <em>Deduct Openings Above</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deduct Openings Above</em>'.
	 * @see org.bidbench.qto.rules.Rule#getDeductOpeningsAbove()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_DeductOpeningsAbove();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getFactor <em>Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Factor</em>'.
	 * @see org.bidbench.qto.rules.Rule#getFactor()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Factor();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Rule#getCharacteristics <em>Characteristics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Characteristics</em>'.
	 * @see org.bidbench.qto.rules.Rule#getCharacteristics()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Characteristics();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Rule#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.bidbench.qto.rules.Rule#getLine()
	 * @see #getRule()
	 * @generated
	 */
	EAttribute getRule_Line();

	/**
	 * Returns the meta object for class '{@link org.bidbench.qto.rules.BoqItem <em>Boq Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boq Item</em>'.
	 * @see org.bidbench.qto.rules.BoqItem
	 * @generated
	 */
	EClass getBoqItem();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.BoqItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.bidbench.qto.rules.BoqItem#getCode()
	 * @see #getBoqItem()
	 * @generated
	 */
	EAttribute getBoqItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.BoqItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.bidbench.qto.rules.BoqItem#getDescription()
	 * @see #getBoqItem()
	 * @generated
	 */
	EAttribute getBoqItem_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.BoqItem#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.bidbench.qto.rules.BoqItem#getUnit()
	 * @see #getBoqItem()
	 * @generated
	 */
	EAttribute getBoqItem_Unit();

	/**
	 * Returns the meta object for class '{@link org.bidbench.qto.rules.Selector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Selector</em>'.
	 * @see org.bidbench.qto.rules.Selector
	 * @generated
	 */
	EClass getSelector();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getIfcClasses <em>Ifc Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ifc Classes</em>'.
	 * @see org.bidbench.qto.rules.Selector#getIfcClasses()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_IfcClasses();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getExcludedClasses <em>Excluded Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Excluded Classes</em>'.
	 * @see org.bidbench.qto.rules.Selector#getExcludedClasses()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_ExcludedClasses();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getPredefinedTypes <em>Predefined Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Predefined Types</em>'.
	 * @see org.bidbench.qto.rules.Selector#getPredefinedTypes()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_PredefinedTypes();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getObjectTypes <em>Object Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Object Types</em>'.
	 * @see org.bidbench.qto.rules.Selector#getObjectTypes()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_ObjectTypes();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getTypeNames <em>Type Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Type Names</em>'.
	 * @see org.bidbench.qto.rules.Selector#getTypeNames()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_TypeNames();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getMaterials <em>Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Materials</em>'.
	 * @see org.bidbench.qto.rules.Selector#getMaterials()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_Materials();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getExcludedMaterials <em>Excluded Materials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Excluded Materials</em>'.
	 * @see org.bidbench.qto.rules.Selector#getExcludedMaterials()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_ExcludedMaterials();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getStoreys <em>Storeys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Storeys</em>'.
	 * @see org.bidbench.qto.rules.Selector#getStoreys()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_Storeys();

	/**
	 * Returns the meta object for the attribute list '{@link org.bidbench.qto.rules.Selector#getClassificationCodes <em>Classification Codes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Classification Codes</em>'.
	 * @see org.bidbench.qto.rules.Selector#getClassificationCodes()
	 * @see #getSelector()
	 * @generated
	 */
	EAttribute getSelector_ClassificationCodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.bidbench.qto.rules.Selector#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.bidbench.qto.rules.Selector#getConditions()
	 * @see #getSelector()
	 * @generated
	 */
	EReference getSelector_Conditions();

	/**
	 * Returns the meta object for class '{@link org.bidbench.qto.rules.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.bidbench.qto.rules.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Condition#getProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Property</em>'.
	 * @see org.bidbench.qto.rules.Condition#getProperty()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Property();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Condition#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.bidbench.qto.rules.Condition#getOperator()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Condition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.bidbench.qto.rules.Condition#getValue()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.bidbench.qto.rules.Condition#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.bidbench.qto.rules.Condition#getLine()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Line();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.qto.rules.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure</em>'.
	 * @see org.bidbench.qto.rules.Measure
	 * @generated
	 */
	EEnum getMeasure();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.qto.rules.SourcePreference <em>Source Preference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Preference</em>'.
	 * @see org.bidbench.qto.rules.SourcePreference
	 * @generated
	 */
	EEnum getSourcePreference();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.qto.rules.GroupKey <em>Group Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Group Key</em>'.
	 * @see org.bidbench.qto.rules.GroupKey
	 * @generated
	 */
	EEnum getGroupKey();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.qto.rules.RoundingPolicy <em>Rounding Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rounding Policy</em>'.
	 * @see org.bidbench.qto.rules.RoundingPolicy
	 * @generated
	 */
	EEnum getRoundingPolicy();

	/**
	 * Returns the meta object for enum '{@link org.bidbench.qto.rules.Operator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Operator</em>'.
	 * @see org.bidbench.qto.rules.Operator
	 * @generated
	 */
	EEnum getOperator();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RulesFactory getRulesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.impl.RulePackImpl <em>Rule Pack</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.impl.RulePackImpl
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getRulePack()
		 * @generated
		 */
		EClass RULE_PACK = eINSTANCE.getRulePack();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__ID = eINSTANCE.getRulePack_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__NAME = eINSTANCE.getRulePack_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__VERSION = eINSTANCE.getRulePack_Version();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__DESCRIPTION = eINSTANCE.getRulePack_Description();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__UNITS = eINSTANCE.getRulePack_Units();

		/**
		 * The meta object literal for the '<em><b>Rounding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__ROUNDING = eINSTANCE.getRulePack_Rounding();

		/**
		 * The meta object literal for the '<em><b>Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__DECIMALS = eINSTANCE.getRulePack_Decimals();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__TOLERANCE = eINSTANCE.getRulePack_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__LOCATION = eINSTANCE.getRulePack_Location();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__EDITION = eINSTANCE.getRulePack_Edition();

		/**
		 * The meta object literal for the '<em><b>Code Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__CODE_SCHEME = eINSTANCE.getRulePack_CodeScheme();

		/**
		 * The meta object literal for the '<em><b>Unit Decimals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_PACK__UNIT_DECIMALS = eINSTANCE.getRulePack_UnitDecimals();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_PACK__RULES = eINSTANCE.getRulePack_Rules();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.impl.RuleImpl <em>Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.impl.RuleImpl
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getRule()
		 * @generated
		 */
		EClass RULE = eINSTANCE.getRule();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__ID = eINSTANCE.getRule_Id();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE__ITEM = eINSTANCE.getRule_Item();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE__SELECTOR = eINSTANCE.getRule_Selector();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__MEASURE = eINSTANCE.getRule_Measure();

		/**
		 * The meta object literal for the '<em><b>Quantity Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__QUANTITY_NAMES = eINSTANCE.getRule_QuantityNames();

		/**
		 * The meta object literal for the '<em><b>Formula</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__FORMULA = eINSTANCE.getRule_Formula();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__SOURCE = eINSTANCE.getRule_Source();

		/**
		 * The meta object literal for the '<em><b>Group By</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__GROUP_BY = eINSTANCE.getRule_GroupBy();

		/**
		 * The meta object literal for the '<em><b>Density</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__DENSITY = eINSTANCE.getRule_Density();

		/**
		 * The meta object literal for the '<em><b>Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__TOLERANCE = eINSTANCE.getRule_Tolerance();

		/**
		 * The meta object literal for the '<em><b>Deduct Openings Above</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__DEDUCT_OPENINGS_ABOVE = eINSTANCE.getRule_DeductOpeningsAbove();

		/**
		 * The meta object literal for the '<em><b>Factor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__FACTOR = eINSTANCE.getRule_Factor();

		/**
		 * The meta object literal for the '<em><b>Characteristics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__CHARACTERISTICS = eINSTANCE.getRule_Characteristics();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE__LINE = eINSTANCE.getRule_Line();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.impl.BoqItemImpl <em>Boq Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.impl.BoqItemImpl
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getBoqItem()
		 * @generated
		 */
		EClass BOQ_ITEM = eINSTANCE.getBoqItem();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOQ_ITEM__CODE = eINSTANCE.getBoqItem_Code();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOQ_ITEM__DESCRIPTION = eINSTANCE.getBoqItem_Description();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOQ_ITEM__UNIT = eINSTANCE.getBoqItem_Unit();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.impl.SelectorImpl <em>Selector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.impl.SelectorImpl
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getSelector()
		 * @generated
		 */
		EClass SELECTOR = eINSTANCE.getSelector();

		/**
		 * The meta object literal for the '<em><b>Ifc Classes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__IFC_CLASSES = eINSTANCE.getSelector_IfcClasses();

		/**
		 * The meta object literal for the '<em><b>Excluded Classes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__EXCLUDED_CLASSES = eINSTANCE.getSelector_ExcludedClasses();

		/**
		 * The meta object literal for the '<em><b>Predefined Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__PREDEFINED_TYPES = eINSTANCE.getSelector_PredefinedTypes();

		/**
		 * The meta object literal for the '<em><b>Object Types</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__OBJECT_TYPES = eINSTANCE.getSelector_ObjectTypes();

		/**
		 * The meta object literal for the '<em><b>Type Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__TYPE_NAMES = eINSTANCE.getSelector_TypeNames();

		/**
		 * The meta object literal for the '<em><b>Materials</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__MATERIALS = eINSTANCE.getSelector_Materials();

		/**
		 * The meta object literal for the '<em><b>Excluded Materials</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__EXCLUDED_MATERIALS = eINSTANCE.getSelector_ExcludedMaterials();

		/**
		 * The meta object literal for the '<em><b>Storeys</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__STOREYS = eINSTANCE.getSelector_Storeys();

		/**
		 * The meta object literal for the '<em><b>Classification Codes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SELECTOR__CLASSIFICATION_CODES = eINSTANCE.getSelector_ClassificationCodes();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SELECTOR__CONDITIONS = eINSTANCE.getSelector_Conditions();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.impl.ConditionImpl
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Property</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__PROPERTY = eINSTANCE.getCondition_Property();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__OPERATOR = eINSTANCE.getCondition_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__VALUE = eINSTANCE.getCondition_Value();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__LINE = eINSTANCE.getCondition_Line();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.Measure <em>Measure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.Measure
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getMeasure()
		 * @generated
		 */
		EEnum MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.SourcePreference <em>Source Preference</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.SourcePreference
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getSourcePreference()
		 * @generated
		 */
		EEnum SOURCE_PREFERENCE = eINSTANCE.getSourcePreference();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.GroupKey <em>Group Key</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.GroupKey
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getGroupKey()
		 * @generated
		 */
		EEnum GROUP_KEY = eINSTANCE.getGroupKey();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.RoundingPolicy <em>Rounding Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.RoundingPolicy
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getRoundingPolicy()
		 * @generated
		 */
		EEnum ROUNDING_POLICY = eINSTANCE.getRoundingPolicy();

		/**
		 * The meta object literal for the '{@link org.bidbench.qto.rules.Operator <em>Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.bidbench.qto.rules.Operator
		 * @see org.bidbench.qto.rules.impl.RulesPackageImpl#getOperator()
		 * @generated
		 */
		EEnum OPERATOR = eINSTANCE.getOperator();

	}

} //RulesPackage
