/**
 */
package org.bidbench.sales.model.impl;

import java.math.BigDecimal;

import org.bidbench.sales.model.KpiTarget;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.KpiTargetImpl#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.KpiTargetImpl#getPeriodLength <em>Period Length</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.KpiTargetImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiTargetImpl extends EObjectImpl implements KpiTarget {
	/**
	 * The default value of the '{@link #getKpi() <em>Kpi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpi()
	 * @generated
	 * @ordered
	 */
	protected static final String KPI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKpi() <em>Kpi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpi()
	 * @generated
	 * @ordered
	 */
	protected String kpi = KPI_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodLength() <em>Period Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodLength()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_LENGTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodLength() <em>Period Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodLength()
	 * @generated
	 * @ordered
	 */
	protected String periodLength = PERIOD_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.KPI_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKpi() {
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpi(String newKpi) {
		String oldKpi = kpi;
		kpi = newKpi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.KPI_TARGET__KPI, oldKpi, kpi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriodLength() {
		return periodLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodLength(String newPeriodLength) {
		String oldPeriodLength = periodLength;
		periodLength = newPeriodLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.KPI_TARGET__PERIOD_LENGTH, oldPeriodLength, periodLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(BigDecimal newValue) {
		BigDecimal oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.KPI_TARGET__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.KPI_TARGET__KPI:
				return getKpi();
			case SalesPackage.KPI_TARGET__PERIOD_LENGTH:
				return getPeriodLength();
			case SalesPackage.KPI_TARGET__VALUE:
				return getValue();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SalesPackage.KPI_TARGET__KPI:
				setKpi((String)newValue);
				return;
			case SalesPackage.KPI_TARGET__PERIOD_LENGTH:
				setPeriodLength((String)newValue);
				return;
			case SalesPackage.KPI_TARGET__VALUE:
				setValue((BigDecimal)newValue);
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
			case SalesPackage.KPI_TARGET__KPI:
				setKpi(KPI_EDEFAULT);
				return;
			case SalesPackage.KPI_TARGET__PERIOD_LENGTH:
				setPeriodLength(PERIOD_LENGTH_EDEFAULT);
				return;
			case SalesPackage.KPI_TARGET__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case SalesPackage.KPI_TARGET__KPI:
				return KPI_EDEFAULT == null ? kpi != null : !KPI_EDEFAULT.equals(kpi);
			case SalesPackage.KPI_TARGET__PERIOD_LENGTH:
				return PERIOD_LENGTH_EDEFAULT == null ? periodLength != null : !PERIOD_LENGTH_EDEFAULT.equals(periodLength);
			case SalesPackage.KPI_TARGET__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (kpi: ");
		result.append(kpi);
		result.append(", periodLength: ");
		result.append(periodLength);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //KpiTargetImpl
