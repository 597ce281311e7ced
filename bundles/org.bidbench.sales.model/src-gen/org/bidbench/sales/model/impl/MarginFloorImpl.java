/**
 */
package org.bidbench.sales.model.impl;

import java.math.BigDecimal;

import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Margin Floor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.MarginFloorImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.MarginFloorImpl#getMinimumMarginPercent <em>Minimum Margin Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MarginFloorImpl extends EObjectImpl implements MarginFloor {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumMarginPercent() <em>Minimum Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMarginPercent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal MINIMUM_MARGIN_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinimumMarginPercent() <em>Minimum Margin Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumMarginPercent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal minimumMarginPercent = MINIMUM_MARGIN_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MarginFloorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.MARGIN_FLOOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.MARGIN_FLOOR__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getMinimumMarginPercent() {
		return minimumMarginPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumMarginPercent(BigDecimal newMinimumMarginPercent) {
		BigDecimal oldMinimumMarginPercent = minimumMarginPercent;
		minimumMarginPercent = newMinimumMarginPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT, oldMinimumMarginPercent, minimumMarginPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.MARGIN_FLOOR__CATEGORY:
				return getCategory();
			case SalesPackage.MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT:
				return getMinimumMarginPercent();
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
			case SalesPackage.MARGIN_FLOOR__CATEGORY:
				setCategory((String)newValue);
				return;
			case SalesPackage.MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT:
				setMinimumMarginPercent((BigDecimal)newValue);
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
			case SalesPackage.MARGIN_FLOOR__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case SalesPackage.MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT:
				setMinimumMarginPercent(MINIMUM_MARGIN_PERCENT_EDEFAULT);
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
			case SalesPackage.MARGIN_FLOOR__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case SalesPackage.MARGIN_FLOOR__MINIMUM_MARGIN_PERCENT:
				return MINIMUM_MARGIN_PERCENT_EDEFAULT == null ? minimumMarginPercent != null : !MINIMUM_MARGIN_PERCENT_EDEFAULT.equals(minimumMarginPercent);
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
		result.append(" (category: ");
		result.append(category);
		result.append(", minimumMarginPercent: ");
		result.append(minimumMarginPercent);
		result.append(')');
		return result.toString();
	}

} //MarginFloorImpl
