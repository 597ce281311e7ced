/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lead</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An unqualified sign of possible business: where it came from and who follows it up.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Lead#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getSource <em>Source</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getRegion <em>Region</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Lead#getDropReason <em>Drop Reason</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getLead()
 * @model
 * @generated
 */
public interface Lead extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_CreatedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.LeadStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.LeadStatus
	 * @see #setStatus(LeadStatus)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_Status()
	 * @model
	 * @generated
	 */
	LeadStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.LeadStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(LeadStatus value);

	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_Customer()
	 * @model
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_Owner()
	 * @model
	 * @generated
	 */
	Employee getOwner();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Employee value);

	/**
	 * Returns the value of the '<em><b>Opportunity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opportunity this lead became, once qualified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunity</em>' reference.
	 * @see #setOpportunity(Opportunity)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_Opportunity()
	 * @model
	 * @generated
	 */
	Opportunity getOpportunity();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getOpportunity <em>Opportunity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opportunity</em>' reference.
	 * @see #getOpportunity()
	 * @generated
	 */
	void setOpportunity(Opportunity value);

	/**
	 * Returns the value of the '<em><b>Drop Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the lead was dropped (status discarded): no budget, no fit, went elsewhere...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drop Reason</em>' attribute.
	 * @see #setDropReason(String)
	 * @see org.bidbench.sales.model.SalesPackage#getLead_DropReason()
	 * @model
	 * @generated
	 */
	String getDropReason();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Lead#getDropReason <em>Drop Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drop Reason</em>' attribute.
	 * @see #getDropReason()
	 * @generated
	 */
	void setDropReason(String value);

} // Lead
