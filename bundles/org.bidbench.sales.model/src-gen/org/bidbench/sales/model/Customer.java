/**
 */
package org.bidbench.sales.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Customer#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Customer#getIndustry <em>Industry</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Customer#getRegion <em>Region</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Customer#getTier <em>Tier</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Customer#getContacts <em>Contacts</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getCustomer()
 * @model
 * @generated
 */
public interface Customer extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getCustomer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Customer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Industry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Industry</em>' attribute.
	 * @see #setIndustry(String)
	 * @see org.bidbench.sales.model.SalesPackage#getCustomer_Industry()
	 * @model
	 * @generated
	 */
	String getIndustry();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Customer#getIndustry <em>Industry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Industry</em>' attribute.
	 * @see #getIndustry()
	 * @generated
	 */
	void setIndustry(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.bidbench.sales.model.SalesPackage#getCustomer_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Customer#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.CustomerTier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see org.bidbench.sales.model.CustomerTier
	 * @see #setTier(CustomerTier)
	 * @see org.bidbench.sales.model.SalesPackage#getCustomer_Tier()
	 * @model
	 * @generated
	 */
	CustomerTier getTier();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Customer#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see org.bidbench.sales.model.CustomerTier
	 * @see #getTier()
	 * @generated
	 */
	void setTier(CustomerTier value);

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getCustomer_Contacts()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Contact> getContacts();

} // Customer
