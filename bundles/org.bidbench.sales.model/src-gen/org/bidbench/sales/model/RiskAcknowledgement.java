/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Acknowledgement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person has seen a risk flag and says what is done about it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.RiskAcknowledgement#getFlagKey <em>Flag Key</em>}</li>
 *   <li>{@link org.bidbench.sales.model.RiskAcknowledgement#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 *   <li>{@link org.bidbench.sales.model.RiskAcknowledgement#getAt <em>At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.RiskAcknowledgement#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getRiskAcknowledgement()
 * @model
 * @generated
 */
public interface RiskAcknowledgement extends EObject {
	/**
	 * Returns the value of the '<em><b>Flag Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable key of the flag (its kind and what it is about), e.g. overdue-gate/gate-requirements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flag Key</em>' attribute.
	 * @see #setFlagKey(String)
	 * @see org.bidbench.sales.model.SalesPackage#getRiskAcknowledgement_FlagKey()
	 * @model
	 * @generated
	 */
	String getFlagKey();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.RiskAcknowledgement#getFlagKey <em>Flag Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flag Key</em>' attribute.
	 * @see #getFlagKey()
	 * @generated
	 */
	void setFlagKey(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledged By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged By</em>' reference.
	 * @see #setAcknowledgedBy(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getRiskAcknowledgement_AcknowledgedBy()
	 * @model
	 * @generated
	 */
	Employee getAcknowledgedBy();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.RiskAcknowledgement#getAcknowledgedBy <em>Acknowledged By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged By</em>' reference.
	 * @see #getAcknowledgedBy()
	 * @generated
	 */
	void setAcknowledgedBy(Employee value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getRiskAcknowledgement_At()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.RiskAcknowledgement#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.bidbench.sales.model.SalesPackage#getRiskAcknowledgement_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.RiskAcknowledgement#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // RiskAcknowledgement
