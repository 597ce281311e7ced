package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.viewer.BcfViewpoints;
import org.bidbench.viewer.Viewpoint;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The viewpoints saved for one model, kept in a file beside the workspace's other state, and their
 * exchange with other BIM tools as BCF 2.1.
 */
final class ModelViewpoints {

	private final ModelEditor editor;
	private final Path model;
	private final List<Viewpoint> viewpoints = new ArrayList<>();
	/** Whether the viewpoints file was there but unreadable: it is moved aside before the first save. */
	private boolean unreadable;

	ModelViewpoints(ModelEditor editor, Path model) {
		this.editor = editor;
		this.model = model;
	}

	List<Viewpoint> list() {
		return viewpoints;
	}

	/** The file the viewpoints of this model are kept in. */
	Path file() {
		return SavedViewpoints.fileFor(model);
	}

	void load() {
		try {
			viewpoints.addAll(SavedViewpoints.load(file()));
		} catch (IOException e) {
			unreadable = true;
			editor.status(NLS.bind(EditorMessages.statusViewpointsUnreadable, model.getFileName(), e.getMessage()));
		}
	}

	/** Captures the current view under a name and writes the model's viewpoints file. */
	Viewpoint save(String name) {
		Viewpoint v = Viewpoint.capture(name, editor.scene(), editor.viewer().camera());
		viewpoints.add(v);
		store();
		return v;
	}

	/** Asks for a name, then saves the current view under it. */
	void saveAsked() {
		String name = askName(EditorMessages.viewpointSaveTitle, EditorMessages.viewpointName,
				NLS.bind(EditorMessages.viewpointDefaultName, viewpoints.size() + 1));
		if (name != null) {
			save(name);
		}
	}

	void restore(Viewpoint v) {
		v.apply(editor.scene(), editor.viewer().camera());
		editor.viewer().requestRedraw();
	}

	/** Renames the viewpoint at {@code index} and writes the file. */
	void rename(int index, String name) {
		viewpoints.set(index, viewpoints.get(index).withName(name));
		store();
		editor.status(NLS.bind(EditorMessages.statusViewpointRenamed, name));
	}

	void renameAsked(int index) {
		Viewpoint v = viewpoints.get(index);
		String name = askName(EditorMessages.viewpointRenameTitle, NLS.bind(EditorMessages.viewpointRenameMessage, v.name()), v.name());
		if (name != null) {
			rename(index, name);
		}
	}

	/** Deletes the viewpoint at {@code index} and writes the file. */
	void delete(int index) {
		Viewpoint gone = viewpoints.remove(index);
		store();
		editor.status(NLS.bind(EditorMessages.statusViewpointDeleted, gone.name()));
	}

	void deleteAsked(int index) {
		if (MessageDialog.openConfirm(shell(), EditorMessages.viewpointDeleteTitle,
				NLS.bind(EditorMessages.viewpointDeleteMessage, viewpoints.get(index).name(), model.getFileName()))) {
			delete(index);
		}
	}

	private void store() {
		try {
			if (unreadable) {
				Path aside = SavedViewpoints.keepAside(file());
				unreadable = false;
				if (aside != null) {
					editor.status(NLS.bind(EditorMessages.statusViewpointsKeptAside, aside));
				}
			}
			SavedViewpoints.save(file(), viewpoints);
		} catch (IOException e) {
			MessageDialog.openError(shell(), EditorMessages.viewpointSaveTitle,
					NLS.bind(EditorMessages.viewpointSaveFailed, file(), e.getMessage()));
		}
	}

	void exportBcf() {
		FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
		dialog.setText(EditorMessages.dialogExportBcf);
		dialog.setFilterExtensions(new String[]{"*.bcf", "*.bcfzip"});
		dialog.setFileName(model.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-viewpoints.bcf");
		dialog.setOverwrite(true);
		String chosen = DialogFolders.open(dialog);
		if (chosen == null) {
			return;
		}
		try {
			BcfViewpoints.write(viewpoints, Path.of(chosen));
			editor.status(NLS.bind(EditorMessages.statusBcfExported, viewpoints.size(), chosen));
		} catch (IOException e) {
			MessageDialog.openError(shell(), EditorMessages.dialogExportBcf, NLS.bind(EditorMessages.bcfWriteFailed, chosen, e.getMessage()));
		}
	}

	void importBcf() {
		FileDialog dialog = new FileDialog(shell(), SWT.OPEN);
		dialog.setText(EditorMessages.dialogImportBcf);
		dialog.setFilterExtensions(new String[]{"*.bcf;*.bcfzip", "*.*"});
		String chosen = DialogFolders.open(dialog);
		if (chosen == null) {
			return;
		}
		try {
			List<Viewpoint> read = BcfViewpoints.read(Path.of(chosen));
			viewpoints.addAll(read);
			store();
			if (!read.isEmpty()) {
				restore(read.get(0));
			}
			editor.status(NLS.bind(EditorMessages.statusBcfImported, read.size(), chosen));
		} catch (IOException e) {
			MessageDialog.openError(shell(), EditorMessages.dialogImportBcf, NLS.bind(EditorMessages.bcfReadFailed, chosen, e.getMessage()));
		}
	}

	/** Asks for a non-blank name; {@code null} when cancelled. */
	private String askName(String title, String message, String initial) {
		InputDialog dialog = new InputDialog(shell(), title, message, initial,
				text -> text.isBlank() ? EditorMessages.viewpointNeedsName : null);
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}

	private Shell shell() {
		return editor.getSite().getShell();
	}
}
