package org.bidbench.ui.bim.internal;

import java.util.List;
import java.util.function.Function;

import org.bidbench.qto.TakeoffFlag;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * The take-off view's list of the flags behind the selected row, each naming its kind in words, its
 * element and what is wrong; selecting one shows its element in the model.
 */
final class FlagList {

	private final TableViewer viewer;

	FlagList(Composite parent, LinesAndElements links) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 6, 1);
		data.heightHint = 110;
		viewer.getTable().setLayoutData(data);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Takeoff_flagKind, 200, f -> Messages.flagKind(f.kind()));
		column(Messages.Takeoff_flagElement, 190, TakeoffFlag::globalId);
		column(Messages.Takeoff_flagMessage, 700, TakeoffFlag::message);
		viewer.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof TakeoffFlag flag && flag.globalId() != null) {
				links.revealElements(List.of(flag.globalId()));
			}
		});
	}

	private void column(String title, int width, Function<TakeoffFlag, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String t = text.apply((TakeoffFlag) element);
				return t == null ? "" : t;
			}
		});
	}

	void show(List<TakeoffFlag> flags) {
		viewer.setInput(flags);
	}

	TableViewer viewer() {
		return viewer;
	}
}
