package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Model...: picks an .ifc or .ifczip file and opens it in the Presales BIM perspective. */
public final class OpenModelHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.bidbench.ui.bim.commands.openModel";
	/** Optional: the file to open without asking (files dropped on the editor area). */
	public static final String FILE_PARAMETER = "org.bidbench.ui.bim.commands.openModel.file";

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		String given = event.getParameter(FILE_PARAMETER);
		if (given != null) {
			return open(window.getActivePage(), Path.of(given));
		}
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(ViewMessages.openDialogTitle);
		// The formats of every model importer (org.bidbench.ifc.importers), in both letter cases.
		java.util.List<String> patterns = new java.util.ArrayList<>();
		for (String ext : org.bidbench.ifc.ModelImporters.fileExtensions()) {
			patterns.add("*." + ext);
			patterns.add("*." + ext.toUpperCase(java.util.Locale.ROOT));
		}
		String shown = org.bidbench.ifc.ModelImporters.fileExtensions().stream().map(e -> "*." + e)
				.collect(java.util.stream.Collectors.joining(", "));
		dialog.setFilterExtensions(new String[]{String.join(";", patterns), "*.*"});
		dialog.setFilterNames(new String[]{NLS.bind(ViewMessages.openFilterModels, shown), ViewMessages.openFilterAll});
		if (DialogFolders.open(dialog) == null) {
			return null;
		}
		for (String name : dialog.getFileNames()) {
			open(window.getActivePage(), Path.of(dialog.getFilterPath(), name));
		}
		return null;
	}

	/** Opens a model (or brings its editor to the front), switching to the Presales BIM perspective. */
	public static IEditorPart open(IWorkbenchPage page, Path file) {
		IWorkbenchWindow window = page.getWorkbenchWindow();
		if (!Files.isRegularFile(file)) {
			MessageDialog.openError(window.getShell(), ViewMessages.openErrorTitle, NLS.bind(ViewMessages.openNotAFile, file));
			return null;
		}
		try {
			IWorkbenchPage bimPage = window.getWorkbench().showPerspective(BidBenchPerspectives.PRESALES_BIM, window);
			return bimPage.openEditor(new ModelEditorInput(file), ModelEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), ViewMessages.openErrorTitle, NLS.bind(ViewMessages.openCannot, file, e.getMessage()));
		} catch (WorkbenchException e) {
			MessageDialog.openError(window.getShell(), ViewMessages.openErrorTitle, NLS.bind(ViewMessages.openNoPerspective, e.getMessage()));
		}
		return null;
	}
}
