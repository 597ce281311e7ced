/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getReviewedAt <em>Reviewed At</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getReviewComment <em>Review Comment</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.DeliverableImpl#getGate <em>Gate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeliverableImpl extends IdentifiedImpl implements Deliverable {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SUBMITTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DeliverableStatus STATUS_EDEFAULT = DeliverableStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DeliverableStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewer() <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewer()
	 * @generated
	 * @ordered
	 */
	protected Employee reviewer;

	/**
	 * The default value of the '{@link #getReviewedAt() <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REVIEWED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewedAt() <em>Reviewed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant reviewedAt = REVIEWED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEW_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewComment() <em>Review Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComment()
	 * @generated
	 * @ordered
	 */
	protected String reviewComment = REVIEW_COMMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGate() <em>Gate</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGate()
	 * @generated
	 * @ordered
	 */
	protected Gate gate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeliverableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.DELIVERABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__TITLE, oldTitle, title));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.DELIVERABLE__AUTHOR, oldAuthor, author));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSubmittedAt() {
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(Instant newSubmittedAt) {
		Instant oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliverableStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DeliverableStatus newStatus) {
		DeliverableStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getReviewer() {
		if (reviewer != null && reviewer.eIsProxy()) {
			InternalEObject oldReviewer = (InternalEObject)reviewer;
			reviewer = (Employee)eResolveProxy(oldReviewer);
			if (reviewer != oldReviewer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.DELIVERABLE__REVIEWER, oldReviewer, reviewer));
			}
		}
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetReviewer() {
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewer(Employee newReviewer) {
		Employee oldReviewer = reviewer;
		reviewer = newReviewer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__REVIEWER, oldReviewer, reviewer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReviewedAt() {
		return reviewedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewedAt(Instant newReviewedAt) {
		Instant oldReviewedAt = reviewedAt;
		reviewedAt = newReviewedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__REVIEWED_AT, oldReviewedAt, reviewedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewComment() {
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewComment(String newReviewComment) {
		String oldReviewComment = reviewComment;
		reviewComment = newReviewComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__REVIEW_COMMENT, oldReviewComment, reviewComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gate getGate() {
		if (gate != null && gate.eIsProxy()) {
			InternalEObject oldGate = (InternalEObject)gate;
			gate = (Gate)eResolveProxy(oldGate);
			if (gate != oldGate) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.DELIVERABLE__GATE, oldGate, gate));
			}
		}
		return gate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gate basicGetGate() {
		return gate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGate(Gate newGate) {
		Gate oldGate = gate;
		gate = newGate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.DELIVERABLE__GATE, oldGate, gate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.DELIVERABLE__TYPE:
				return getType();
			case SalesPackage.DELIVERABLE__TITLE:
				return getTitle();
			case SalesPackage.DELIVERABLE__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
			case SalesPackage.DELIVERABLE__SUBMITTED_AT:
				return getSubmittedAt();
			case SalesPackage.DELIVERABLE__STATUS:
				return getStatus();
			case SalesPackage.DELIVERABLE__REVIEWER:
				if (resolve) return getReviewer();
				return basicGetReviewer();
			case SalesPackage.DELIVERABLE__REVIEWED_AT:
				return getReviewedAt();
			case SalesPackage.DELIVERABLE__LOCATION:
				return getLocation();
			case SalesPackage.DELIVERABLE__REVIEW_COMMENT:
				return getReviewComment();
			case SalesPackage.DELIVERABLE__GATE:
				if (resolve) return getGate();
				return basicGetGate();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SalesPackage.DELIVERABLE__TYPE:
				setType((String)newValue);
				return;
			case SalesPackage.DELIVERABLE__TITLE:
				setTitle((String)newValue);
				return;
			case SalesPackage.DELIVERABLE__AUTHOR:
				setAuthor((Employee)newValue);
				return;
			case SalesPackage.DELIVERABLE__SUBMITTED_AT:
				setSubmittedAt((Instant)newValue);
				return;
			case SalesPackage.DELIVERABLE__STATUS:
				setStatus((DeliverableStatus)newValue);
				return;
			case SalesPackage.DELIVERABLE__REVIEWER:
				setReviewer((Employee)newValue);
				return;
			case SalesPackage.DELIVERABLE__REVIEWED_AT:
				setReviewedAt((Instant)newValue);
				return;
			case SalesPackage.DELIVERABLE__LOCATION:
				setLocation((String)newValue);
				return;
			case SalesPackage.DELIVERABLE__REVIEW_COMMENT:
				setReviewComment((String)newValue);
				return;
			case SalesPackage.DELIVERABLE__GATE:
				setGate((Gate)newValue);
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
			case SalesPackage.DELIVERABLE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SalesPackage.DELIVERABLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SalesPackage.DELIVERABLE__AUTHOR:
				setAuthor((Employee)null);
				return;
			case SalesPackage.DELIVERABLE__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case SalesPackage.DELIVERABLE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SalesPackage.DELIVERABLE__REVIEWER:
				setReviewer((Employee)null);
				return;
			case SalesPackage.DELIVERABLE__REVIEWED_AT:
				setReviewedAt(REVIEWED_AT_EDEFAULT);
				return;
			case SalesPackage.DELIVERABLE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case SalesPackage.DELIVERABLE__REVIEW_COMMENT:
				setReviewComment(REVIEW_COMMENT_EDEFAULT);
				return;
			case SalesPackage.DELIVERABLE__GATE:
				setGate((Gate)null);
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
			case SalesPackage.DELIVERABLE__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case SalesPackage.DELIVERABLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SalesPackage.DELIVERABLE__AUTHOR:
				return author != null;
			case SalesPackage.DELIVERABLE__SUBMITTED_AT:
				return SUBMITTED_AT_EDEFAULT == null ? submittedAt != null : !SUBMITTED_AT_EDEFAULT.equals(submittedAt);
			case SalesPackage.DELIVERABLE__STATUS:
				return status != STATUS_EDEFAULT;
			case SalesPackage.DELIVERABLE__REVIEWER:
				return reviewer != null;
			case SalesPackage.DELIVERABLE__REVIEWED_AT:
				return REVIEWED_AT_EDEFAULT == null ? reviewedAt != null : !REVIEWED_AT_EDEFAULT.equals(reviewedAt);
			case SalesPackage.DELIVERABLE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case SalesPackage.DELIVERABLE__REVIEW_COMMENT:
				return REVIEW_COMMENT_EDEFAULT == null ? reviewComment != null : !REVIEW_COMMENT_EDEFAULT.equals(reviewComment);
			case SalesPackage.DELIVERABLE__GATE:
				return gate != null;
		}
		return super.eIsSet(featureID);
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
		result.append(" (type: ");
		result.append(type);
		result.append(", title: ");
		result.append(title);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(", status: ");
		result.append(status);
		result.append(", reviewedAt: ");
		result.append(reviewedAt);
		result.append(", location: ");
		result.append(location);
		result.append(", reviewComment: ");
		result.append(reviewComment);
		result.append(')');
		return result.toString();
	}

} //DeliverableImpl
