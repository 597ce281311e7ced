/**
 */
package org.bidbench.qto.rules.impl;

import java.util.Collection;

import org.bidbench.qto.rules.RoundingPolicy;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.qto.rules.RulesPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule Pack</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getUnits <em>Units</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getEdition <em>Edition</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getCodeScheme <em>Code Scheme</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getUnitDecimals <em>Unit Decimals</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RulePackImpl#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RulePackImpl extends EObjectImpl implements RulePack {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected static final String UNITS_EDEFAULT = "SI";

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected String units = UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRounding() <em>Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounding()
	 * @generated
	 * @ordered
	 */
	protected static final RoundingPolicy ROUNDING_EDEFAULT = RoundingPolicy.PER_LINE;

	/**
	 * The cached value of the '{@link #getRounding() <em>Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounding()
	 * @generated
	 * @ordered
	 */
	protected RoundingPolicy rounding = ROUNDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected static final int DECIMALS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getDecimals() <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecimals()
	 * @generated
	 * @ordered
	 */
	protected int decimals = DECIMALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double TOLERANCE_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected double tolerance = TOLERANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected static final String EDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEdition() <em>Edition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdition()
	 * @generated
	 * @ordered
	 */
	protected String edition = EDITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCodeScheme() <em>Code Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeScheme()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_SCHEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCodeScheme() <em>Code Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeScheme()
	 * @generated
	 * @ordered
	 */
	protected String codeScheme = CODE_SCHEME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnitDecimals() <em>Unit Decimals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitDecimals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> unitDecimals;

	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<Rule> rules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RulePackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.RULE_PACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__ID, oldId, id));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnits() {
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnits(String newUnits) {
		String oldUnits = units;
		units = newUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__UNITS, oldUnits, units));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoundingPolicy getRounding() {
		return rounding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRounding(RoundingPolicy newRounding) {
		RoundingPolicy oldRounding = rounding;
		rounding = newRounding == null ? ROUNDING_EDEFAULT : newRounding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__ROUNDING, oldRounding, rounding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecimals() {
		return decimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecimals(int newDecimals) {
		int oldDecimals = decimals;
		decimals = newDecimals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__DECIMALS, oldDecimals, decimals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTolerance() {
		return tolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTolerance(double newTolerance) {
		double oldTolerance = tolerance;
		tolerance = newTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEdition() {
		return edition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEdition(String newEdition) {
		String oldEdition = edition;
		edition = newEdition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__EDITION, oldEdition, edition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCodeScheme() {
		return codeScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeScheme(String newCodeScheme) {
		String oldCodeScheme = codeScheme;
		codeScheme = newCodeScheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_PACK__CODE_SCHEME, oldCodeScheme, codeScheme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUnitDecimals() {
		if (unitDecimals == null) {
			unitDecimals = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.RULE_PACK__UNIT_DECIMALS);
		}
		return unitDecimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<Rule>(Rule.class, this, RulesPackage.RULE_PACK__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RulesPackage.RULE_PACK__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case RulesPackage.RULE_PACK__ID:
				return getId();
			case RulesPackage.RULE_PACK__NAME:
				return getName();
			case RulesPackage.RULE_PACK__VERSION:
				return getVersion();
			case RulesPackage.RULE_PACK__DESCRIPTION:
				return getDescription();
			case RulesPackage.RULE_PACK__UNITS:
				return getUnits();
			case RulesPackage.RULE_PACK__ROUNDING:
				return getRounding();
			case RulesPackage.RULE_PACK__DECIMALS:
				return getDecimals();
			case RulesPackage.RULE_PACK__TOLERANCE:
				return getTolerance();
			case RulesPackage.RULE_PACK__LOCATION:
				return getLocation();
			case RulesPackage.RULE_PACK__EDITION:
				return getEdition();
			case RulesPackage.RULE_PACK__CODE_SCHEME:
				return getCodeScheme();
			case RulesPackage.RULE_PACK__UNIT_DECIMALS:
				return getUnitDecimals();
			case RulesPackage.RULE_PACK__RULES:
				return getRules();
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
			case RulesPackage.RULE_PACK__ID:
				setId((String)newValue);
				return;
			case RulesPackage.RULE_PACK__NAME:
				setName((String)newValue);
				return;
			case RulesPackage.RULE_PACK__VERSION:
				setVersion((String)newValue);
				return;
			case RulesPackage.RULE_PACK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RulesPackage.RULE_PACK__UNITS:
				setUnits((String)newValue);
				return;
			case RulesPackage.RULE_PACK__ROUNDING:
				setRounding((RoundingPolicy)newValue);
				return;
			case RulesPackage.RULE_PACK__DECIMALS:
				setDecimals((Integer)newValue);
				return;
			case RulesPackage.RULE_PACK__TOLERANCE:
				setTolerance((Double)newValue);
				return;
			case RulesPackage.RULE_PACK__LOCATION:
				setLocation((String)newValue);
				return;
			case RulesPackage.RULE_PACK__EDITION:
				setEdition((String)newValue);
				return;
			case RulesPackage.RULE_PACK__CODE_SCHEME:
				setCodeScheme((String)newValue);
				return;
			case RulesPackage.RULE_PACK__UNIT_DECIMALS:
				getUnitDecimals().clear();
				getUnitDecimals().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.RULE_PACK__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends Rule>)newValue);
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
			case RulesPackage.RULE_PACK__ID:
				setId(ID_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__UNITS:
				setUnits(UNITS_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__ROUNDING:
				setRounding(ROUNDING_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__DECIMALS:
				setDecimals(DECIMALS_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__EDITION:
				setEdition(EDITION_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__CODE_SCHEME:
				setCodeScheme(CODE_SCHEME_EDEFAULT);
				return;
			case RulesPackage.RULE_PACK__UNIT_DECIMALS:
				getUnitDecimals().clear();
				return;
			case RulesPackage.RULE_PACK__RULES:
				getRules().clear();
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
			case RulesPackage.RULE_PACK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RulesPackage.RULE_PACK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RulesPackage.RULE_PACK__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case RulesPackage.RULE_PACK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RulesPackage.RULE_PACK__UNITS:
				return UNITS_EDEFAULT == null ? units != null : !UNITS_EDEFAULT.equals(units);
			case RulesPackage.RULE_PACK__ROUNDING:
				return rounding != ROUNDING_EDEFAULT;
			case RulesPackage.RULE_PACK__DECIMALS:
				return decimals != DECIMALS_EDEFAULT;
			case RulesPackage.RULE_PACK__TOLERANCE:
				return tolerance != TOLERANCE_EDEFAULT;
			case RulesPackage.RULE_PACK__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case RulesPackage.RULE_PACK__EDITION:
				return EDITION_EDEFAULT == null ? edition != null : !EDITION_EDEFAULT.equals(edition);
			case RulesPackage.RULE_PACK__CODE_SCHEME:
				return CODE_SCHEME_EDEFAULT == null ? codeScheme != null : !CODE_SCHEME_EDEFAULT.equals(codeScheme);
			case RulesPackage.RULE_PACK__UNIT_DECIMALS:
				return unitDecimals != null && !unitDecimals.isEmpty();
			case RulesPackage.RULE_PACK__RULES:
				return rules != null && !rules.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", version: ");
		result.append(version);
		result.append(", description: ");
		result.append(description);
		result.append(", units: ");
		result.append(units);
		result.append(", rounding: ");
		result.append(rounding);
		result.append(", decimals: ");
		result.append(decimals);
		result.append(", tolerance: ");
		result.append(tolerance);
		result.append(", location: ");
		result.append(location);
		result.append(", edition: ");
		result.append(edition);
		result.append(", codeScheme: ");
		result.append(codeScheme);
		result.append(", unitDecimals: ");
		result.append(unitDecimals);
		result.append(')');
		return result.toString();
	}

} //RulePackImpl
