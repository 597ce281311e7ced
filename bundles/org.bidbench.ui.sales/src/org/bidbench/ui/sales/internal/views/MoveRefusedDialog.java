package org.bidbench.ui.sales.internal.views;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A refused stage move: each blocking gate with who is responsible and what to do, and below,
 * the rule's own words (selectable, to paste into a message to the colleague).
 */
public class MoveRefusedDialog extends MessageDialog {

    private final MoveRefusal refusal;

    public MoveRefusedDialog(Shell parent, MoveRefusal refusal) {
        super(parent, Messages.Board_refusedTitle, null, refusal.message(), MessageDialog.WARNING, 0, IDialogConstants.OK_LABEL);
        this.refusal = refusal;
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        if (refusal.blocking().isEmpty() || refusal.detail() == null) {
            return null;
        }
        Text detail = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
        detail.setText(refusal.detail());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 520;
        detail.setLayoutData(data);
        return detail;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
