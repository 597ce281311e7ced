package org.bidbench.sales.core.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * A sales workspace kept as a folder of XMI resources, so that one damaged or concurrently
 * edited file concerns one customer or one opportunity, not the whole workspace:
 *
 * <pre>
 * workspace.xmi              the root: people, leads, NPS answers, links to the parts
 * process.xmi                the sales process (SOP)
 * customers/&lt;id&gt;.xmi        one per customer, with its contacts
 * opportunities/&lt;id&gt;.xmi    one per opportunity, with its quotes, activities and contract
 * catalogs/&lt;id&gt;.xmi         one per price catalog
 * </pre>
 *
 * Every file is saved atomically (see {@link SalesWorkspaceFile}); parts are written before the
 * root so the root never links to a file that is not there yet. Loading reports each part
 * that fails with its path and position and still loads the others; a save never overwrites a
 * part that failed to load, nor a file another program changed since it was read.
 */
public final class SalesWorkspaceFolder {

	public static final String ROOT = "workspace.xmi";

	private final Path folder;
	private final Resource root;
	private final List<LoadProblem> problems;
	/** SHA-256 of each file as last read or written by us. */
	private final Map<Path, byte[]> fingerprints = new HashMap<>();
	/** Parts that failed to load: never saved over, never retired. */
	private final java.util.Set<URI> broken = new java.util.HashSet<>();
	private SalesWorkspaceFile.SaveObserver observer = step -> {
	};

	private SalesWorkspaceFolder(Path folder, Resource root, List<LoadProblem> problems) {
		this.folder = folder;
		this.root = root;
		this.problems = problems;
	}

	/** A new folder workspace, not yet written. */
	public static SalesWorkspaceFolder create(Path folder, SalesWorkspace workspace) {
		Resource root = SalesWorkspaceFile.newResourceSet().createResource(uriOf(folder.resolve(ROOT)));
		root.getContents().add(workspace);
		return new SalesWorkspaceFolder(folder, root, new ArrayList<>());
	}

	/**
	 * Loads the folder.
	 *
	 * @throws WorkspaceFileException when the root file cannot be read; problems with single
	 *         parts are in {@link #problems()} instead
	 */
	public static SalesWorkspaceFolder load(Path folder) throws WorkspaceFileException {
		Path rootFile = folder.resolve(ROOT);
		SalesWorkspaceFile rootOnly = SalesWorkspaceFile.load(rootFile);
		Resource root = rootOnly.resource();
		ResourceSet resourceSet = root.getResourceSet();
		SalesWorkspaceFolder result = new SalesWorkspaceFolder(folder, root, new ArrayList<>());
		result.remember(rootFile);
		for (EObject proxy : partProxies(rootOnly.workspace())) {
			URI uri = ((InternalEObject) proxy).eProxyURI().trimFragment();
			Path file = Path.of(uri.toFileString());
			if (resourceSet.getResource(uri, false) != null) {
				continue;
			}
			Resource part = resourceSet.createResource(uri);
			try {
				part.load(SalesWorkspaceFile.loadOptions());
				if (!part.getErrors().isEmpty()) {
					Resource.Diagnostic first = part.getErrors().get(0);
					throw new WorkspaceFileException(file, first.getLine(), first.getColumn(),
							file + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage(), null);
				}
				result.remember(file);
			} catch (IOException | RuntimeException | WorkspaceFileException e) {
				WorkspaceFileException reported = e instanceof WorkspaceFileException w ? w : SalesWorkspaceFile.corrupt(file, e);
				result.problems.add(new LoadProblem(file, reported.line(), reported.column(), reported.getMessage()
						+ " The rest of the workspace was loaded; this file is not saved over until it is fixed."));
				// An empty stand-in, marked loaded, so that the link to the part stays an unresolved
				// proxy instead of demand-loading the damaged file's fragments.
				part.unload();
				resourceSet.getResources().remove(part);
				result.broken.add(uri);
				resourceSet.getResources().add(new ResourceImpl(uri) {
					{
						isLoaded = true;
					}
				});
			}
		}
		// Resolve the links to the parts now, which also sets each part's container.
		SalesWorkspace ws = rootOnly.workspace();
		ws.getProcess();
		for (List<? extends EObject> list : List.of(ws.getCustomers(), ws.getOpportunities(), ws.getPriceCatalogs())) {
			for (int i = 0; i < list.size(); i++) {
				list.get(i);
			}
		}
		result.problems.addAll(DuplicateIds.find(ws));
		return result;
	}

	public SalesWorkspace workspace() {
		return (SalesWorkspace) root.getContents().get(0);
	}

	public Path folder() {
		return folder;
	}

	/** Parts that failed to load, each with its file and position. */
	public List<LoadProblem> problems() {
		return List.copyOf(problems);
	}

	/** For tests: observe (and possibly interrupt) each file's save steps. */
	public void setSaveObserver(SalesWorkspaceFile.SaveObserver observer) {
		this.observer = observer;
	}

