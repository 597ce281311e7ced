package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.Contribution;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;

/**
 * The take-off view's lines and the model's elements, each way: a line selects and frames its
 * elements; elements selected in the viewer or the tree mark the lines they feed.
 */
final class LinesAndElements implements ISelectionListener {

	private final TakeoffView view;
	/** GlobalIds selected in the viewer or tree, to mark the lines they feed. */
	private Set<String> selected = Set.of();
	/** True while this view selects elements itself: their selection is not taken back as a mark. */
	private boolean revealing;

	LinesAndElements(TakeoffView view) {
		this.view = view;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (revealing || part == view || !(selection instanceof IStructuredSelection s)
				|| !(part instanceof ModelEditor || part instanceof ModelTreeView)) {
			return;
		}
		Set<String> ids = new HashSet<>();
		for (Object o : s.toList()) {
			IfcEntity e = Adapters.adapt(o, IfcEntity.class);
			if (e != null && e.globalId() != null) {
				ids.add(e.globalId());
			}
		}
		mark(ids);
	}

	/** Whether an element selected elsewhere contributes to the line (its row is marked). */
	boolean contributes(TakeoffLine line) {
		if (selected.isEmpty()) {
			return false;
		}
		for (Contribution c : line.contributions()) {
			if (selected.contains(c.globalId())) {
				return true;
			}
		}
		return false;
	}

	void revealLine(TakeoffLine line) {
		ModelEditor editor = openResultEditor();
		if (editor == null) {
			return;
		}
		revealing = true;
		try {
			int found = ElementFocus.reveal(view.getSite().getPage(), editor, line.globalIds(), true);
			// The line is this view's selection, which the properties view cannot show: give it the line's
			// first element, so the engineer sees what the line is made of.
			IfcModel model = editor.model();
			if (model != null && !line.globalIds().isEmpty()
					&& view.getSite().getPage().findView(PropertiesView.ID) instanceof PropertiesView properties) {
				IfcEntity first = model.byGlobalId(line.globalIds().get(0));
				if (first != null) {
					properties.show(first);
				}
			}
			view.say(NLS.bind(Messages.Takeoff_lineSelected, new Object[]{line.itemCode(), line.groupLabel(), found,
					line.contributions().size()}));
		} finally {
			revealing = false;
		}
	}

	/** The editor of the model the result shown was made from; null, and the view says so, once it is closed. */
	private ModelEditor openResultEditor() {
		ModelEditor editor = view.resultEditor();
		if (editor == null || editor.viewer() == null || editor.viewer().isDisposed()) {
			view.say(Messages.Takeoff_modelClosed);
			return null;
		}
		return editor;
	}

	/** Selects elements in the model (those of a flag, or of a rule's elements without a value). */
	void revealElements(List<String> globalIds) {
		ModelEditor editor = openResultEditor();
		if (editor == null) {
			return;
		}
		revealing = true;
		try {
			ElementFocus.reveal(view.getSite().getPage(), editor, globalIds, true);
		} finally {
			revealing = false;
		}
	}

	/** Marks the lines the given elements contribute to, and says how many. */
	void mark(Set<String> globalIds) {
		selected = Set.copyOf(globalIds);
		TakeoffResult result = view.result();
		if (result == null || view.viewer().getControl().isDisposed()) {
			return;
		}
		view.viewer().refresh();
		List<TakeoffLine> fed = linesOf(result, globalIds);
		if (!globalIds.isEmpty()) {
			String lines = fed.size() == 1 ? Messages.Takeoff_oneLine : NLS.bind(Messages.Takeoff_lines, fed.size());
			view.say(globalIds.size() == 1
					? NLS.bind(Messages.Takeoff_elementFeeds, lines)
					: NLS.bind(Messages.Takeoff_elementsFeed, globalIds.size(), lines));
			if (!fed.isEmpty()) {
				view.viewer().reveal(fed.get(0));
			}
		}
	}

	/** The lines of a result any of the elements contributes to. */
	static List<TakeoffLine> linesOf(TakeoffResult result, Set<String> globalIds) {
		List<TakeoffLine> out = new ArrayList<>();
		if (result == null) {
			return out;
		}
		for (TakeoffLine line : result.lines()) {
			for (Contribution c : line.contributions()) {
				if (globalIds.contains(c.globalId())) {
					out.add(line);
					break;
				}
			}
		}
		return out;
	}
}
