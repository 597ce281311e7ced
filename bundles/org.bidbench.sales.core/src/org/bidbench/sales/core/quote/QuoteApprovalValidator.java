package org.bidbench.sales.core.quote;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.util.SalesValidator;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/**
 * The sales model's validator with the one invariant that needs the sales process's approval rules:
 * a released or accepted quote lacks none of the approvals they require. The model bundle knows its
 * own invariants only; this one joins them when sales services are in the installation, through
 * EMF's validator registry ({@link #register()}).
 */
public final class QuoteApprovalValidator implements EValidator {

	/** The diagnostic source of this validator's problems. */
	public static final String DIAGNOSTIC_SOURCE = "org.bidbench.sales.core";

	/** The code of "released without the approvals the process requires". */
	public static final int RELEASED_HAS_APPROVALS = 1;

	private final EValidator model;

	private QuoteApprovalValidator(EValidator model) {
		this.model = model;
	}

	/**
	 * Puts this validator in the registry for the sales package, around the generated one; a second
	 * call changes nothing.
	 */
	public static synchronized void register() {
		Object registered = EValidator.Registry.INSTANCE.get(SalesPackage.eINSTANCE);
		if (!(registered instanceof QuoteApprovalValidator)) {
			EValidator.Registry.INSTANCE.put(SalesPackage.eINSTANCE, new QuoteApprovalValidator(SalesValidator.INSTANCE));
		}
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = model.validate(eClass, object, diagnostics, context);
		if (object instanceof Quote quote && (valid || diagnostics != null)) {
			valid &= releasedHasApprovals(quote, diagnostics);
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return model.validate(dataType, value, diagnostics, context);
	}

	static boolean releasedHasApprovals(Quote q, DiagnosticChain diagnostics) {
		if (q.getStatus() != QuoteStatus.RELEASED && q.getStatus() != QuoteStatus.ACCEPTED) {
			return true;
		}
		List<ApprovalRule> missing = QuoteApprovalRequirements.missingApprovals(q);
		if (missing.isEmpty()) {
			return true;
		}
		if (diagnostics != null) {
			String names = missing.stream().map(r -> r.getPurpose() + " (" + r.getRole().getLiteral() + ")")
					.collect(Collectors.joining(", "));
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, RELEASED_HAS_APPROVALS,
					label(q) + " is " + q.getStatus().getLiteral() + " without the approvals the process requires: missing "
							+ names + ". Withdraw it to draft and obtain them.",
					new Object[]{q}));
		}
		return false;
	}

	private static String label(Quote q) {
		return "Quote " + q.getId() + " 'revision " + q.getRevision() + "'";
	}
}