	/**
	 * Saves every changed file atomically, parts first. Unchanged files are not rewritten.
	 *
	 * @throws ConcurrentChangeException naming the first file another program changed since
	 *         we read it; nothing is written then
	 */
	public void save() throws WorkspaceFileException {
		assignParts();
		Map<Path, byte[]> contents = new LinkedHashMap<>();
		Path rootFile = folder.resolve(ROOT);
		for (Resource resource : List.copyOf(root.getResourceSet().getResources())) {
			if (resource != root && !resource.getContents().isEmpty() && resource.isLoaded()) {
				contents.put(Path.of(resource.getURI().toFileString()), serialize(resource));
			}
		}
		contents.put(rootFile, serialize(root));
		for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
			byte[] onDisk;
			try {
				onDisk = AtomicFile.fingerprintOf(entry.getKey());
			} catch (IOException e) {
				throw new WorkspaceFileException(entry.getKey(), 0, 0, "Cannot read " + entry.getKey() + ": " + e.getMessage(), e);
			}
			if (!Arrays.equals(onDisk, fingerprints.get(entry.getKey()))) {
				throw new ConcurrentChangeException(entry.getKey());
			}
		}
		for (Map.Entry<Path, byte[]> entry : contents.entrySet()) {
			byte[] digest = AtomicFile.digest(entry.getValue());
			if (Arrays.equals(digest, fingerprints.get(entry.getKey()))) {
				continue;
			}
			try {
				AtomicFile.write(entry.getKey(), entry.getValue(), observer);
			} catch (IOException e) {
				throw new WorkspaceFileException(entry.getKey(), 0, 0, "Could not save " + entry.getKey() + ": "
						+ e.getMessage() + ". That file still holds its last saved version.", e);
			}
			fingerprints.put(entry.getKey(), digest);
		}
		retireRemovedParts();
	}

	/** Puts each customer, opportunity, catalog and the process in its own resource. */
	private void assignParts() {
		SalesWorkspace ws = workspace();
		ResourceSet resourceSet = root.getResourceSet();
		// ResourceSet.getResource scans every resource for a URI it does not hold yet: with 100,000
		// imported opportunities that was 10^10 comparisons. Look them up in a map instead.
		Map<URI, Resource> byUri = new HashMap<>();
		for (Resource resource : resourceSet.getResources()) {
			byUri.putIfAbsent(resource.getURI(), resource);
		}
		SalesProcess process = ws.getProcess();
		if (process != null && !process.eIsProxy() && process.eResource() == root) {
			place(resourceSet, byUri, process, folder.resolve("process.xmi"));
		}
		for (EObject part : partsInRoot(ws)) {
			String kind = part instanceof Customer ? "customers" : part instanceof Opportunity ? "opportunities" : "catalogs";
			place(resourceSet, byUri, part, folder.resolve(kind).resolve(fileName(((Identified) part).getId()) + ".xmi"));
		}
	}

	private static void place(ResourceSet resourceSet, Map<URI, Resource> byUri, EObject part, Path file) {
		URI uri = uriOf(file);
		Resource resource = byUri.get(uri);
		if (resource == null) {
			resource = resourceSet.createResource(uri);
			byUri.put(uri, resource);
		}
		resource.getContents().add(part);
	}

	private List<EObject> partsInRoot(SalesWorkspace ws) {
		List<EObject> parts = new ArrayList<>();
		for (List<? extends EObject> list : List.of(basic(ws.getCustomers()), basic(ws.getOpportunities()),
				basic(ws.getPriceCatalogs()))) {
			for (EObject part : list) {
				if (!part.eIsProxy() && part.eResource() == root) {
					parts.add(part);
				}
			}
		}
		return parts;
	}

	/** A part removed from the workspace: its file is renamed to .bak, never deleted. */
	private void retireRemovedParts() throws WorkspaceFileException {
		for (Resource resource : List.copyOf(root.getResourceSet().getResources())) {
			if (resource == root || broken.contains(resource.getURI())) {
				continue;
			}
			boolean removed = resource.getContents().isEmpty()
					|| resource.getContents().get(0).eContainer() == null && !linked(resource.getURI());
			if (removed) {
				Path file = Path.of(resource.getURI().toFileString());
				try {
					if (Files.exists(file)) {
						Files.move(file, AtomicFile.backupOf(file), StandardCopyOption.REPLACE_EXISTING);
					}
				} catch (IOException e) {
					throw new WorkspaceFileException(file, 0, 0, "Could not retire " + file + ": " + e.getMessage(), e);
				}
				fingerprints.remove(file);
				root.getResourceSet().getResources().remove(resource);
			}
		}
	}

	/** Whether the workspace still links to a part in that resource (resolved or not). */
	private boolean linked(URI resourceUri) {
		for (EObject proxy : partProxies(workspace())) {
			if (((InternalEObject) proxy).eProxyURI().trimFragment().equals(resourceUri)) {
				return true;
			}
		}
		return false;
	}

	private static List<EObject> partProxies(SalesWorkspace ws) {
		List<EObject> proxies = new ArrayList<>();
		if (ws.eIsSet(ws.eClass().getEStructuralFeature("process"))) {
			EObject process = (EObject) ws.eGet(ws.eClass().getEStructuralFeature("process"), false);
			if (process != null && process.eIsProxy()) {
				proxies.add(process);
			}
		}
		for (List<? extends EObject> list : List.of(basic(ws.getCustomers()), basic(ws.getOpportunities()),
				basic(ws.getPriceCatalogs()))) {
			for (EObject part : list) {
				if (part.eIsProxy()) {
					proxies.add(part);
				}
			}
		}
		return proxies;
	}

	@SuppressWarnings("unchecked")
	private static <T extends EObject> List<T> basic(List<T> list) {
		return ((InternalEList<T>) list).basicList();
	}

	private void remember(Path file) throws WorkspaceFileException {
		try {
			fingerprints.put(file, AtomicFile.fingerprintOf(file));
		} catch (IOException e) {
			throw new WorkspaceFileException(file, 0, 0, "Cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private static byte[] serialize(Resource resource) throws WorkspaceFileException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, SalesWorkspaceFile.saveOptions());
		} catch (IOException e) {
			Path file = Path.of(resource.getURI().toFileString());
			throw new WorkspaceFileException(file, 0, 0, "Could not write " + file + " as XMI: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	/** Ids become file names; anything but letters, digits, '-' and '_' is replaced. */
	private static String fileName(String id) {
		return id == null ? "unnamed" : id.replaceAll("[^\\p{L}\\p{N}_-]", "_");
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}
}
