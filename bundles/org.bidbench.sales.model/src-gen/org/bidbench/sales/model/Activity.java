/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A visit, call, meeting or demo with its minutes and follow-up tasks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Activity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Activity#getAt <em>At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Activity#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Activity#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Activity#getParticipants <em>Participants</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Activity#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Activity#getFollowUps <em>Follow Ups</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.ActivityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.bidbench.sales.model.ActivityKind
	 * @see #setKind(ActivityKind)
	 * @see org.bidbench.sales.model.SalesPackage#getActivity_Kind()
	 * @model
	 * @generated
	 */
	ActivityKind getKind();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Activity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.bidbench.sales.model.ActivityKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActivityKind value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getActivity_At()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Activity#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.bidbench.sales.model.SalesPackage#getActivity_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Activity#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(String)
	 * @see org.bidbench.sales.model.SalesPackage#getActivity_Minutes()
	 * @model
	 * @generated
	 */
	String getMinutes();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Activity#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(String value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Employee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getActivity_Participants()
	 * @model
	 * @generated
	 */
	EList<Employee> getParticipants();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getActivity_Contacts()
	 * @model
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Follow Ups</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.FollowUpTask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Ups</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getActivity_FollowUps()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<FollowUpTask> getFollowUps();

} // Activity
