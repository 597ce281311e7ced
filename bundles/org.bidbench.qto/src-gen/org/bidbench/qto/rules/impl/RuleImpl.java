/**
 */
package org.bidbench.qto.rules.impl;

import java.util.Collection;

import org.bidbench.qto.rules.BoqItem;
import org.bidbench.qto.rules.GroupKey;
import org.bidbench.qto.rules.Measure;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulesPackage;
import org.bidbench.qto.rules.Selector;
import org.bidbench.qto.rules.SourcePreference;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getItem <em>Item</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getQuantityNames <em>Quantity Names</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getFormula <em>Formula</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getGroupBy <em>Group By</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getDensity <em>Density</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getTolerance <em>Tolerance</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getDeductOpeningsAbove <em>Deduct Openings Above</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getFactor <em>Factor</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getCharacteristics <em>Characteristics</em>}</li>
 *   <li>{@link org.bidbench.qto.rules.impl.RuleImpl#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleImpl extends EObjectImpl implements Rule {
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
	 * The cached value of the '{@link #getItem() <em>Item</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected BoqItem item;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected Selector selector;

	/**
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final Measure MEASURE_EDEFAULT = Measure.COUNT;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected Measure measure = MEASURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuantityNames() <em>Quantity Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantityNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> quantityNames;

	/**
	 * The default value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMULA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected String formula = FORMULA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final SourcePreference SOURCE_EDEFAULT = SourcePreference.AUTHORED_THEN_COMPUTED;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected SourcePreference source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGroupBy() <em>Group By</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupBy()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupKey> groupBy;

	/**
	 * The default value of the '{@link #getDensity() <em>Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDensity()
	 * @generated
	 * @ordered
	 */
	protected static final double DENSITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDensity() <em>Density</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDensity()
	 * @generated
	 * @ordered
	 */
	protected double density = DENSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTolerance() <em>Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double TOLERANCE_EDEFAULT = -1.0;

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
	 * The default value of the '{@link #getDeductOpeningsAbove() <em>Deduct Openings Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductOpeningsAbove()
	 * @generated
	 * @ordered
	 */
	protected static final double DEDUCT_OPENINGS_ABOVE_EDEFAULT = -1.0;

	/**
	 * The cached value of the '{@link #getDeductOpeningsAbove() <em>Deduct Openings Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductOpeningsAbove()
	 * @generated
	 * @ordered
	 */
	protected double deductOpeningsAbove = DEDUCT_OPENINGS_ABOVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFactor() <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double FACTOR_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getFactor() <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactor()
	 * @generated
	 * @ordered
	 */
	protected double factor = FACTOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCharacteristics() <em>Characteristics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCharacteristics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> characteristics;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoqItem getItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetItem(BoqItem newItem, NotificationChain msgs) {
		BoqItem oldItem = item;
		item = newItem;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__ITEM, oldItem, newItem);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(BoqItem newItem) {
		if (newItem != item) {
			NotificationChain msgs = null;
			if (item != null)
				msgs = ((InternalEObject)item).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE__ITEM, null, msgs);
			if (newItem != null)
				msgs = ((InternalEObject)newItem).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE__ITEM, null, msgs);
			msgs = basicSetItem(newItem, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__ITEM, newItem, newItem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Selector getSelector() {
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSelector(Selector newSelector, NotificationChain msgs) {
		Selector oldSelector = selector;
		selector = newSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__SELECTOR, oldSelector, newSelector);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelector(Selector newSelector) {
		if (newSelector != selector) {
			NotificationChain msgs = null;
			if (selector != null)
				msgs = ((InternalEObject)selector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE__SELECTOR, null, msgs);
			if (newSelector != null)
				msgs = ((InternalEObject)newSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE__SELECTOR, null, msgs);
			msgs = basicSetSelector(newSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__SELECTOR, newSelector, newSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(Measure newMeasure) {
		Measure oldMeasure = measure;
		measure = newMeasure == null ? MEASURE_EDEFAULT : newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getQuantityNames() {
		if (quantityNames == null) {
			quantityNames = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.RULE__QUANTITY_NAMES);
		}
		return quantityNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormula() {
		return formula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormula(String newFormula) {
		String oldFormula = formula;
		formula = newFormula;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__FORMULA, oldFormula, formula));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourcePreference getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(SourcePreference newSource) {
		SourcePreference oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupKey> getGroupBy() {
		if (groupBy == null) {
			groupBy = new EDataTypeUniqueEList<GroupKey>(GroupKey.class, this, RulesPackage.RULE__GROUP_BY);
		}
		return groupBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDensity() {
		return density;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDensity(double newDensity) {
		double oldDensity = density;
		density = newDensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__DENSITY, oldDensity, density));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__TOLERANCE, oldTolerance, tolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeductOpeningsAbove() {
		return deductOpeningsAbove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeductOpeningsAbove(double newDeductOpeningsAbove) {
		double oldDeductOpeningsAbove = deductOpeningsAbove;
		deductOpeningsAbove = newDeductOpeningsAbove;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__DEDUCT_OPENINGS_ABOVE, oldDeductOpeningsAbove, deductOpeningsAbove));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFactor() {
		return factor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFactor(double newFactor) {
		double oldFactor = factor;
		factor = newFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__FACTOR, oldFactor, factor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCharacteristics() {
		if (characteristics == null) {
			characteristics = new EDataTypeUniqueEList<String>(String.class, this, RulesPackage.RULE__CHARACTERISTICS);
		}
		return characteristics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RulesPackage.RULE__ITEM:
				return basicSetItem(null, msgs);
			case RulesPackage.RULE__SELECTOR:
				return basicSetSelector(null, msgs);
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
			case RulesPackage.RULE__ID:
				return getId();
			case RulesPackage.RULE__ITEM:
				return getItem();
			case RulesPackage.RULE__SELECTOR:
				return getSelector();
			case RulesPackage.RULE__MEASURE:
				return getMeasure();
			case RulesPackage.RULE__QUANTITY_NAMES:
				return getQuantityNames();
			case RulesPackage.RULE__FORMULA:
				return getFormula();
			case RulesPackage.RULE__SOURCE:
				return getSource();
			case RulesPackage.RULE__GROUP_BY:
				return getGroupBy();
			case RulesPackage.RULE__DENSITY:
				return getDensity();
			case RulesPackage.RULE__TOLERANCE:
				return getTolerance();
			case RulesPackage.RULE__DEDUCT_OPENINGS_ABOVE:
				return getDeductOpeningsAbove();
			case RulesPackage.RULE__FACTOR:
				return getFactor();
			case RulesPackage.RULE__CHARACTERISTICS:
				return getCharacteristics();
			case RulesPackage.RULE__LINE:
				return getLine();
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
			case RulesPackage.RULE__ID:
				setId((String)newValue);
				return;
			case RulesPackage.RULE__ITEM:
				setItem((BoqItem)newValue);
				return;
			case RulesPackage.RULE__SELECTOR:
				setSelector((Selector)newValue);
				return;
			case RulesPackage.RULE__MEASURE:
				setMeasure((Measure)newValue);
				return;
			case RulesPackage.RULE__QUANTITY_NAMES:
				getQuantityNames().clear();
				getQuantityNames().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.RULE__FORMULA:
				setFormula((String)newValue);
				return;
			case RulesPackage.RULE__SOURCE:
				setSource((SourcePreference)newValue);
				return;
			case RulesPackage.RULE__GROUP_BY:
				getGroupBy().clear();
				getGroupBy().addAll((Collection<? extends GroupKey>)newValue);
				return;
			case RulesPackage.RULE__DENSITY:
				setDensity((Double)newValue);
				return;
			case RulesPackage.RULE__TOLERANCE:
				setTolerance((Double)newValue);
				return;
			case RulesPackage.RULE__DEDUCT_OPENINGS_ABOVE:
				setDeductOpeningsAbove((Double)newValue);
				return;
			case RulesPackage.RULE__FACTOR:
				setFactor((Double)newValue);
				return;
			case RulesPackage.RULE__CHARACTERISTICS:
				getCharacteristics().clear();
				getCharacteristics().addAll((Collection<? extends String>)newValue);
				return;
			case RulesPackage.RULE__LINE:
				setLine((Integer)newValue);
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
			case RulesPackage.RULE__ID:
				setId(ID_EDEFAULT);
				return;
			case RulesPackage.RULE__ITEM:
				setItem((BoqItem)null);
				return;
			case RulesPackage.RULE__SELECTOR:
				setSelector((Selector)null);
				return;
			case RulesPackage.RULE__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case RulesPackage.RULE__QUANTITY_NAMES:
				getQuantityNames().clear();
				return;
			case RulesPackage.RULE__FORMULA:
				setFormula(FORMULA_EDEFAULT);
				return;
			case RulesPackage.RULE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case RulesPackage.RULE__GROUP_BY:
				getGroupBy().clear();
				return;
			case RulesPackage.RULE__DENSITY:
				setDensity(DENSITY_EDEFAULT);
				return;
			case RulesPackage.RULE__TOLERANCE:
				setTolerance(TOLERANCE_EDEFAULT);
				return;
			case RulesPackage.RULE__DEDUCT_OPENINGS_ABOVE:
				setDeductOpeningsAbove(DEDUCT_OPENINGS_ABOVE_EDEFAULT);
				return;
			case RulesPackage.RULE__FACTOR:
				setFactor(FACTOR_EDEFAULT);
				return;
			case RulesPackage.RULE__CHARACTERISTICS:
				getCharacteristics().clear();
				return;
			case RulesPackage.RULE__LINE:
				setLine(LINE_EDEFAULT);
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
			case RulesPackage.RULE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RulesPackage.RULE__ITEM:
				return item != null;
			case RulesPackage.RULE__SELECTOR:
				return selector != null;
			case RulesPackage.RULE__MEASURE:
				return measure != MEASURE_EDEFAULT;
			case RulesPackage.RULE__QUANTITY_NAMES:
				return quantityNames != null && !quantityNames.isEmpty();
			case RulesPackage.RULE__FORMULA:
				return FORMULA_EDEFAULT == null ? formula != null : !FORMULA_EDEFAULT.equals(formula);
			case RulesPackage.RULE__SOURCE:
				return source != SOURCE_EDEFAULT;
			case RulesPackage.RULE__GROUP_BY:
				return groupBy != null && !groupBy.isEmpty();
			case RulesPackage.RULE__DENSITY:
				return density != DENSITY_EDEFAULT;
			case RulesPackage.RULE__TOLERANCE:
				return tolerance != TOLERANCE_EDEFAULT;
			case RulesPackage.RULE__DEDUCT_OPENINGS_ABOVE:
				return deductOpeningsAbove != DEDUCT_OPENINGS_ABOVE_EDEFAULT;
			case RulesPackage.RULE__FACTOR:
				return factor != FACTOR_EDEFAULT;
			case RulesPackage.RULE__CHARACTERISTICS:
				return characteristics != null && !characteristics.isEmpty();
			case RulesPackage.RULE__LINE:
				return line != LINE_EDEFAULT;
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
		result.append(", measure: ");
		result.append(measure);
		result.append(", quantityNames: ");
		result.append(quantityNames);
		result.append(", formula: ");
		result.append(formula);
		result.append(", source: ");
		result.append(source);
		result.append(", groupBy: ");
		result.append(groupBy);
		result.append(", density: ");
		result.append(density);
		result.append(", tolerance: ");
		result.append(tolerance);
		result.append(", deductOpeningsAbove: ");
		result.append(deductOpeningsAbove);
		result.append(", factor: ");
		result.append(factor);
		result.append(", characteristics: ");
		result.append(characteristics);
		result.append(", line: ");
		result.append(line);
		result.append(')');
		return result.toString();
	}

} //RuleImpl
