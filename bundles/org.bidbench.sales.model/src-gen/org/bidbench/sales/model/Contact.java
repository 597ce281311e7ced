/**
 */
package org.bidbench.sales.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person at the customer and the part they play in the buying decision (the decision chain).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Contact#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contact#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contact#getEmail <em>Email</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contact#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contact#getBuyingRole <em>Buying Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Contact#getAttitude <em>Attitude</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getContact()
 * @model
 * @generated
 */
public interface Contact extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getContact_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contact#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bidbench.sales.model.SalesPackage#getContact_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contact#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.bidbench.sales.model.SalesPackage#getContact_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contact#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.bidbench.sales.model.SalesPackage#getContact_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contact#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Buying Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.BuyingRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buying Role</em>' attribute.
	 * @see org.bidbench.sales.model.BuyingRole
	 * @see #setBuyingRole(BuyingRole)
	 * @see org.bidbench.sales.model.SalesPackage#getContact_BuyingRole()
	 * @model
	 * @generated
	 */
	BuyingRole getBuyingRole();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contact#getBuyingRole <em>Buying Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buying Role</em>' attribute.
	 * @see org.bidbench.sales.model.BuyingRole
	 * @see #getBuyingRole()
	 * @generated
	 */
	void setBuyingRole(BuyingRole value);

	/**
	 * Returns the value of the '<em><b>Attitude</b></em>' attribute.
	 * The default value is <code>"neutral"</code>.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.Attitude}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attitude</em>' attribute.
	 * @see org.bidbench.sales.model.Attitude
	 * @see #setAttitude(Attitude)
	 * @see org.bidbench.sales.model.SalesPackage#getContact_Attitude()
	 * @model default="neutral"
	 * @generated
	 */
	Attitude getAttitude();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Contact#getAttitude <em>Attitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attitude</em>' attribute.
	 * @see org.bidbench.sales.model.Attitude
	 * @see #getAttitude()
	 * @generated
	 */
	void setAttitude(Attitude value);

} // Contact
