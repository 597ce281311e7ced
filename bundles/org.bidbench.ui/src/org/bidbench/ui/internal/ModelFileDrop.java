package org.bidbench.ui.internal;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Files dropped on the editor area (also when no editor is open) go to the Open Model command of
 * the BIM bundle, found by id so this bundle does not depend on it.
 */
final class ModelFileDrop extends DropTargetAdapter {

	/** Contributed by org.bidbench.ui.bim. */
	static final String OPEN_MODEL_COMMAND = "org.bidbench.ui.bim.commands.openModel";
	static final String FILE_PARAMETER = "org.bidbench.ui.bim.commands.openModel.file";

	private final IWorkbenchWindow window;

	ModelFileDrop(IWorkbenchWindow window) {
		this.window = window;
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = FileTransfer.getInstance().isSupportedType(event.currentDataType) ? DND.DROP_COPY : DND.DROP_NONE;
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (!(event.data instanceof String[] files)) {
			return;
		}
		Command command = window.getService(ICommandService.class).getCommand(OPEN_MODEL_COMMAND);
		if (!command.isDefined()) {
			ILog.of(getClass()).warn("Files were dropped but no bundle opens models (" + OPEN_MODEL_COMMAND
					+ " is not installed)");
			return;
		}
		for (String file : files) {
			try {
				window.getService(IHandlerService.class)
						.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(FILE_PARAMETER, file)), null);
			} catch (Exception e) {
				ILog.of(getClass()).error("Cannot open the dropped file " + file, e);
			}
		}
	}
}
