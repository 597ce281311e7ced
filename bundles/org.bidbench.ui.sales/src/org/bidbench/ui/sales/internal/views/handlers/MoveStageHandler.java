package org.bidbench.ui.sales.internal.views.handlers;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.views.BoardView;
import org.bidbench.ui.sales.internal.views.Messages;
import org.bidbench.ui.sales.internal.views.MoveRefusal;
import org.bidbench.ui.sales.internal.views.MoveRefusedDialog;
import org.bidbench.ui.sales.internal.views.SalesWording;
import org.bidbench.ui.sales.internal.views.StageMoves;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Move to stage...": the keyboard's way to do what dragging a card does, for the opportunity
 * selected in any sales view. The stages are listed; the gates decide as on the board, and
 * "Closed lost" asks for the reason and the winner.
 */
public class MoveStageHandler extends AbstractHandler {

    /** The "Closed lost" entry of the list. */
    private static final Object LOST = new Object();

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)
                || !(selection.getFirstElement() instanceof Opportunity opportunity)) {
            return null;
        }
        SalesWorkspace workspace = SalesSession.get().workspace();
        if (workspace == null || workspace.getProcess() == null || opportunity.getStatus() != OpportunityStatus.OPEN) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        List<Object> choices = new ArrayList<>();
        for (Stage stage : workspace.getProcess().getStages()) {
            if (stage != opportunity.getStage()) {
                choices.add(stage);
            }
        }
        choices.add(LOST);
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(Messages.MoveStage_title);
        dialog.setMessage(NLS.bind(Messages.MoveStage_message, opportunity.getName(), SalesWording.stage(opportunity.getStage())));
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element == LOST ? Messages.Board_lostColumn : SalesWording.stage((Stage) element);
            }
        });
        dialog.setInput(choices);
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        Object choice = dialog.getResult()[0];
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof BoardView board) {
            if (choice == LOST) {
                board.closeLost(opportunity);
            } else {
                board.moveCard(opportunity, (Stage) choice);
            }
            return null;
        }
        if (choice == LOST) {
            BoardView.closeLostAsked(shell, opportunity);
            return null;
        }
        MoveRefusal refusal = StageMoves.move(opportunity, (Stage) choice);
        if (refusal != null) {
            new MoveRefusedDialog(shell, refusal).open();
        }
        return null;
    }
}
