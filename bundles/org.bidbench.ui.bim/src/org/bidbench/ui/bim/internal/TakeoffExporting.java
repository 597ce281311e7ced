package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.TakeoffResult;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/** "Export..." of the take-off view: the result written as XLSX, CSV or JSON through qto's exporters. */
final class TakeoffExporting {

	private TakeoffExporting() {
	}

	/** Asks where to write the result, writes it and says so in the view's summary. */
	static void ask(TakeoffView view, TakeoffResult result) {
		if (result == null) {
			return;
		}
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Takeoff_exportTitle);
		dialog.setFilterExtensions(new String[]{"*.xlsx", "*.csv", "*.json"});
		dialog.setFilterNames(new String[]{Messages.Takeoff_filterXlsx, Messages.Takeoff_filterCsv, Messages.Takeoff_filterJson});
		dialog.setFileName(result.modelFile().replaceFirst("\\.[^.]*$", "") + "-" + result.packId() + ".xlsx");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			view.say(NLS.bind(Messages.Takeoff_exported, write(result, file)));
		} catch (IOException e) {
			MessageDialog.openError(view.getSite().getShell(), Messages.Takeoff_exportTitle,
					NLS.bind(Messages.Takeoff_cannotWrite, file, e.getMessage()));
		}
	}

	/**
	 * Writes the result through qto's exporters; a name without .csv, .xlsx or .json gets .xlsx.
	 * Returns the file written.
	 */
	static Path write(TakeoffResult result, Path file) throws IOException {
		Path target = TakeoffExport.Format.of(file) == null ? file.resolveSibling(file.getFileName() + ".xlsx") : file;
		TakeoffExport.write(result, target);
		return target;
	}
}
