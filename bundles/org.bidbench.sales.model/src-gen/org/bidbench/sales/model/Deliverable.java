/**
 */
package org.bidbench.sales.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document the process asks for, such as a requirements analysis report or a technical solution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getType <em>Type</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getReviewedAt <em>Reviewed At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getLocation <em>Location</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getReviewComment <em>Review Comment</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Deliverable#getGate <em>Gate</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getDeliverable()
 * @model
 * @generated
 */
public interface Deliverable extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_Author()
	 * @model
	 * @generated
	 */
	Employee getAuthor();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Employee value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_SubmittedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.DeliverableStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.DeliverableStatus
	 * @see #setStatus(DeliverableStatus)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_Status()
	 * @model
	 * @generated
	 */
	DeliverableStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.DeliverableStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DeliverableStatus value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_Reviewer()
	 * @model
	 * @generated
	 */
	Employee getReviewer();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Employee value);

	/**
	 * Returns the value of the '<em><b>Reviewed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewed At</em>' attribute.
	 * @see #setReviewedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_ReviewedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getReviewedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getReviewedAt <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed At</em>' attribute.
	 * @see #getReviewedAt()
	 * @generated
	 */
	void setReviewedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the document lives (path or URL).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Review Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the reviewer said on accepting or returning the deliverable; required when it is returned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Review Comment</em>' attribute.
	 * @see #setReviewComment(String)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_ReviewComment()
	 * @model
	 * @generated
	 */
	String getReviewComment();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getReviewComment <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Review Comment</em>' attribute.
	 * @see #getReviewComment()
	 * @generated
	 */
	void setReviewComment(String value);

	/**
	 * Returns the value of the '<em><b>Gate</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gate of the process this deliverable was submitted for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gate</em>' reference.
	 * @see #setGate(Gate)
	 * @see org.bidbench.sales.model.SalesPackage#getDeliverable_Gate()
	 * @model
	 * @generated
	 */
	Gate getGate();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Deliverable#getGate <em>Gate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gate</em>' reference.
	 * @see #getGate()
	 * @generated
	 */
	void setGate(Gate value);

} // Deliverable
