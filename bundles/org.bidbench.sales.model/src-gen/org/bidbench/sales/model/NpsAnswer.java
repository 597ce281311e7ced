/**
 */
package org.bidbench.sales.model;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Nps Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One answer to the Net Promoter Score survey.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.NpsAnswer#getCustomer <em>Customer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.NpsAnswer#getContact <em>Contact</em>}</li>
 *   <li>{@link org.bidbench.sales.model.NpsAnswer#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.NpsAnswer#getAnsweredOn <em>Answered On</em>}</li>
 *   <li>{@link org.bidbench.sales.model.NpsAnswer#getScore <em>Score</em>}</li>
 *   <li>{@link org.bidbench.sales.model.NpsAnswer#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getNpsAnswer()
 * @model
 * @generated
 */
public interface NpsAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Customer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer</em>' reference.
	 * @see #setCustomer(Customer)
	 * @see org.bidbench.sales.model.SalesPackage#getNpsAnswer_Customer()
	 * @model required="true"
	 * @generated
	 */
	Customer getCustomer();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.NpsAnswer#getCustomer <em>Customer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer</em>' reference.
	 * @see #getCustomer()
	 * @generated
	 */
	void setCustomer(Customer value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Contact)
	 * @see org.bidbench.sales.model.SalesPackage#getNpsAnswer_Contact()
	 * @model
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.NpsAnswer#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Opportunity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opportunity</em>' reference.
	 * @see #setOpportunity(Opportunity)
	 * @see org.bidbench.sales.model.SalesPackage#getNpsAnswer_Opportunity()
	 * @model
	 * @generated
	 */
	Opportunity getOpportunity();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.NpsAnswer#getOpportunity <em>Opportunity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opportunity</em>' reference.
	 * @see #getOpportunity()
	 * @generated
	 */
	void setOpportunity(Opportunity value);

	/**
	 * Returns the value of the '<em><b>Answered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answered On</em>' attribute.
	 * @see #setAnsweredOn(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getNpsAnswer_AnsweredOn()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getAnsweredOn();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.NpsAnswer#getAnsweredOn <em>Answered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answered On</em>' attribute.
	 * @see #getAnsweredOn()
	 * @generated
	 */
	void setAnsweredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0-10: how likely the customer is to recommend us.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(int)
	 * @see org.bidbench.sales.model.SalesPackage#getNpsAnswer_Score()
	 * @model
	 * @generated
	 */
	int getScore();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.NpsAnswer#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(int value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.bidbench.sales.model.SalesPackage#getNpsAnswer_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.NpsAnswer#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean scoreInRange(DiagnosticChain diagnostics, Map<Object, Object> context);

} // NpsAnswer
