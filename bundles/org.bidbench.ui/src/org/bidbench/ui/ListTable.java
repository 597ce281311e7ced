package org.bidbench.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
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
		column.setLabelProvider(textOf(text));
		return column;
	}

	/**
	 * Adds a column of a table made by {@link #inColumnLayout(Composite, TableColumnLayout)} that
	 * takes {@code weight} shares of the width (at least 60 pixels), whose cells show {@code text}
	 * of their row (the rows are {@code T}s).
	 */
	public static <T> TableViewerColumn weightedColumn(TableViewer viewer, TableColumnLayout columns, String title, int weight,
			Function<T, String> text) {
		return weightedColumn(viewer, columns, title, weight, textOf(text));
	}

	/** Like {@link #weightedColumn(TableViewer, TableColumnLayout, String, int, Function)}, its cells drawn by {@code labels}. */
	public static TableViewerColumn weightedColumn(TableViewer viewer, TableColumnLayout columns, String title, int weight,
			CellLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(labels);
		return column;
	}

	private static <T> ColumnLabelProvider textOf(Function<T, String> text) {
		return new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				return text.apply((T) element);
			}
		};
	}
}
