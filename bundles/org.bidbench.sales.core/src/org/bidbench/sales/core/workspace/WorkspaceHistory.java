package org.bidbench.sales.core.workspace;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * Undo and redo for changes made through the sales services. Each change is recorded with an
 * EMF {@link ChangeRecorder} while it runs; a change that fails (for instance a refused stage
 * move that had already touched the model) is rolled back at once.
 *
 * <p>The UI may use an EMF editing domain's command stack instead; this keeps the core
 * usable headless (CLI, tests) without the edit framework.
 */
public final class WorkspaceHistory {

	private record Entry(String label, ChangeDescription change) {
	}

	private final EObject root;
	private final Deque<Entry> undo = new ArrayDeque<>();
	private final Deque<Entry> redo = new ArrayDeque<>();

	public WorkspaceHistory(EObject root) {
		this.root = root;
	}

	/** Runs the change, recording it for undo; rolls it back if it throws. */
	public void perform(String label, Runnable change) {
		ChangeRecorder recorder = new ChangeRecorder(root);
		try {
			change.run();
		} catch (RuntimeException e) {
			recorder.endRecording().apply();
			throw e;
		}
		undo.push(new Entry(label, recorder.endRecording()));
		redo.clear();
	}

	public boolean canUndo() {
		return !undo.isEmpty();
	}

	public boolean canRedo() {
		return !redo.isEmpty();
	}

	/** The label of the change {@link #undo()} would revert, or null. */
	public String undoLabel() {
		return undo.isEmpty() ? null : undo.peek().label();
	}

	public void undo() {
		Entry entry = undo.pop();
		// applyAndReverse turns the description into the one that redoes the change.
		entry.change().applyAndReverse();
		redo.push(entry);
	}

	public void redo() {
		Entry entry = redo.pop();
		entry.change().applyAndReverse();
		undo.push(entry);
	}
}
