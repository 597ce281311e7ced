/**
 */
package org.bidbench.sales.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Employee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person of our firm who sells, designs, costs, approves or delivers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Employee#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Employee#getRole <em>Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Employee#getRegion <em>Region</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Employee#getEmail <em>Email</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Employee#getTeam <em>Team</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getEmployee()
 * @model
 * @generated
 */
public interface Employee extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getEmployee_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Employee#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.EmployeeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #setRole(EmployeeRole)
	 * @see org.bidbench.sales.model.SalesPackage#getEmployee_Role()
	 * @model
	 * @generated
	 */
	EmployeeRole getRole();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Employee#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(EmployeeRole value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.bidbench.sales.model.SalesPackage#getEmployee_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Employee#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.bidbench.sales.model.SalesPackage#getEmployee_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Employee#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sales team the employee belongs to, for KPIs by team.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Team</em>' attribute.
	 * @see #setTeam(String)
	 * @see org.bidbench.sales.model.SalesPackage#getEmployee_Team()
	 * @model
	 * @generated
	 */
	String getTeam();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Employee#getTeam <em>Team</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' attribute.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(String value);

} // Employee
