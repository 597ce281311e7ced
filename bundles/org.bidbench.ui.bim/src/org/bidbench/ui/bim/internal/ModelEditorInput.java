package org.bidbench.ui.bim.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** An IFC file on disk, opened in a {@link ModelEditor}; remembered across restarts. */
public final class ModelEditorInput implements IPathEditorInput, IPersistableElement {

	static final String FACTORY_ID = "org.bidbench.ui.bim.modelInputFactory";
	private static final String PATH_KEY = "path";

	private final Path file;

	public ModelEditorInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path file() {
		return file;
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PATH_KEY, file.toString());
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ModelEditorInput other && other.file.equals(file);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file);
	}

	/** Restores inputs saved with the workbench layout. */
	public static final class Factory implements IElementFactory {
		@Override
		public org.eclipse.core.runtime.IAdaptable createElement(IMemento memento) {
			String path = memento.getString(PATH_KEY);
			return path == null ? null : new ModelEditorInput(Path.of(path));
		}
	}
}
