package org.bidbench.ui.bim.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help > User Guide and Help > Keyboard Shortcuts: the guide (how the workbench is used, in the
 * user's language) and every key and mouse gesture of the 3D view and presenter mode, in one
 * dialog with a tab for each, opened on the tab asked for.
 */
public final class HelpDialog extends Dialog {

	/** One row of the shortcuts table. */
	record Shortcut(String keys, String action) {
	}

	static List<Shortcut> shortcuts() {
		return List.of(new Shortcut(EditorMessages.keysDrag, EditorMessages.keyOrbit),
				new Shortcut(EditorMessages.keysPanMouse, EditorMessages.keyPan),
				new Shortcut(EditorMessages.keysWheel, EditorMessages.keyZoom), new Shortcut(EditorMessages.keysClick, EditorMessages.keySelect),
				new Shortcut(EditorMessages.keysCtrlClick, EditorMessages.keyToggle), new Shortcut(EditorMessages.keysCtrlDrag, EditorMessages.keyBox),
				new Shortcut(EditorMessages.keysDoubleClick, EditorMessages.keyFrame), new Shortcut("F", EditorMessages.keyFit),
				new Shortcut(EditorMessages.keysWalk, EditorMessages.keyWalkMove), new Shortcut("Q E", EditorMessages.keyWalkUpDown),
				new Shortcut("Shift", EditorMessages.keyWalkRun), new Shortcut("Esc", EditorMessages.keyEsc),
				new Shortcut(EditorMessages.keysSection, EditorMessages.keySection),
				new Shortcut(EditorMessages.keysSectionFast, EditorMessages.keySectionFast),
				new Shortcut("Ctrl+O", EditorMessages.keyOpen),
				new Shortcut(EditorMessages.keysPresenter, EditorMessages.keyPresenterNext),
				new Shortcut(EditorMessages.keysSpace, EditorMessages.keyPresenterPause));
	}

	private final int tab;
	private TabFolder tabs;

	/** @param tab 0 the user guide, 1 the keyboard shortcuts */
	public HelpDialog(Shell parent, int tab) {
		super(parent);
		this.tab = tab;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(tab == 0 ? EditorMessages.helpGuideTitle : EditorMessages.helpShortcutsTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		tabs = new TabFolder(area, SWT.TOP);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 760;
		data.heightHint = 520;
		tabs.setLayoutData(data);
		TabItem guideTab = new TabItem(tabs, SWT.NONE);
		guideTab.setText(EditorMessages.helpGuideTitle);
		Text guide = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		guide.setText(EditorMessages.helpGuide);
		guideTab.setControl(guide);
		TabItem keysTab = new TabItem(tabs, SWT.NONE);
		keysTab.setText(EditorMessages.helpShortcutsTitle);
		Table table = new Table(tabs, SWT.FULL_SELECTION | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn keys = new TableColumn(table, SWT.LEFT);
		keys.setText(EditorMessages.helpKeys);
		keys.setWidth(260);
		TableColumn action = new TableColumn(table, SWT.LEFT);
		action.setText(EditorMessages.helpAction);
		action.setWidth(480);
		for (Shortcut s : shortcuts()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[]{s.keys(), s.action()});
		}
		for (Shortcut s : commandKeys()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[]{s.keys(), s.action()});
		}
		keysTab.setControl(table);
		tabs.setSelection(tab);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/**
	 * The keys of the model editor's commands as the active key scheme has them now (Window >
	 * Preferences > Keys changes them), each with the command's name, in the order of the keys.
	 */
	static java.util.List<Shortcut> commandKeys() {
		var bindings = org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class);
		String scheme = bindings.getActiveScheme() == null ? null : bindings.getActiveScheme().getId();
		java.util.List<Shortcut> out = new java.util.ArrayList<>();
		for (org.eclipse.jface.bindings.Binding b : bindings.getBindings()) {
			var command = b.getParameterizedCommand();
			if (command != null && command.getId().startsWith("org.bidbench.ui.bim.commands.") && b.getSchemeId().equals(scheme)) {
				try {
					out.add(new Shortcut(b.getTriggerSequence().format(), command.getName()));
				} catch (org.eclipse.core.commands.common.NotDefinedException e) {
					// a binding of a command that is gone: not listed
				}
			}
		}
		out.sort(java.util.Comparator.comparing(Shortcut::keys));
		return out;
	}

	/** The tab shown (tests). */
	int selectedTab() {
		return tabs.getSelectionIndex();
	}

	/** Help > User Guide. */
	public static final class UserGuideHandler extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			new HelpDialog(HandlerUtil.getActiveShell(event), 0).open();
			return null;
		}
	}

	/** Help > Keyboard Shortcuts. */
	public static final class ShortcutsHandler extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			new HelpDialog(HandlerUtil.getActiveShell(event), 1).open();
			return null;
		}
	}
}
