package org.bidbench.sales.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Opens a store from the location a user gives: a folder path opens the folder workspace
 * ({@link FolderStore}); a URL ({@code postgresql://host/db}) opens the store of the provider
 * contributed for it to {@code org.bidbench.sales.core.storeProviders}.
 */
public final class SalesStores {

	public static final String EXTENSION_POINT = "org.bidbench.sales.core.storeProviders";

	private SalesStores() {
	}

	/** Whether a location is a URL (a server store) rather than a folder. */
	public static boolean isUrl(String location) {
		return location.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*");
	}

	/** Opens a folder, or a URL with the user and password from the URL or the environment. */
	public static SalesStore open(String location) throws StoreException {
		return open(location, null);
	}

	/**
	 * Opens a folder or a URL.
	 *
	 * @param login who connects to a server store; {@code null} for the URL's or the environment's
	 * @param base  what relative folder paths are resolved against
	 */
	public static SalesStore open(String location, SalesStoreProvider.StoreLogin login, Path base) throws StoreException {
		if (!isUrl(location)) {
			return FolderStore.open(base.resolve(location));
		}
		return provider(location).open(location, login);
	}

	public static SalesStore open(String location, SalesStoreProvider.StoreLogin login) throws StoreException {
		return open(location, login, Path.of(""));
	}

	/** Connects to a store without reading its working copy (see {@link SalesStoreProvider#connect}). */
	public static SalesStore connect(String location, SalesStoreProvider.StoreLogin login, Path base) throws StoreException {
		if (!isUrl(location)) {
			return FolderStore.open(base.resolve(location));
		}
		return provider(location).connect(location, login);
	}

	/** The provider that opens a URL; it also initialises and describes such stores. */
	public static SalesStoreProvider providerFor(String url) throws StoreException {
		if (!isUrl(url)) {
			throw new StoreException("'" + url + "' is a folder, not a store URL; give postgresql://host/database");
		}
		return provider(url);
	}

	/**
	 * Opens a store that must hold no records yet, to fill it (a migration): a folder is
	 * created; a database must have been initialised and be empty.
	 */
	public static SalesStore openEmpty(String location, Path base) throws StoreException {
		if (!isUrl(location)) {
			return FolderStore.create(base.resolve(location));
		}
		SalesStore store = provider(location).open(location, null);
		for (RecordKind kind : RecordKind.values()) {
			if (!store.list(kind).isEmpty()) {
				store.close();
				throw new StoreException(location + " already holds a sales workspace; migrate into an empty store");
			}
		}
		return store;
	}

	/**
	 * Copies everything of one workspace into another (empty) one, e.g. a folder's working copy
	 * into a database's before saving it.
	 */
	@SuppressWarnings("unchecked")
	public static void copyInto(SalesWorkspace from, SalesWorkspace into) {
		SalesWorkspace copy = EcoreUtil.copy(from);
		for (EStructuralFeature feature : copy.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !copy.eIsSet(feature)) {
				continue;
			}
			if (feature.isMany()) {
				((EList<Object>) into.eGet(feature)).addAll(new ArrayList<>((EList<Object>) copy.eGet(feature)));
			} else {
				into.eSet(feature, copy.eGet(feature));
			}
		}
	}

	private static SalesStoreProvider provider(String location) throws StoreException {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<String> problems = new ArrayList<>();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					if (element.createExecutableExtension("class") instanceof SalesStoreProvider provider
							&& provider.accepts(location)) {
						return provider;
					}
				} catch (CoreException e) {
					problems.add(element.getContributor().getName() + ": " + e.getMessage());
				}
			}
		}
		String scheme = location.substring(0, location.indexOf("://"));
		throw new StoreException("no store can open " + scheme + ":// locations here"
				+ (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")")
				+ "; give a workspace folder, or a postgresql:// URL with the team store plug-in installed");
	}
}
