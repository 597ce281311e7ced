/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quote Flag</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A take-off flag carried onto a quote revision; the technical reviewer acknowledges it with a comment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getGlobalId <em>Global Id</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getLineKey <em>Line Key</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getMessage <em>Message</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#isAcknowledged <em>Acknowledged</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getComment <em>Comment</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 *   <li>{@link org.bidbench.sales.model.QuoteFlag#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag()
 * @model
 * @generated
 */
public interface QuoteFlag extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The take-off flag kind, e.g. missing-quantity, unit-suspicious, double-count, source-mismatch, unmatched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.FlagSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.bidbench.sales.model.FlagSeverity
	 * @see #setSeverity(FlagSeverity)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_Severity()
	 * @model
	 * @generated
	 */
	FlagSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.bidbench.sales.model.FlagSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(FlagSeverity value);

	/**
	 * Returns the value of the '<em><b>Global Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Global Id</em>' attribute.
	 * @see #setGlobalId(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_GlobalId()
	 * @model
	 * @generated
	 */
	String getGlobalId();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getGlobalId <em>Global Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Global Id</em>' attribute.
	 * @see #getGlobalId()
	 * @generated
	 */
	void setGlobalId(String value);

	/**
	 * Returns the value of the '<em><b>Line Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quote line the flagged element feeds; null when it feeds none (unmatched, no quantity).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Key</em>' attribute.
	 * @see #setLineKey(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_LineKey()
	 * @model
	 * @generated
	 */
	String getLineKey();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getLineKey <em>Line Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Key</em>' attribute.
	 * @see #getLineKey()
	 * @generated
	 */
	void setLineKey(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged</em>' attribute.
	 * @see #setAcknowledged(boolean)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_Acknowledged()
	 * @model
	 * @generated
	 */
	boolean isAcknowledged();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#isAcknowledged <em>Acknowledged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged</em>' attribute.
	 * @see #isAcknowledged()
	 * @generated
	 */
	void setAcknowledged(boolean value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Acknowledged By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged By</em>' reference.
	 * @see #setAcknowledgedBy(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_AcknowledgedBy()
	 * @model
	 * @generated
	 */
	Employee getAcknowledgedBy();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getAcknowledgedBy <em>Acknowledged By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged By</em>' reference.
	 * @see #getAcknowledgedBy()
	 * @generated
	 */
	void setAcknowledgedBy(Employee value);

	/**
	 * Returns the value of the '<em><b>Acknowledged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acknowledged At</em>' attribute.
	 * @see #setAcknowledgedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getQuoteFlag_AcknowledgedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getAcknowledgedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.QuoteFlag#getAcknowledgedAt <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acknowledged At</em>' attribute.
	 * @see #getAcknowledgedAt()
	 * @generated
	 */
	void setAcknowledgedAt(Instant value);

} // QuoteFlag
