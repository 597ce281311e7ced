package org.bidbench.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A table viewer of the rows of a list, as BidBench's views show them: column headers and grid
 * lines visible, the input a list or an array.
 */
public final class ListTable {

	private ListTable() {
	}

	/** A list table in {@code parent} with the given SWT style (border, selection). */
	public static TableViewer create(Composite parent, int style) {
		TableViewer viewer = new TableViewer(parent, style);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/**
	 * A bordered, single-selection list table alone in a composite of its own in {@code parent},
	 * whose columns share the width by the weights given to {@code columns}.
	 */
	public static TableViewer inColumnLayout(Composite parent, TableColumnLayout columns) {
		Composite holder = new Composite(parent, SWT.NONE);
		holder.setLayout(columns);
		return create(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
	}

	/** Adds a column {@code width} pixels wide whose cells show {@code text} of their row (the rows are {@code T}s). */
	public static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				return text.apply((T) element);
			}
		});
		return column;
	}
}
