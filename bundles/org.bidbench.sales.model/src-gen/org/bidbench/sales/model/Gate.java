/**
 */
package org.bidbench.sales.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A required deliverable or condition with a responsible role and a deadline relative to an event.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Gate#getName <em>Name</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Gate#getDescription <em>Description</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Gate#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Gate#getDeliverableType <em>Deliverable Type</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Gate#getResponsibleRole <em>Responsible Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Gate#getReviewerRole <em>Reviewer Role</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Gate#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Gate#getDeadlineHours <em>Deadline Hours</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getGate()
 * @model
 * @generated
 */
public interface Gate extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.GateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.bidbench.sales.model.GateKind
	 * @see #setKind(GateKind)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_Kind()
	 * @model
	 * @generated
	 */
	GateKind getKind();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.bidbench.sales.model.GateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GateKind value);

	/**
	 * Returns the value of the '<em><b>Deliverable Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For deliverable gates: the type of deliverable that meets the gate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deliverable Type</em>' attribute.
	 * @see #setDeliverableType(String)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_DeliverableType()
	 * @model
	 * @generated
	 */
	String getDeliverableType();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getDeliverableType <em>Deliverable Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliverable Type</em>' attribute.
	 * @see #getDeliverableType()
	 * @generated
	 */
	void setDeliverableType(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.EmployeeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #setResponsibleRole(EmployeeRole)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_ResponsibleRole()
	 * @model
	 * @generated
	 */
	EmployeeRole getResponsibleRole();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getResponsibleRole <em>Responsible Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #getResponsibleRole()
	 * @generated
	 */
	void setResponsibleRole(EmployeeRole value);

	/**
	 * Returns the value of the '<em><b>Reviewer Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.EmployeeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the deliverable must be accepted by someone of this role.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #isSetReviewerRole()
	 * @see #unsetReviewerRole()
	 * @see #setReviewerRole(EmployeeRole)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_ReviewerRole()
	 * @model unsettable="true"
	 * @generated
	 */
	EmployeeRole getReviewerRole();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getReviewerRole <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Role</em>' attribute.
	 * @see org.bidbench.sales.model.EmployeeRole
	 * @see #isSetReviewerRole()
	 * @see #unsetReviewerRole()
	 * @see #getReviewerRole()
	 * @generated
	 */
	void setReviewerRole(EmployeeRole value);

	/**
	 * Unsets the value of the '{@link org.bidbench.sales.model.Gate#getReviewerRole <em>Reviewer Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReviewerRole()
	 * @see #getReviewerRole()
	 * @see #setReviewerRole(EmployeeRole)
	 * @generated
	 */
	void unsetReviewerRole();

	/**
	 * Returns whether the value of the '{@link org.bidbench.sales.model.Gate#getReviewerRole <em>Reviewer Role</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Reviewer Role</em>' attribute is set.
	 * @see #unsetReviewerRole()
	 * @see #getReviewerRole()
	 * @see #setReviewerRole(EmployeeRole)
	 * @generated
	 */
	boolean isSetReviewerRole();

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.GateEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The event the deadline counts from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see org.bidbench.sales.model.GateEvent
	 * @see #setAnchor(GateEvent)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_Anchor()
	 * @model
	 * @generated
	 */
	GateEvent getAnchor();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see org.bidbench.sales.model.GateEvent
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(GateEvent value);

	/**
	 * Returns the value of the '<em><b>Deadline Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hours after the anchor event by which the gate must be met; 0 means no deadline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline Hours</em>' attribute.
	 * @see #setDeadlineHours(int)
	 * @see org.bidbench.sales.model.SalesPackage#getGate_DeadlineHours()
	 * @model
	 * @generated
	 */
	int getDeadlineHours();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Gate#getDeadlineHours <em>Deadline Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline Hours</em>' attribute.
	 * @see #getDeadlineHours()
	 * @generated
	 */
	void setDeadlineHours(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean deadlineNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean deliverableGateNamesType(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Gate
