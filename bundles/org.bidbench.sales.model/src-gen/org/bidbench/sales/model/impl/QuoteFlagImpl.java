/**
 */
package org.bidbench.sales.model.impl;

import java.time.Instant;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.QuoteFlag;
import org.bidbench.sales.model.SalesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quote Flag</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getGlobalId <em>Global Id</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getLineKey <em>Line Key</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#isAcknowledged <em>Acknowledged</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getAcknowledgedBy <em>Acknowledged By</em>}</li>
 *   <li>{@link org.bidbench.sales.model.impl.QuoteFlagImpl#getAcknowledgedAt <em>Acknowledged At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuoteFlagImpl extends EObjectImpl implements QuoteFlag {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final FlagSeverity SEVERITY_EDEFAULT = FlagSeverity.WARNING;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected FlagSeverity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getGlobalId() <em>Global Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlobalId()
	 * @generated
	 * @ordered
	 */
	protected static final String GLOBAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGlobalId() <em>Global Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGlobalId()
	 * @generated
	 * @ordered
	 */
	protected String globalId = GLOBAL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineKey() <em>Line Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineKey()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLineKey() <em>Line Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineKey()
	 * @generated
	 * @ordered
	 */
	protected String lineKey = LINE_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAcknowledged() <em>Acknowledged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAcknowledged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACKNOWLEDGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAcknowledged() <em>Acknowledged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAcknowledged()
	 * @generated
	 * @ordered
	 */
	protected boolean acknowledged = ACKNOWLEDGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAcknowledgedBy() <em>Acknowledged By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedBy()
	 * @generated
	 * @ordered
	 */
	protected Employee acknowledgedBy;

	/**
	 * The default value of the '{@link #getAcknowledgedAt() <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ACKNOWLEDGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAcknowledgedAt() <em>Acknowledged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAcknowledgedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant acknowledgedAt = ACKNOWLEDGED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuoteFlagImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SalesPackage.Literals.QUOTE_FLAG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlagSeverity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(FlagSeverity newSeverity) {
		FlagSeverity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGlobalId() {
		return globalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGlobalId(String newGlobalId) {
		String oldGlobalId = globalId;
		globalId = newGlobalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__GLOBAL_ID, oldGlobalId, globalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineKey() {
		return lineKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineKey(String newLineKey) {
		String oldLineKey = lineKey;
		lineKey = newLineKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__LINE_KEY, oldLineKey, lineKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAcknowledged() {
		return acknowledged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledged(boolean newAcknowledged) {
		boolean oldAcknowledged = acknowledged;
		acknowledged = newAcknowledged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__ACKNOWLEDGED, oldAcknowledged, acknowledged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Employee getAcknowledgedBy() {
		if (acknowledgedBy != null && acknowledgedBy.eIsProxy()) {
			InternalEObject oldAcknowledgedBy = (InternalEObject)acknowledgedBy;
			acknowledgedBy = (Employee)eResolveProxy(oldAcknowledgedBy);
			if (acknowledgedBy != oldAcknowledgedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_BY, oldAcknowledgedBy, acknowledgedBy));
			}
		}
		return acknowledgedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Employee basicGetAcknowledgedBy() {
		return acknowledgedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedBy(Employee newAcknowledgedBy) {
		Employee oldAcknowledgedBy = acknowledgedBy;
		acknowledgedBy = newAcknowledgedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_BY, oldAcknowledgedBy, acknowledgedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcknowledgedAt(Instant newAcknowledgedAt) {
		Instant oldAcknowledgedAt = acknowledgedAt;
		acknowledgedAt = newAcknowledgedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_AT, oldAcknowledgedAt, acknowledgedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SalesPackage.QUOTE_FLAG__KIND:
				return getKind();
			case SalesPackage.QUOTE_FLAG__SEVERITY:
				return getSeverity();
			case SalesPackage.QUOTE_FLAG__GLOBAL_ID:
				return getGlobalId();
			case SalesPackage.QUOTE_FLAG__LINE_KEY:
				return getLineKey();
			case SalesPackage.QUOTE_FLAG__MESSAGE:
				return getMessage();
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED:
				return isAcknowledged();
			case SalesPackage.QUOTE_FLAG__COMMENT:
				return getComment();
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_BY:
				if (resolve) return getAcknowledgedBy();
				return basicGetAcknowledgedBy();
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_AT:
				return getAcknowledgedAt();
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
			case SalesPackage.QUOTE_FLAG__KIND:
				setKind((String)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__SEVERITY:
				setSeverity((FlagSeverity)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__GLOBAL_ID:
				setGlobalId((String)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__LINE_KEY:
				setLineKey((String)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__MESSAGE:
				setMessage((String)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED:
				setAcknowledged((Boolean)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__COMMENT:
				setComment((String)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_BY:
				setAcknowledgedBy((Employee)newValue);
				return;
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_AT:
				setAcknowledgedAt((Instant)newValue);
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
			case SalesPackage.QUOTE_FLAG__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SalesPackage.QUOTE_FLAG__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case SalesPackage.QUOTE_FLAG__GLOBAL_ID:
				setGlobalId(GLOBAL_ID_EDEFAULT);
				return;
			case SalesPackage.QUOTE_FLAG__LINE_KEY:
				setLineKey(LINE_KEY_EDEFAULT);
				return;
			case SalesPackage.QUOTE_FLAG__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED:
				setAcknowledged(ACKNOWLEDGED_EDEFAULT);
				return;
			case SalesPackage.QUOTE_FLAG__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_BY:
				setAcknowledgedBy((Employee)null);
				return;
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_AT:
				setAcknowledgedAt(ACKNOWLEDGED_AT_EDEFAULT);
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
			case SalesPackage.QUOTE_FLAG__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case SalesPackage.QUOTE_FLAG__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case SalesPackage.QUOTE_FLAG__GLOBAL_ID:
				return GLOBAL_ID_EDEFAULT == null ? globalId != null : !GLOBAL_ID_EDEFAULT.equals(globalId);
			case SalesPackage.QUOTE_FLAG__LINE_KEY:
				return LINE_KEY_EDEFAULT == null ? lineKey != null : !LINE_KEY_EDEFAULT.equals(lineKey);
			case SalesPackage.QUOTE_FLAG__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED:
				return acknowledged != ACKNOWLEDGED_EDEFAULT;
			case SalesPackage.QUOTE_FLAG__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_BY:
				return acknowledgedBy != null;
			case SalesPackage.QUOTE_FLAG__ACKNOWLEDGED_AT:
				return ACKNOWLEDGED_AT_EDEFAULT == null ? acknowledgedAt != null : !ACKNOWLEDGED_AT_EDEFAULT.equals(acknowledgedAt);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", severity: ");
		result.append(severity);
		result.append(", globalId: ");
		result.append(globalId);
		result.append(", lineKey: ");
		result.append(lineKey);
		result.append(", message: ");
		result.append(message);
		result.append(", acknowledged: ");
		result.append(acknowledged);
		result.append(", comment: ");
		result.append(comment);
		result.append(", acknowledgedAt: ");
		result.append(acknowledgedAt);
		result.append(')');
		return result.toString();
	}

} //QuoteFlagImpl
