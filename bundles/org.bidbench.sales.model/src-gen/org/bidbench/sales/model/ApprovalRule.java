/**
 */
package org.bidbench.sales.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An approval a quote revision needs before it may be released.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.ApprovalRule#getRole <em>Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.ApprovalRule#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.bidbench.sales.model.ApprovalRule#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.bidbench.sales.model.ApprovalRule#getDiscountAbove <em>Discount Above</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getApprovalRule()
 * @model
 * @generated
 */
public interface ApprovalRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.EmployeeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #setRole(EmployeeRole)
	 * @see org.bidbench.sales.model.SalesPackage#getApprovalRule_Role()
	 * @model
	 * @generated
	 */
	EmployeeRole getRole();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ApprovalRule#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(EmployeeRole value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.bidbench.sales.model.SalesPackage#getApprovalRule_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ApprovalRule#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Approvals with a lower sequence come first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(int)
	 * @see org.bidbench.sales.model.SalesPackage#getApprovalRule_Sequence()
	 * @model
	 * @generated
	 */
	int getSequence();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ApprovalRule#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(int value);

	/**
	 * Returns the value of the '<em><b>Discount Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the rule applies only if some line's discount in percent exceeds this value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount Above</em>' attribute.
	 * @see #setDiscountAbove(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getApprovalRule_DiscountAbove()
	 * @model
	 * @generated
	 */
	BigDecimal getDiscountAbove();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.ApprovalRule#getDiscountAbove <em>Discount Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount Above</em>' attribute.
	 * @see #getDiscountAbove()
	 * @generated
	 */
	void setDiscountAbove(BigDecimal value);

} // ApprovalRule
