package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.SpatialNode;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The model tree of the active model editor: its spatial structure (project, site, building,
 * storeys, spaces, elements) or its elements by class and type, with counts and a search over name,
 * class and GlobalId. Selecting rows selects the elements in the viewer, and the reverse.
 */
public final class ModelTreeView extends ViewPart {

	public static final String ID = "org.bidbench.ui.bim.views.modelTree";

	private TreeViewer tree;
	private Text search;
	private Label summary;
	private Button byClass;
	private ModelEditor editor;
	private final List<ModelTreeNode> roots = new ArrayList<>();
	private final Map<Integer, ModelTreeNode> byEntity = new HashMap<>();
	private Set<ModelTreeNode> visible;
	private boolean syncing;

	private final IPropertyListener modelListener = (source, property) -> {
		if (property == ModelEditor.PROP_MODEL) {
			rebuild();
		}
	};

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			track(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == editor) {
				editor.removePropertyListener(modelListener);
				editor = null;
				rebuild();
			}
		}
	};

	private final ISelectionListener editorSelection = (part, selection) -> {
		if (part == editor && !syncing && selection instanceof IStructuredSelection s) {
			syncing = true;
			try {
				tree.setSelection(nodesOf(s), true);
			} finally {
				syncing = false;
			}
		}
	};

	/** The tree's nodes of the entities in an editor's selection. */
	private StructuredSelection nodesOf(IStructuredSelection selection) {
		List<ModelTreeNode> nodes = new ArrayList<>();
		for (Object o : selection.toList()) {
			if (o instanceof IfcEntity e && byEntity.containsKey(e.id())) {
				nodes.add(byEntity.get(e.id()));
			}
		}
		return new StructuredSelection(nodes);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(2, false));
		search = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(ViewMessages.treeSearch);
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addModifyListener(e -> applySearch());
		byClass = new Button(root, SWT.CHECK);
		byClass.setText(ViewMessages.treeByClass);
		byClass.setToolTipText(ViewMessages.treeByClassTip);
		byClass.addListener(SWT.Selection, e -> rebuild());
		summary = new Label(root, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		tree = new TreeViewer(root, SWT.MULTI | SWT.BORDER);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		tree.setUseHashlookup(true);
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return roots.toArray();
			}

			@Override
			public Object[] getChildren(Object o) {
				return ((ModelTreeNode) o).children.toArray();
			}

			@Override
			public Object getParent(Object o) {
				return ((ModelTreeNode) o).parent;
			}

			@Override
			public boolean hasChildren(Object o) {
				return !((ModelTreeNode) o).children.isEmpty();
			}
		});
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object o) {
				return ((ModelTreeNode) o).text();
			}
		});
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return visible == null || visible.contains(element);
			}
		});
		tree.addSelectionChangedListener(e -> {
			if (syncing || editor == null) {
				return;
			}
			syncing = true;
			try {
				editor.select(entities(e.getSelection()), false);
			} finally {
				syncing = false;
			}
		});
		tree.addDoubleClickListener(e -> {
			if (editor != null) {
				editor.select(entities(e.getSelection()), true);
			}
		});
		getSite().setSelectionProvider(tree);
		getSite().getPage().addPartListener(partListener);
		getSite().getPage().addPostSelectionListener(editorSelection);
		getSite().getPage().addSelectionListener(editorSelection);
		track(getSite().getPage().getActiveEditor());
		rebuild();
	}

	private static List<IfcEntity> entities(ISelection selection) {
		List<IfcEntity> out = new ArrayList<>();
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				IfcEntity e = Adapters.adapt(o, IfcEntity.class);
				if (e != null) {
					out.add(e);
				}
			}
		}
		return out;
	}

	private void track(IWorkbenchPart part) {
		if (part instanceof ModelEditor me && me != editor) {
			if (editor != null) {
				editor.removePropertyListener(modelListener);
			}
			editor = me;
			editor.addPropertyListener(modelListener);
			rebuild();
		}
	}

	/** The editor the tree shows. */
	ModelEditor editor() {
		return editor;
	}

	List<ModelTreeNode> roots() {
		return roots;
	}

	TreeViewer viewer() {
		return tree;
	}

	/**
	 * Shows entities selected elsewhere (the take-off view, a link) without sending the selection
	 * back to the editor, which already has it.
	 */
	void show(List<IfcEntity> entities) {
		List<ModelTreeNode> nodes = new ArrayList<>();
		for (IfcEntity e : entities) {
			ModelTreeNode node = byEntity.get(e.id());
			if (node != null) {
				nodes.add(node);
			}
		}
		syncing = true;
		try {
			tree.setSelection(new StructuredSelection(nodes), true);
		} finally {
			syncing = false;
		}
	}

	/** Selects the row of an entity, as a click would. */
	void select(IfcEntity entity) {
		ModelTreeNode node = byEntity.get(entity.id());
		if (node != null) {
			tree.setSelection(new StructuredSelection(node), true);
		}
	}

	private void rebuild() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		roots.clear();
		byEntity.clear();
		IfcModel model = editor == null ? null : editor.model();
		if (model == null) {
			summary.setText(editor == null ? ViewMessages.treeNoModel : NLS.bind(ViewMessages.treeReading, editor.getPartName()));
			syncing = true;
			try {
				tree.setInput(roots);
			} finally {
				syncing = false;
			}
			return;
		}
		SpatialNode spatial = model.spatialTree();
		List<IfcEntity> elements = new ArrayList<>();
		if (spatial != null) {
			ModelTreeNode top = spatialNode(null, spatial, model, elements);
			if (!byClass.getSelection()) {
				roots.add(top);
			}
		}
		if (byClass.getSelection()) {
			byEntity.clear();
			buildByClass(model, elements);
		}
		summary.setText(NLS.bind(ViewMessages.treeSummary, elements.size(), model.storeys().size()));
		// New nodes replace the old ones: the viewer would report the old selection as gone, and
		// that empty selection must not reach the editor. The editor's selection is shown again.
		syncing = true;
		try {
			tree.setInput(roots);
			tree.expandToLevel(byClass.getSelection() ? 1 : 4);
			applySearch();
			if (editor.getSelection() instanceof IStructuredSelection s && !s.isEmpty()) {
				tree.setSelection(nodesOf(s), true);
			}
		} finally {
			syncing = false;
		}
	}

	/** The text the tree shows for an entity, or {@code null} when it is not in the tree. */
	String labelOf(IfcEntity e) {
		ModelTreeNode node = byEntity.get(e.id());
		return node == null ? null : node.text();
	}

	private ModelTreeNode spatialNode(ModelTreeNode parent, SpatialNode sn, IfcModel model, List<IfcEntity> elements) {
		ModelTreeNode node = new ModelTreeNode(parent, describe(sn.element()), sn.element());
		byEntity.put(sn.element().id(), node);
		for (SpatialNode child : sn.children()) {
			ModelTreeNode c = spatialNode(node, child, model, elements);
			node.count += c.count;
		}
		for (IfcEntity e : sn.contained()) {
			ModelTreeNode leaf = new ModelTreeNode(node, describe(e), e);
			byEntity.put(e.id(), leaf);
			elements.add(e);
			node.count++;
			for (IfcEntity part : model.partsOf(e)) {
				ModelTreeNode p = new ModelTreeNode(leaf, describe(part), part);
				byEntity.put(part.id(), p);
				leaf.count++;
			}
		}
		return node;
	}

	private void buildByClass(IfcModel model, List<IfcEntity> elements) {
		Map<String, Map<String, List<IfcEntity>>> groups = new TreeMap<>();
		for (IfcEntity e : elements) {
			IfcEntity type = model.typeOf(e);
			String typeName = type == null ? ViewMessages.treeNoType : type.typeName() + " " + (type.name() == null ? "" : type.name());
			groups.computeIfAbsent(e.typeName(), k -> new TreeMap<>()).computeIfAbsent(typeName, k -> new ArrayList<>()).add(e);
		}
		for (var byClassEntry : groups.entrySet()) {
			ModelTreeNode classNode = new ModelTreeNode(null, byClassEntry.getKey(), null);
			roots.add(classNode);
			for (var byType : byClassEntry.getValue().entrySet()) {
				ModelTreeNode typeNode = new ModelTreeNode(classNode, byType.getKey(), null);
				for (IfcEntity e : byType.getValue()) {
					byEntity.put(e.id(), new ModelTreeNode(typeNode, describe(e), e));
				}
				typeNode.count = byType.getValue().size();
				classNode.count += typeNode.count;
			}
		}
	}

	private static String describe(IfcEntity e) {
		String name = e.name();
		return e.typeName() + (name == null || name.isBlank() ? "" : " " + name);
	}

	private void applySearch() {
		String query = search.getText().strip().toLowerCase();
		if (query.isEmpty()) {
			visible = null;
		} else {
			visible = new HashSet<>();
			for (ModelTreeNode r : roots) {
				markMatches(r, query);
			}
		}
		tree.refresh();
		if (visible != null) {
			tree.expandAll();
		}
	}

	private boolean markMatches(ModelTreeNode node, String query) {
		boolean any = node.matches(query);
		for (ModelTreeNode c : node.children) {
			any |= markMatches(c, query);
		}
		if (any) {
			visible.add(node);
		}
		return any;
	}

	/** Sets the search text (tests, links). */
	void search(String query) {
		search.setText(query);
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		getSite().getPage().removePostSelectionListener(editorSelection);
		getSite().getPage().removeSelectionListener(editorSelection);
		if (editor != null) {
			editor.removePropertyListener(modelListener);
		}
		super.dispose();
	}
}
