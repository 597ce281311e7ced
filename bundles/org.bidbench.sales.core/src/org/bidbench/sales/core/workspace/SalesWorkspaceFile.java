package org.bidbench.sales.core.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * A sales workspace kept in one XMI file, saved so that it is never lost: the new content goes
 * to a temporary file in the same folder, is flushed to disk and then renamed over the old file,
 * whose previous version stays beside it as {@code <name>.bak}. A save refuses to overwrite a
 * file another program changed since it was loaded or last saved.
 */
public final class SalesWorkspaceFile {

	/** Sees each step of a save; lets tests interrupt a save at any step. */
	@FunctionalInterface
	public interface SaveObserver {
		void reached(SaveStep step) throws IOException;
	}

	private final Path file;
	private final Resource resource;
	private byte[] fingerprint;
	private SaveObserver observer = step -> {
	};

	private SalesWorkspaceFile(Path file, Resource resource, byte[] fingerprint) {
		this.file = file;
		this.resource = resource;
		this.fingerprint = fingerprint;
	}

	/** A new workspace file, not yet written, holding the given workspace. */
	public static SalesWorkspaceFile create(Path file, SalesWorkspace workspace) {
		Resource resource = newResourceSet().createResource(uriOf(file));
		resource.getContents().add(workspace);
		return new SalesWorkspaceFile(file, resource, null);
	}

	/**
	 * Reads a workspace file.
	 *
	 * @throws WorkspaceFileException naming the file and, for malformed content, the line and
	 *         column; the file is left untouched
	 */
	public static SalesWorkspaceFile load(Path file) throws WorkspaceFileException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new WorkspaceFileException(file, 0, 0, "Workspace file " + file + " does not exist.", e);
		} catch (IOException e) {
			throw new WorkspaceFileException(file, 0, 0, "Cannot read workspace file " + file + ": " + e.getMessage(), e);
		}
		Resource resource = newResourceSet().createResource(uriOf(file));
		try {
			resource.load(new ByteArrayInputStream(bytes), loadOptions());
		} catch (IOException | RuntimeException e) {
			throw corrupt(file, e);
		}
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw new WorkspaceFileException(file, first.getLine(), first.getColumn(),
					file + ":" + first.getLine() + ":" + first.getColumn() + ": " + first.getMessage()
							+ " (" + resource.getErrors().size() + " problem(s) in all). The file was not changed; "
							+ howToRecover(file),
					null);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof SalesWorkspace)) {
			throw new WorkspaceFileException(file, 1, 1, file + " is not a sales workspace (no SalesWorkspace root).", null);
		}
		return new SalesWorkspaceFile(file, resource, AtomicFile.digest(bytes));
	}

	static WorkspaceFileException corrupt(Path file, Exception e) {
		Throwable cause = e;
		while (cause != null && !(cause instanceof SAXParseException)) {
			cause = cause.getCause();
		}
		if (cause instanceof SAXParseException sax) {
			return new WorkspaceFileException(file, sax.getLineNumber(), sax.getColumnNumber(),
					file + ":" + sax.getLineNumber() + ":" + sax.getColumnNumber() + ": not a valid workspace file: "
							+ sax.getMessage() + " The file was not changed; " + howToRecover(file),
					e);
		}
		Resource.Diagnostic diagnostic = e instanceof Resource.IOWrappedException w
				&& w.getCause() instanceof Resource.Diagnostic d ? d : null;
		int line = diagnostic == null ? 0 : diagnostic.getLine();
		int column = diagnostic == null ? 0 : diagnostic.getColumn();
		String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
		return new WorkspaceFileException(file, line, column, file + ":" + line + ":" + column
				+ ": not a valid workspace file: " + message + ". The file was not changed; " + howToRecover(file), e);
	}

	/** What to do about a damaged file, naming the backup only when there is one. */
	static String howToRecover(Path file) {
		Path backup = AtomicFile.backupOf(file);
		return Files.isRegularFile(backup)
				? "restore " + backup.getFileName() + " (its previous version) or fix the file."
				: "fix the file, or restore it from a backup or version control.";
	}

	public Path file() {
		return file;
	}

	public SalesWorkspace workspace() {
		return (SalesWorkspace) resource.getContents().get(0);
	}

	public Resource resource() {
		return resource;
	}

	/** For tests: observe (and possibly interrupt) the steps of the next saves. */
	public void setSaveObserver(SaveObserver observer) {
		this.observer = observer;
	}

	/**
	 * Saves atomically. On any failure the target holds either its previous or its new content,
	 * never a partial write.
	 *
	 * @throws ConcurrentChangeException when another program changed the file since it was
	 *         loaded or last saved
	 */
	public void save() throws WorkspaceFileException {
		byte[] content = serialize();
		checkUnchangedOnDisk();
		try {
			AtomicFile.write(file, content, observer);
		} catch (IOException e) {
			throw new WorkspaceFileException(file, 0, 0, "Could not save " + file + ": " + e.getMessage()
					+ ". The file on disk still holds the last saved version.", e);
		}
		fingerprint = AtomicFile.digest(content);
	}

	/** Saves to the file even if another program changed it, keeping that version as the backup. */
	public void saveOverwritingExternalChanges() throws WorkspaceFileException {
		fingerprint = currentFingerprint();
		save();
	}

	private void checkUnchangedOnDisk() throws WorkspaceFileException {
		byte[] onDisk = currentFingerprint();
		if (!Arrays.equals(onDisk, fingerprint)) {
			throw new ConcurrentChangeException(file);
		}
	}

	private byte[] currentFingerprint() throws WorkspaceFileException {
		try {
			return AtomicFile.fingerprintOf(file);
		} catch (IOException e) {
			throw new WorkspaceFileException(file, 0, 0, "Cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private byte[] serialize() throws WorkspaceFileException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, saveOptions());
		} catch (IOException e) {
			throw new WorkspaceFileException(file, 0, 0, "Could not write the workspace as XMI: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(SalesPackage.eNS_URI, SalesPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		return resourceSet;
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}
}
