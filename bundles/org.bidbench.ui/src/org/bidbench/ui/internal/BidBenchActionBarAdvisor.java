package org.bidbench.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu. Bundles add their commands through menu contributions at the group markers
 * ("additions" in File, Window and Help).
 */
class BidBenchActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction about;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;

	BidBenchActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = ActionFactory.QUIT.create(window);
		register(quit);
		about = ActionFactory.ABOUT.create(window);
		register(about);
		preferences = ActionFactory.PREFERENCES.create(window);
		register(preferences);
		resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
		register(resetPerspective);
		undo = ActionFactory.UNDO.create(window);
		register(undo);
		redo = ActionFactory.REDO.create(window);
		register(redo);
		// The workbench's own labels are English only (its translations are not on Maven Central).
		quit.setText(Messages.ActionBar_quit);
		about.setText(Messages.ActionBar_about);
		preferences.setText(Messages.ActionBar_preferences);
		resetPerspective.setText(Messages.ActionBar_resetPerspective);
		undo.setText(Messages.ActionBar_undo);
		redo.setText(Messages.ActionBar_redo);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

		MenuManager file = new MenuManager(Messages.ActionBar_file, IWorkbenchActionConstants.M_FILE);
		file.add(new Separator(IWorkbenchActionConstants.FILE_START));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(IWorkbenchActionConstants.FILE_END));
		file.add(quit);

		MenuManager edit = new MenuManager(Messages.ActionBar_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(Messages.ActionBar_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectives = new MenuManager(Messages.ActionBar_openPerspective, "openPerspective");
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		windowMenu.add(perspectives);
		MenuManager views = new MenuManager(Messages.ActionBar_showView, "showView");
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(views);
		windowMenu.add(resetPerspective);
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(preferences);

		MenuManager help = new MenuManager(Messages.ActionBar_help, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}
}
