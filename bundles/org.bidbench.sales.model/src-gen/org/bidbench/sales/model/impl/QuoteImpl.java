/**
 */
package org.bidbench.sales.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.PaymentShare;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getReleasedAt <em>Released At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getPreviousRevision <em>Previous Revision</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getNextRevision <em>Next Revision</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getTaxRatePercent <em>Tax Rate Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getDiscountPercent <em>Discount Percent</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getTermsTemplate <em>Terms Template</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getTermsText <em>Terms Text</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getPaymentSchedule <em>Payment Schedule</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteImpl#getExclusions <em>Exclusions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuoteImpl extends IdentifiedImpl implements Quote {
	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected int revision = REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final QuoteStatus STATUS_EDEFAULT = QuoteStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected QuoteStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "CNY";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReleasedAt() <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RELEASED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReleasedAt() <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant releasedAt = RELEASED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Employee author;

	/**
	 * The default value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validUntil = VALID_UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreviousRevision() <em>Previous Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousRevision()
	 * @generated
	 * @ordered
	 */
	protected Quote previousRevision;

	/**
	 * The cached value of the '{@link #getNextRevision() <em>Next Revision</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextRevision()
	 * @generated
	 * @ordered
	 */
	protected Quote nextRevision;

	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<QuoteLine> lines;

	/**
	 * The cached value of the '{@link #getApprovals() <em>Approvals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovals()
	 * @generated
	 * @ordered
	 */
	protected EList<Approval> approvals;

	/**
	 * The default value of the '{@link #getTaxRatePercent() <em>Tax Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaxRatePercent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TAX_RATE_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTaxRatePercent() <em>Tax Rate Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaxRatePercent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal taxRatePercent = TAX_RATE_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscountPercent() <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountPercent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DISCOUNT_PERCENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscountPercent() <em>Discount Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscountPercent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal discountPercent = DISCOUNT_PERCENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<QuoteFlag> flags;

	/**
	 * The default value of the '{@link #getTermsTemplate() <em>Terms Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermsTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TERMS_TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTermsTemplate() <em>Terms Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermsTemplate()
	 * @generated
	 * @ordered
	 */
	protected String termsTemplate = TERMS_TEMPLATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTermsText() <em>Terms Text</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTermsText()
	 * @generated
	 * @ordered
	 */
	protected EList<String> termsText;

	/**
	 * The cached value of the '{@link #getPaymentSchedule() <em>Payment Schedule</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPaymentSchedule()
	 * @generated
	 * @ordered
	 */
	protected EList<PaymentShare> paymentSchedule;

	/**
	 * The cached value of the '{@link #getExclusions() <em>Exclusions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> exclusions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.QUOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevision() {
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(int newRevision) {
		int oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuoteStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(QuoteStatus newStatus) {
		QuoteStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReleasedAt() {
		return releasedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleasedAt(Instant newReleasedAt) {
		Instant oldReleasedAt = releasedAt;
		releasedAt = newReleasedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__RELEASED_AT, oldReleasedAt, releasedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getAuthor() {
		if (author != null && author.eIsProxy()) {
			InternalEObject oldAuthor = (InternalEObject)author;
			author = (Employee)eResolveProxy(oldAuthor);
			if (author != oldAuthor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.QUOTE__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Employee newAuthor) {
		Employee oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidUntil() {
		return validUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidUntil(LocalDate newValidUntil) {
		LocalDate oldValidUntil = validUntil;
		validUntil = newValidUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__VALID_UNTIL, oldValidUntil, validUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quote getPreviousRevision() {
		if (previousRevision != null && previousRevision.eIsProxy()) {
			InternalEObject oldPreviousRevision = (InternalEObject)previousRevision;
			previousRevision = (Quote)eResolveProxy(oldPreviousRevision);
			if (previousRevision != oldPreviousRevision) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.QUOTE__PREVIOUS_REVISION, oldPreviousRevision, previousRevision));
			}
		}
		return previousRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quote basicGetPreviousRevision() {
		return previousRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreviousRevision(Quote newPreviousRevision, NotificationChain msgs) {
		Quote oldPreviousRevision = previousRevision;
		previousRevision = newPreviousRevision;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__PREVIOUS_REVISION, oldPreviousRevision, newPreviousRevision);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousRevision(Quote newPreviousRevision) {
		if (newPreviousRevision != previousRevision) {
			NotificationChain msgs = null;
			if (previousRevision != null)
				msgs = ((InternalEObject)previousRevision).eInverseRemove(this, SalesPackage.QUOTE__NEXT_REVISION, Quote.class, msgs);
			if (newPreviousRevision != null)
				msgs = ((InternalEObject)newPreviousRevision).eInverseAdd(this, SalesPackage.QUOTE__NEXT_REVISION, Quote.class, msgs);
			msgs = basicSetPreviousRevision(newPreviousRevision, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__PREVIOUS_REVISION, newPreviousRevision, newPreviousRevision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quote getNextRevision() {
		if (nextRevision != null && nextRevision.eIsProxy()) {
			InternalEObject oldNextRevision = (InternalEObject)nextRevision;
			nextRevision = (Quote)eResolveProxy(oldNextRevision);
			if (nextRevision != oldNextRevision) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.QUOTE__NEXT_REVISION, oldNextRevision, nextRevision));
			}
		}
		return nextRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quote basicGetNextRevision() {
		return nextRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNextRevision(Quote newNextRevision, NotificationChain msgs) {
		Quote oldNextRevision = nextRevision;
		nextRevision = newNextRevision;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__NEXT_REVISION, oldNextRevision, newNextRevision);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextRevision(Quote newNextRevision) {
		if (newNextRevision != nextRevision) {
			NotificationChain msgs = null;
			if (nextRevision != null)
				msgs = ((InternalEObject)nextRevision).eInverseRemove(this, SalesPackage.QUOTE__PREVIOUS_REVISION, Quote.class, msgs);
			if (newNextRevision != null)
				msgs = ((InternalEObject)newNextRevision).eInverseAdd(this, SalesPackage.QUOTE__PREVIOUS_REVISION, Quote.class, msgs);
			msgs = basicSetNextRevision(newNextRevision, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__NEXT_REVISION, newNextRevision, newNextRevision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuoteLine> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList.Resolving<QuoteLine>(QuoteLine.class, this, SalesPackage.QUOTE__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Approval> getApprovals() {
		if (approvals == null) {
			approvals = new EObjectContainmentEList.Resolving<Approval>(Approval.class, this, SalesPackage.QUOTE__APPROVALS);
		}
		return approvals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTaxRatePercent() {
		return taxRatePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaxRatePercent(BigDecimal newTaxRatePercent) {
		BigDecimal oldTaxRatePercent = taxRatePercent;
		taxRatePercent = newTaxRatePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__TAX_RATE_PERCENT, oldTaxRatePercent, taxRatePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDiscountPercent() {
		return discountPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscountPercent(BigDecimal newDiscountPercent) {
		BigDecimal oldDiscountPercent = discountPercent;
		discountPercent = newDiscountPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__DISCOUNT_PERCENT, oldDiscountPercent, discountPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuoteFlag> getFlags() {
		if (flags == null) {
			flags = new EObjectContainmentEList.Resolving<QuoteFlag>(QuoteFlag.class, this, SalesPackage.QUOTE__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTermsTemplate() {
		return termsTemplate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTermsTemplate(String newTermsTemplate) {
		String oldTermsTemplate = termsTemplate;
		termsTemplate = newTermsTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE__TERMS_TEMPLATE, oldTermsTemplate, termsTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTermsText() {
		if (termsText == null) {
			termsText = new EDataTypeUniqueEList<String>(String.class, this, SalesPackage.QUOTE__TERMS_TEXT);
		}
		return termsText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PaymentShare> getPaymentSchedule() {
		if (paymentSchedule == null) {
			paymentSchedule = new EObjectContainmentEList.Resolving<PaymentShare>(PaymentShare.class, this, SalesPackage.QUOTE__PAYMENT_SCHEDULE);
		}
		return paymentSchedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExclusions() {
		if (exclusions == null) {
			exclusions = new EDataTypeUniqueEList<String>(String.class, this, SalesPackage.QUOTE__EXCLUSIONS);
		}
		return exclusions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean supersededHasSuccessor(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.supersededHasSuccessor(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean linesInQuoteCurrency(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.bidbench.sales.model.constraints.SalesConstraints.linesInQuoteCurrency(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SalesPackage.QUOTE__PREVIOUS_REVISION:
				if (previousRevision != null)
					msgs = ((InternalEObject)previousRevision).eInverseRemove(this, SalesPackage.QUOTE__NEXT_REVISION, Quote.class, msgs);
				return basicSetPreviousRevision((Quote)otherEnd, msgs);
			case SalesPackage.QUOTE__NEXT_REVISION:
				if (nextRevision != null)
					msgs = ((InternalEObject)nextRevision).eInverseRemove(this, SalesPackage.QUOTE__PREVIOUS_REVISION, Quote.class, msgs);
				return basicSetNextRevision((Quote)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SalesPackage.QUOTE__PREVIOUS_REVISION:
				return basicSetPreviousRevision(null, msgs);
			case SalesPackage.QUOTE__NEXT_REVISION:
				return basicSetNextRevision(null, msgs);
			case SalesPackage.QUOTE__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
			case SalesPackage.QUOTE__APPROVALS:
				return ((InternalEList<?>)getApprovals()).basicRemove(otherEnd, msgs);
			case SalesPackage.QUOTE__FLAGS:
				return ((InternalEList<?>)getFlags()).basicRemove(otherEnd, msgs);
			case SalesPackage.QUOTE__PAYMENT_SCHEDULE:
				return ((InternalEList<?>)getPaymentSchedule()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.QUOTE__REVISION:
				return getRevision();
			case SalesPackage.QUOTE__STATUS:
				return getStatus();
			case SalesPackage.QUOTE__CURRENCY:
				return getCurrency();
			case SalesPackage.QUOTE__CREATED_AT:
				return getCreatedAt();
			case SalesPackage.QUOTE__RELEASED_AT:
				return getReleasedAt();
			case SalesPackage.QUOTE__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
			case SalesPackage.QUOTE__VALID_UNTIL:
				return getValidUntil();
			case SalesPackage.QUOTE__PREVIOUS_REVISION:
				if (resolve) return getPreviousRevision();
				return basicGetPreviousRevision();
			case SalesPackage.QUOTE__NEXT_REVISION:
				if (resolve) return getNextRevision();
				return basicGetNextRevision();
			case SalesPackage.QUOTE__LINES:
				return getLines();
			case SalesPackage.QUOTE__APPROVALS:
				return getApprovals();
			case SalesPackage.QUOTE__TAX_RATE_PERCENT:
				return getTaxRatePercent();
			case SalesPackage.QUOTE__DISCOUNT_PERCENT:
				return getDiscountPercent();
			case SalesPackage.QUOTE__FLAGS:
				return getFlags();
			case SalesPackage.QUOTE__TERMS_TEMPLATE:
				return getTermsTemplate();
			case SalesPackage.QUOTE__TERMS_TEXT:
				return getTermsText();
			case SalesPackage.QUOTE__PAYMENT_SCHEDULE:
				return getPaymentSchedule();
			case SalesPackage.QUOTE__EXCLUSIONS:
				return getExclusions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SalesPackage.QUOTE__REVISION:
				setRevision((Integer)newValue);
				return;
			case SalesPackage.QUOTE__STATUS:
				setStatus((QuoteStatus)newValue);
				return;
			case SalesPackage.QUOTE__CURRENCY:
				setCurrency((String)newValue);
				return;
			case SalesPackage.QUOTE__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case SalesPackage.QUOTE__RELEASED_AT:
				setReleasedAt((Instant)newValue);
				return;
			case SalesPackage.QUOTE__AUTHOR:
				setAuthor((Employee)newValue);
				return;
			case SalesPackage.QUOTE__VALID_UNTIL:
				setValidUntil((LocalDate)newValue);
				return;
			case SalesPackage.QUOTE__PREVIOUS_REVISION:
				setPreviousRevision((Quote)newValue);
				return;
			case SalesPackage.QUOTE__NEXT_REVISION:
				setNextRevision((Quote)newValue);
				return;
			case SalesPackage.QUOTE__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends QuoteLine>)newValue);
				return;
			case SalesPackage.QUOTE__APPROVALS:
				getApprovals().clear();
				getApprovals().addAll((Collection<? extends Approval>)newValue);
				return;
			case SalesPackage.QUOTE__TAX_RATE_PERCENT:
				setTaxRatePercent((BigDecimal)newValue);
				return;
			case SalesPackage.QUOTE__DISCOUNT_PERCENT:
				setDiscountPercent((BigDecimal)newValue);
				return;
			case SalesPackage.QUOTE__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends QuoteFlag>)newValue);
				return;
			case SalesPackage.QUOTE__TERMS_TEMPLATE:
				setTermsTemplate((String)newValue);
				return;
			case SalesPackage.QUOTE__TERMS_TEXT:
				getTermsText().clear();
				getTermsText().addAll((Collection<? extends String>)newValue);
				return;
			case SalesPackage.QUOTE__PAYMENT_SCHEDULE:
				getPaymentSchedule().clear();
				getPaymentSchedule().addAll((Collection<? extends PaymentShare>)newValue);
				return;
			case SalesPackage.QUOTE__EXCLUSIONS:
				getExclusions().clear();
				getExclusions().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SalesPackage.QUOTE__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case SalesPackage.QUOTE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SalesPackage.QUOTE__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case SalesPackage.QUOTE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case SalesPackage.QUOTE__RELEASED_AT:
				setReleasedAt(RELEASED_AT_EDEFAULT);
				return;
			case SalesPackage.QUOTE__AUTHOR:
				setAuthor((Employee)null);
				return;
			case SalesPackage.QUOTE__VALID_UNTIL:
				setValidUntil(VALID_UNTIL_EDEFAULT);
				return;
			case SalesPackage.QUOTE__PREVIOUS_REVISION:
				setPreviousRevision((Quote)null);
				return;
			case SalesPackage.QUOTE__NEXT_REVISION:
				setNextRevision((Quote)null);
				return;
			case SalesPackage.QUOTE__LINES:
				getLines().clear();
				return;
			case SalesPackage.QUOTE__APPROVALS:
				getApprovals().clear();
				return;
			case SalesPackage.QUOTE__TAX_RATE_PERCENT:
				setTaxRatePercent(TAX_RATE_PERCENT_EDEFAULT);
				return;
			case SalesPackage.QUOTE__DISCOUNT_PERCENT:
				setDiscountPercent(DISCOUNT_PERCENT_EDEFAULT);
				return;
			case SalesPackage.QUOTE__FLAGS:
				getFlags().clear();
				return;
			case SalesPackage.QUOTE__TERMS_TEMPLATE:
				setTermsTemplate(TERMS_TEMPLATE_EDEFAULT);
				return;
			case SalesPackage.QUOTE__TERMS_TEXT:
				getTermsText().clear();
				return;
			case SalesPackage.QUOTE__PAYMENT_SCHEDULE:
				getPaymentSchedule().clear();
				return;
			case SalesPackage.QUOTE__EXCLUSIONS:
				getExclusions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SalesPackage.QUOTE__REVISION:
				return revision != REVISION_EDEFAULT;
			case SalesPackage.QUOTE__STATUS:
				return status != STATUS_EDEFAULT;
			case SalesPackage.QUOTE__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case SalesPackage.QUOTE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case SalesPackage.QUOTE__RELEASED_AT:
				return RELEASED_AT_EDEFAULT == null ? releasedAt != null : !RELEASED_AT_EDEFAULT.equals(releasedAt);
			case SalesPackage.QUOTE__AUTHOR:
				return author != null;
			case SalesPackage.QUOTE__VALID_UNTIL:
				return VALID_UNTIL_EDEFAULT == null ? validUntil != null : !VALID_UNTIL_EDEFAULT.equals(validUntil);
			case SalesPackage.QUOTE__PREVIOUS_REVISION:
				return previousRevision != null;
			case SalesPackage.QUOTE__NEXT_REVISION:
				return nextRevision != null;
			case SalesPackage.QUOTE__LINES:
				return lines != null && !lines.isEmpty();
			case SalesPackage.QUOTE__APPROVALS:
				return approvals != null && !approvals.isEmpty();
			case SalesPackage.QUOTE__TAX_RATE_PERCENT:
				return TAX_RATE_PERCENT_EDEFAULT == null ? taxRatePercent != null : !TAX_RATE_PERCENT_EDEFAULT.equals(taxRatePercent);
			case SalesPackage.QUOTE__DISCOUNT_PERCENT:
				return DISCOUNT_PERCENT_EDEFAULT == null ? discountPercent != null : !DISCOUNT_PERCENT_EDEFAULT.equals(discountPercent);
			case SalesPackage.QUOTE__FLAGS:
				return flags != null && !flags.isEmpty();
			case SalesPackage.QUOTE__TERMS_TEMPLATE:
				return TERMS_TEMPLATE_EDEFAULT == null ? termsTemplate != null : !TERMS_TEMPLATE_EDEFAULT.equals(termsTemplate);
			case SalesPackage.QUOTE__TERMS_TEXT:
				return termsText != null && !termsText.isEmpty();
			case SalesPackage.QUOTE__PAYMENT_SCHEDULE:
				return paymentSchedule != null && !paymentSchedule.isEmpty();
			case SalesPackage.QUOTE__EXCLUSIONS:
				return exclusions != null && !exclusions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SalesPackage.QUOTE___SUPERSEDED_HAS_SUCCESSOR__DIAGNOSTICCHAIN_MAP:
				return supersededHasSuccessor((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SalesPackage.QUOTE___LINES_IN_QUOTE_CURRENCY__DIAGNOSTICCHAIN_MAP:
				return linesInQuoteCurrency((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (revision: ");
		result.append(revision);
		result.append(", status: ");
		result.append(status);
		result.append(", currency: ");
		result.append(currency);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", releasedAt: ");
		result.append(releasedAt);
		result.append(", validUntil: ");
		result.append(validUntil);
		result.append(", taxRatePercent: ");
		result.append(taxRatePercent);
		result.append(", discountPercent: ");
		result.append(discountPercent);
		result.append(", termsTemplate: ");
		result.append(termsTemplate);
		result.append(", termsText: ");
		result.append(termsText);
		result.append(", exclusions: ");
		result.append(exclusions);
		result.append(')');
		return result.toString();
	}

} //QuoteImpl
