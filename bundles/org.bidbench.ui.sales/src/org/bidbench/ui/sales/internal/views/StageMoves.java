package org.bidbench.ui.sales.internal.views;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.osgi.util.NLS;

/**
 * Stage moves and closing lost as the board, its menus and the move command do them: through
 * {@link SalesOperations} inside {@link SalesSession#execute}, so each is one undoable command
 * and the process's gates decide.
 */
public final class StageMoves {

	private StageMoves() {
	}

	/** The operations over the session's workspace, at the session's clock. */
	public static SalesOperations operations() {
		SalesSession session = SalesSession.get();
		return new SalesOperations(session.workspace(), session.clock());
	}

	/**
	 * Moves the opportunity as the current user.
	 *
	 * @return null when it moved, else why not (nothing changed then)
	 */
	public static MoveRefusal move(Opportunity opportunity, Stage target) {
		SalesSession session = SalesSession.get();
		try {
			session.run(NLS.bind(Messages.Board_moveCommand, opportunity.getName(), SalesWording.stage(target)),
					() -> operations().moveToStage(opportunity, target, session.currentUser(), null));
			return null;
		} catch (RefusedException e) {
			return MoveRefusal.of(opportunity, target, e.getMessage());
		}
	}

	/**
	 * Closes the opportunity lost as the current user.
	 *
	 * @return null when done, else the refusal's message (nothing changed then)
	 */
	public static String closeLost(Opportunity opportunity, String reason, String winningCompetitor) {
		SalesSession session = SalesSession.get();
		try {
			session.run(NLS.bind(Messages.Board_closeLostCommand, opportunity.getName()),
					() -> operations().closeLost(opportunity, reason, winningCompetitor, session.currentUser()));
			return null;
		} catch (RefusedException e) {
			return e.getMessage();
		}
	}
}
