package org.bidbench.ui.sales.internal.editors;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bidbench.sales.model.Employee;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A page of a sales form editor: sections made with the editor's {@link FormToolkit}, filled from
 * the model by {@link #refresh()} whenever the session changes, every edit a sales operation run
 * through {@link SalesActions}.
 */
public abstract class SalesFormPage extends FormPage {

	protected FormToolkit toolkit;
	protected ScrolledForm form;
	/** The tables of {@link #table}, whose columns widen to their content after each refresh. */
	private final java.util.List<TableViewer> tables = new java.util.ArrayList<>();

	/** Columns of the page body's grid (sections side by side). */
	private final int columns;

	protected SalesFormPage(FormEditor editor, String id, String title) {
		this(editor, id, title, 1);
	}

	/** A page whose body puts {@code columns} sections side by side. */
	protected SalesFormPage(FormEditor editor, String id, String title, int columns) {
		super(editor, id, title);
		this.columns = columns;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		form.setText(getTitle());
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(columns, true));
		fill(body);
		refresh();
		fitColumns();
	}

	/**
	 * Widens each column to its longest text (never narrower than designed): a state such as
	 * "met on time (2026-11-13 21:00)" or a Chinese label must not be cut.
	 */
	private void fitColumns() {
		for (TableViewer viewer : tables) {
			if (viewer.getTable().isDisposed()) {
				continue;
			}
			for (org.eclipse.swt.widgets.TableColumn column : viewer.getTable().getColumns()) {
				Object designed = column.getData(DESIGNED_WIDTH);
				int width = designed instanceof Integer w ? w : column.getWidth();
				column.pack();
				column.setWidth(Math.max(width, Math.min(column.getWidth(), 360)));
			}
		}
	}

	private static final String DESIGNED_WIDTH = "designedWidth"; //$NON-NLS-1$

	/** Builds the page's sections. */
	protected abstract void fill(Composite body);

	/** Shows the model as it is now. */
	protected abstract void refresh();

	/** Refreshes if the page's controls exist (pages are built when first shown). */
	void refreshIfCreated() {
		if (form != null && !form.isDisposed()) {
			refresh();
			fitColumns();
			form.reflow(true);
		}
	}

	protected Composite section(Composite body, String title, String description, int columns) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(columns, false));
		section.setClient(client);
		return client;
	}

	protected Label label(Composite parent, String text) {
		return toolkit.createLabel(parent, text);
	}

	/** A read-only value beside its label. */
	protected Label value(Composite parent, String label) {
		label(parent, label);
		Label value = toolkit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return value;
	}

	/** An editable field that commits (Enter or leaving it) through {@code commit} when its text changed. */
	protected Text field(Composite parent, String label, Consumer<String> commit) {
		label(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Runnable apply = () -> {
			Object shown = text.getData(SHOWN);
			if (!text.getText().equals(shown)) {
				commit.accept(text.getText());
				// Whatever the operation did (or refused), show the model again.
				refresh();
			}
		};
		text.addListener(SWT.DefaultSelection, e -> apply.run());
		text.addListener(SWT.FocusOut, e -> apply.run());
		return text;
	}

	private static final String SHOWN = "shown"; //$NON-NLS-1$

	/** Shows {@code value} in a field unless the user is typing a different one into it. */
	protected static void show(Text text, String value) {
		String shown = value == null ? "" : value; //$NON-NLS-1$
		if (text.isFocusControl() && !text.getText().equals(text.getData(SHOWN))) {
			return;
		}
		text.setData(SHOWN, shown);
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
	}

	protected Button button(Composite parent, String text, Runnable action) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	protected Composite buttons(Composite parent, int span) {
		Composite row = toolkit.createComposite(parent);
		row.setLayout(new GridLayout(8, false));
		GridDataFactory.fillDefaults().span(span, 1).applyTo(row);
		return row;
	}

	/** A table of rows with titled columns, each column's text from a function of the row. */
	@SafeVarargs
	protected final <T> TableViewer table(Composite parent, int span, int height, Column<T>... columns) {
		TableViewer viewer = new TableViewer(toolkit.createTable(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
		data.heightHint = height;
		viewer.getTable().setLayoutData(data);
		for (Column<T> column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
			c.getColumn().setText(column.title());
			c.getColumn().setWidth(column.width());
			c.getColumn().setData(DESIGNED_WIDTH, column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@SuppressWarnings("unchecked")
				@Override
				public String getText(Object element) {
					String text = column.text().apply((T) element);
					return text == null ? "" : text; //$NON-NLS-1$
				}
			});
		}
		tables.add(viewer);
		return viewer;
	}

	/** A column of {@link #table}. */
	public record Column<T>(String title, int width, Function<T, String> text) {
	}

	@SuppressWarnings("unchecked")
	protected static <T> T selected(TableViewer viewer) {
		return (T) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	protected static void setInput(TableViewer viewer, List<?> rows) {
		Object selection = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		viewer.setInput(rows);
		if (selection != null && rows.contains(selection)) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(selection));
		}
	}

	/** Who the workbench acts as, for the pages where the role matters (reviews, approvals). */
	protected static String actingAs() {
		Employee me = SalesSession.get().currentUser();
		return NLS.bind(Messages.SalesFormPage_actingAs, me == null ? "-" : SalesLabels.employee(me)); //$NON-NLS-1$
	}

	protected org.eclipse.swt.widgets.Shell shell() {
		return getSite().getShell();
	}
}
