/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Follow Up Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task agreed in an activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.FollowUpTask#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.FollowUpTask#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link org.bidbench.sales.model.FollowUpTask#getDue <em>Due</em>}</li>
 *   <li>{@link org.bidbench.sales.model.FollowUpTask#isDone <em>Done</em>}</li>
 *   <li>{@link org.bidbench.sales.model.FollowUpTask#getDoneAt <em>Done At</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getFollowUpTask()
 * @model
 * @generated
 */
public interface FollowUpTask extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bidbench.sales.model.SalesPackage#getFollowUpTask_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.FollowUpTask#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee</em>' reference.
	 * @see #setAssignee(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getFollowUpTask_Assignee()
	 * @model
	 * @generated
	 */
	Employee getAssignee();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.FollowUpTask#getAssignee <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' reference.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(Employee value);

	/**
	 * Returns the value of the '<em><b>Due</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due</em>' attribute.
	 * @see #setDue(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getFollowUpTask_Due()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getDue();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.FollowUpTask#getDue <em>Due</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due</em>' attribute.
	 * @see #getDue()
	 * @generated
	 */
	void setDue(Instant value);

	/**
	 * Returns the value of the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done</em>' attribute.
	 * @see #setDone(boolean)
	 * @see org.bidbench.sales.model.SalesPackage#getFollowUpTask_Done()
	 * @model
	 * @generated
	 */
	boolean isDone();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.FollowUpTask#isDone <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done</em>' attribute.
	 * @see #isDone()
	 * @generated
	 */
	void setDone(boolean value);

	/**
	 * Returns the value of the '<em><b>Done At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Done At</em>' attribute.
	 * @see #setDoneAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getFollowUpTask_DoneAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getDoneAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.FollowUpTask#getDoneAt <em>Done At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Done At</em>' attribute.
	 * @see #getDoneAt()
	 * @generated
	 */
	void setDoneAt(Instant value);

} // FollowUpTask
