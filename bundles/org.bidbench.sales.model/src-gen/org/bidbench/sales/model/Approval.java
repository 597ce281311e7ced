/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A verdict of one role on a quote revision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Approval#getRole <em>Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Approval#getApprover <em>Approver</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Approval#getAt <em>At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Approval#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Approval#getComment <em>Comment</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Approval#getLines <em>Lines</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Approval#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getApproval()
 * @model
 * @generated
 */
public interface Approval extends EObject {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.EmployeeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #setRole(EmployeeRole)
	 * @see org.bidbench.sales.model.SalesPackage#getApproval_Role()
	 * @model
	 * @generated
	 */
	EmployeeRole getRole();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Approval#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(EmployeeRole value);

	/**
	 * Returns the value of the '<em><b>Approver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approver</em>' reference.
	 * @see #setApprover(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getApproval_Approver()
	 * @model
	 * @generated
	 */
	Employee getApprover();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Approval#getApprover <em>Approver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' reference.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(Employee value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getApproval_At()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Approval#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.bidbench.sales.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.bidbench.sales.model.SalesPackage#getApproval_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Approval#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.bidbench.sales.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.bidbench.sales.model.SalesPackage#getApproval_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Approval#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.QuoteLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The lines this approval covers; all lines when it was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lines</em>' reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getApproval_Lines()
	 * @model
	 * @generated
	 */
	EList<QuoteLine> getLines();

	/**
	 * Returns the value of the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when copied from the previous revision for lines that did not change.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carried Over</em>' attribute.
	 * @see #setCarriedOver(boolean)
	 * @see org.bidbench.sales.model.SalesPackage#getApproval_CarriedOver()
	 * @model
	 * @generated
	 */
	boolean isCarriedOver();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Approval#isCarriedOver <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carried Over</em>' attribute.
	 * @see #isCarriedOver()
	 * @generated
	 */
	void setCarriedOver(boolean value);

} // Approval
