/**
 */
package org.bidbench.sales.model;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One revision of a quote; revisions are linked into a lineage and never changed once released.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.Quote#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getReleasedAt <em>Released At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getPreviousRevision <em>Previous Revision</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getNextRevision <em>Next Revision</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getLines <em>Lines</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getTaxRatePercent <em>Tax Rate Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getTermsTemplate <em>Terms Template</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getTermsText <em>Terms Text</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getPaymentSchedule <em>Payment Schedule</em>}</li>
 *   <li>{@link org.bidbench.sales.model.Quote#getExclusions <em>Exclusions</em>}</li>
 * </ul>
 *
 * @see org.bidbench.sales.model.SalesPackage#getQuote()
 * @model
 * @generated
 */
public interface Quote extends Identified {
	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(int)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Revision()
	 * @model
	 * @generated
	 */
	int getRevision();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.bidbench.sales.model.QuoteStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.QuoteStatus
	 * @see #setStatus(QuoteStatus)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Status()
	 * @model
	 * @generated
	 */
	QuoteStatus getStatus();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.bidbench.sales.model.QuoteStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(QuoteStatus value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"CNY"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Currency()
	 * @model default="CNY"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_CreatedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Released At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Released At</em>' attribute.
	 * @see #setReleasedAt(Instant)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_ReleasedAt()
	 * @model dataType="org.bidbench.sales.model.Instant"
	 * @generated
	 */
	Instant getReleasedAt();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getReleasedAt <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Released At</em>' attribute.
	 * @see #getReleasedAt()
	 * @generated
	 */
	void setReleasedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Employee)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Author()
	 * @model
	 * @generated
	 */
	Employee getAuthor();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Employee value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(LocalDate)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_ValidUntil()
	 * @model dataType="org.bidbench.sales.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidUntil();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Previous Revision</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.bidbench.sales.model.Quote#getNextRevision <em>Next Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The revision this one was made from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Previous Revision</em>' reference.
	 * @see #setPreviousRevision(Quote)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_PreviousRevision()
	 * @see org.bidbench.sales.model.Quote#getNextRevision
	 * @model opposite="nextRevision"
	 * @generated
	 */
	Quote getPreviousRevision();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getPreviousRevision <em>Previous Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Revision</em>' reference.
	 * @see #getPreviousRevision()
	 * @generated
	 */
	void setPreviousRevision(Quote value);

	/**
	 * Returns the value of the '<em><b>Next Revision</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.bidbench.sales.model.Quote#getPreviousRevision <em>Previous Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Revision</em>' reference.
	 * @see #setNextRevision(Quote)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_NextRevision()
	 * @see org.bidbench.sales.model.Quote#getPreviousRevision
	 * @model opposite="previousRevision"
	 * @generated
	 */
	Quote getNextRevision();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getNextRevision <em>Next Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Revision</em>' reference.
	 * @see #getNextRevision()
	 * @generated
	 */
	void setNextRevision(Quote value);

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.QuoteLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Lines()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<QuoteLine> getLines();

	/**
	 * Returns the value of the '<em><b>Approvals</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.Approval}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approvals</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Approvals()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Approval> getApprovals();

	/**
	 * Returns the value of the '<em><b>Tax Rate Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VAT rate of the quote in percent, as quoted; null for the standard terms' rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tax Rate Percent</em>' attribute.
	 * @see #setTaxRatePercent(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_TaxRatePercent()
	 * @model
	 * @generated
	 */
	BigDecimal getTaxRatePercent();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getTaxRatePercent <em>Tax Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tax Rate Percent</em>' attribute.
	 * @see #getTaxRatePercent()
	 * @generated
	 */
	void setTaxRatePercent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Discount Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Discount on the whole quote in percent (on top of line discounts), as quoted; null for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Discount Percent</em>' attribute.
	 * @see #setDiscountPercent(BigDecimal)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_DiscountPercent()
	 * @model
	 * @generated
	 */
	BigDecimal getDiscountPercent();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getDiscountPercent <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discount Percent</em>' attribute.
	 * @see #getDiscountPercent()
	 * @generated
	 */
	void setDiscountPercent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.QuoteFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the take-off flagged on the elements this revision prices; an unacknowledged error blocks the release.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Flags()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<QuoteFlag> getFlags();

	/**
	 * Returns the value of the '<em><b>Terms Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the terms template the revision was quoted under; null for the standard terms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terms Template</em>' attribute.
	 * @see #setTermsTemplate(String)
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_TermsTemplate()
	 * @model
	 * @generated
	 */
	String getTermsTemplate();

	/**
	 * Sets the value of the '{@link org.bidbench.sales.model.Quote#getTermsTemplate <em>Terms Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Terms Template</em>' attribute.
	 * @see #getTermsTemplate()
	 * @generated
	 */
	void setTermsTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Terms Text</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The terms paragraphs as quoted, in the quote's language.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terms Text</em>' attribute list.
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_TermsText()
	 * @model
	 * @generated
	 */
	EList<String> getTermsText();

	/**
	 * Returns the value of the '<em><b>Payment Schedule</b></em>' containment reference list.
	 * The list contents are of type {@link org.bidbench.sales.model.PaymentShare}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposed payment schedule as quoted; the shares add up to 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payment Schedule</em>' containment reference list.
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_PaymentSchedule()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<PaymentShare> getPaymentSchedule();

	/**
	 * Returns the value of the '<em><b>Exclusions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the price leaves out on purpose, in words: the take-off's exclusions and unmatched elements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusions</em>' attribute list.
	 * @see org.bidbench.sales.model.SalesPackage#getQuote_Exclusions()
	 * @model
	 * @generated
	 */
	EList<String> getExclusions();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean supersededHasSuccessor(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean linesInQuoteCurrency(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Quote
