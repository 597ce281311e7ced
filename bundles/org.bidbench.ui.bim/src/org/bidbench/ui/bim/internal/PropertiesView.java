package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bidbench.ifc.Classification;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.MaterialAssignment;
import org.bidbench.ifc.PropertySet;
import org.bidbench.ifc.PropertyValue;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * Everything the model says about the selected element: attributes, property sets, quantity sets
 * (in SI with their units), materials, classifications and type. The GlobalId is in a text field
 * and a button copies it.
 */
public final class PropertiesView extends ViewPart {

	public static final String ID = "org.bidbench.ui.bim.views.properties";

	/** A row: a group (children) or a name and a value. */
	record Row(String name, String value, List<Row> children) {
		Row(String name, String value) {
			this(name, value, new ArrayList<>());
		}
	}

	private Text globalId;
	private TreeViewer table;
	private IfcEntity shown;
	private final List<Row> rows = new ArrayList<>();

	private final ISelectionListener listener = (part, selection) -> {
		if (part == this || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return;
		}
		IfcEntity e = Adapters.adapt(s.getFirstElement(), IfcEntity.class);
		if (e != null) {
			show(e);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(2, false));
		globalId = new Text(root, SWT.READ_ONLY | SWT.BORDER);
		globalId.setMessage(ViewMessages.propsSelect);
		globalId.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button copy = new Button(root, SWT.PUSH);
		copy.setText(ViewMessages.propsCopy);
		copy.addListener(SWT.Selection, e -> copyGlobalId());
		table = new TreeViewer(root, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTree().setHeaderVisible(true);
		table.getTree().setLinesVisible(true);
		table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		TreeViewerColumn name = new TreeViewerColumn(table, SWT.LEFT);
		name.getColumn().setText(ViewMessages.propsProperty);
		name.getColumn().setWidth(200);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return ((Row) o).name();
			}
		});
		TreeViewerColumn value = new TreeViewerColumn(table, SWT.LEFT);
		value.getColumn().setText(ViewMessages.propsValue);
		value.getColumn().setWidth(260);
		value.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object o) {
				return ((Row) o).value() == null ? "" : ((Row) o).value();
			}
		});
		table.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return rows.toArray();
			}

			@Override
			public Object[] getChildren(Object o) {
				return ((Row) o).children().toArray();
			}

			@Override
			public Object getParent(Object o) {
				return null;
			}

			@Override
			public boolean hasChildren(Object o) {
				return !((Row) o).children().isEmpty();
			}
		});
		table.getTree().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == 'c' && (e.stateMask & SWT.MOD1) != 0 && !table.getStructuredSelection().isEmpty()) {
				Row row = (Row) table.getStructuredSelection().getFirstElement();
				copy(row.value() == null ? row.name() : row.value());
			}
		});
		table.setInput(rows);
		getSite().getPage().addSelectionListener(listener);
		getSite().getPage().addPartListener(modelFollower);
		var current = getSite().getPage().getSelection();
		if (current != null) {
			listener.selectionChanged(null, current);
		}
	}

	/*
	 * Another model coming to the front (opened, or its editor activated) clears what belonged to the
	 * previous one: its element would otherwise stay here as if it were part of the new model.
	 */
	private final IPartListener2 modelFollower = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref);
		}

		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			follow(ref);
		}
	};

	private void follow(IWorkbenchPartReference ref) {
		if (shown != null && ref.getPart(false) instanceof ModelEditor editor && editor.model() != shown.model()) {
			clear();
		}
	}

	/** Shows nothing (no element selected). */
	void clear() {
		shown = null;
		if (globalId.isDisposed()) {
			return;
		}
		globalId.setText("");
		setContentDescription("");
		rows.clear();
		table.refresh();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(modelFollower);
		getSite().getPage().removeSelectionListener(listener);
		super.dispose();
	}

	/** The element shown, or {@code null}. */
	IfcEntity shown() {
		return shown;
	}

	/** The GlobalId field's text. */
	String globalIdText() {
		return globalId.getText();
	}

	List<Row> rows() {
		return rows;
	}

	private void copyGlobalId() {
		if (!globalId.getText().isEmpty()) {
			copy(globalId.getText());
		}
	}

	private void copy(String text) {
		Clipboard clipboard = new Clipboard(globalId.getDisplay());
		try {
			clipboard.setContents(new Object[]{text}, new Transfer[]{TextTransfer.getInstance()});
		} finally {
			clipboard.dispose();
		}
	}

	void show(IfcEntity e) {
		shown = e;
		IfcModel model = e.model();
		globalId.setText(e.globalId() == null ? "" : e.globalId());
		rows.clear();
		Row attributes = new Row(ViewMessages.propsAttributes, e.typeName());
		attributes.children().add(new Row(ViewMessages.propsClass, e.typeName()));
		attributes.children().add(new Row("GlobalId", e.globalId()));
		attributes.children().add(new Row("#id", String.valueOf(e.id())));
		for (String a : new String[]{"Name", "Description", "ObjectType", "Tag", "LongName", "PredefinedType", "Elevation"}) {
			if (e.hasAttribute(a)) {
				String v = IfcEntity.asText(e.get(a));
				if (v != null) {
					attributes.children().add(new Row(a, v));
				}
			}
		}
		IfcEntity storey = model.storeyOf(e);
		if (storey != null) {
			attributes.children().add(new Row(ViewMessages.propsStorey, storey.name()));
		}
		rows.add(attributes);
		IfcEntity type = model.typeOf(e);
		if (type != null) {
			Row t = new Row(ViewMessages.propsType, type.typeName() + " " + (type.name() == null ? "" : type.name()));
			t.children().add(new Row("GlobalId", type.globalId()));
			rows.add(t);
		}
		for (PropertySet set : model.propertySets(e)) {
			Row r = new Row(set.quantities() ? NLS.bind(ViewMessages.propsQuantities, set.name()) : set.name(),
					NLS.bind(ViewMessages.propsValues, set.values().size()));
			for (PropertyValue v : set.values()) {
				r.children().add(new Row(v.fromType() ? NLS.bind(ViewMessages.propsFromType, v.name()) : v.name(), format(v)));
			}
			rows.add(r);
		}
		List<MaterialAssignment> materials = model.materials(e);
		if (!materials.isEmpty()) {
			Row m = new Row(ViewMessages.propsMaterials, String.valueOf(materials.size()));
			for (MaterialAssignment a : materials) {
				for (MaterialAssignment.Part p : a.parts()) {
					String detail = p.thickness() == null ? "" : String.format(Locale.ROOT, "%.3f m", p.thickness());
					m.children().add(new Row(a.fromType() ? NLS.bind(ViewMessages.propsFromType, p.material()) : p.material(), a.kind().toLowerCase(Locale.ROOT)
							+ (detail.isEmpty() ? "" : ", " + detail)));
				}
			}
			rows.add(m);
		}
		List<Classification> classifications = model.classifications(e);
		if (!classifications.isEmpty()) {
			Row c = new Row(ViewMessages.propsClassifications, String.valueOf(classifications.size()));
			for (Classification k : classifications) {
				c.children().add(new Row(k.system() == null ? "" : k.system(), k.code() + (k.name() == null ? "" : " " + k.name())));
			}
			rows.add(c);
		}
		table.refresh();
		table.expandToLevel(2);
		setContentDescription(e.typeName() + (e.name() == null ? "" : " " + e.name()));
	}

	/** The value in SI with its unit when numeric, else as in the file. */
	static String format(PropertyValue v) {
		if (v.siValue() != null) {
			String unit = v.siUnit();
			return String.format(Locale.ROOT, "%.4g", v.siValue()) + (unit == null || unit.isEmpty() ? "" : " " + unit);
		}
		return v.value() == null ? "" : IfcEntity.asText(v.value()) != null ? IfcEntity.asText(v.value()) : String.valueOf(v.value());
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

}
