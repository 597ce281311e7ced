package org.bidbench.sales.core.risk;

import java.util.List;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.RiskAcknowledgement;

/**
 * One reason to worry about an opportunity: what and where ({@link #message()}), who answers
 * for it ({@link #owner()}) and what to do next ({@link #nextStep()}), in English for the
 * command line. Views in other languages build their text from {@link #kind()} and
 * {@link #arguments()}.
 *
 * @param key             stable within the opportunity (kind and what it is about), so that an
 *                        acknowledgement finds its flag again after a reload
 * @param owner           null when nobody holds the responsible role; the message says so
 * @param arguments       the variable parts of the message in order, for translation
 * @param acknowledgement null while the flag is new
 */
public record RiskFlag(Opportunity opportunity, Kind kind, String key, String message, Employee owner, String nextStep,
		List<String> arguments, RiskAcknowledgement acknowledgement) {

	public enum Kind {
		OVERDUE_GATE("overdue-gate"), STALLED_STAGE("stalled-stage"), MARGIN_BELOW_FLOOR("margin-below-floor"), OVERDUE_COLLECTION(
				"overdue-collection"), NO_DECISION_MAKER("no-decision-maker"), NO_RECENT_ACTIVITY(
						"no-recent-activity"), LATE_COMPETITOR("late-competitor"), MANY_QUOTE_REVISIONS("many-quote-revisions");

		private final String id;

		Kind(String id) {
			this.id = id;
		}

		/** The kind as the command line and the JSON write it, e.g. {@code overdue-gate}. */
		public String id() {
			return id;
		}
	}

	/** Not acknowledged yet: it still notifies. */
	public boolean isNew() {
		return acknowledgement == null;
	}
}
