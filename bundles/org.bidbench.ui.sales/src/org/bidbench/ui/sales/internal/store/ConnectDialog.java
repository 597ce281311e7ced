package org.bidbench.ui.sales.internal.store;

import org.bidbench.sales.core.store.SalesStores;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the team store's URL, the user and the password (File > Connect to Team Store...). */
public final class ConnectDialog extends TitleAreaDialog {

	private String url;
	private String user;
	private char[] password = new char[0];
	private Text urlText;
	private Text userText;
	private Text passwordText;

	public ConnectDialog(Shell parent, String url, String user) {
		super(parent);
		this.url = url == null ? "" : url; //$NON-NLS-1$
		this.user = user == null ? "" : user; //$NON-NLS-1$
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ConnectDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.ConnectDialog_title);
		setMessage(Messages.ConnectDialog_message);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		urlText = field(fields, Messages.ConnectDialog_url, url, SWT.BORDER);
		userText = field(fields, Messages.ConnectDialog_user, user, SWT.BORDER);
		passwordText = field(fields, Messages.ConnectDialog_password, "", SWT.BORDER | SWT.PASSWORD); //$NON-NLS-1$
		urlText.addModifyListener(e -> validate());
		userText.addModifyListener(e -> validate());
		(url.isEmpty() ? urlText : user.isEmpty() ? userText : passwordText).setFocus();
		return area;
	}

	private static Text field(Composite parent, String label, String value, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, style);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String typed = urlText.getText().trim();
		boolean ok = SalesStores.isUrl(typed) && !userText.getText().isBlank();
		setErrorMessage(typed.isEmpty() || SalesStores.isUrl(typed) ? null : Messages.ConnectDialog_badUrl);
		var button = getButton(IDialogConstants.OK_ID);
		if (button != null) {
			button.setEnabled(ok);
		}
	}

	@Override
	protected void okPressed() {
		url = urlText.getText().trim();
		user = userText.getText().trim();
		password = passwordText.getText().toCharArray();
		super.okPressed();
	}

	public String url() {
		return url;
	}

	public String user() {
		return user;
	}

	public char[] password() {
		return password;
	}
}
