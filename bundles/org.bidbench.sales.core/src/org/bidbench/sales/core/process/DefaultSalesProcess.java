package org.bidbench.sales.core.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.bidbench.sales.model.SalesPackage;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The default sales process of docs/domain.md, shipped as data ({@code default-sop.xmi} beside this
 * class). A workspace gets its own copy, which the company may edit.
 */
public final class DefaultSalesProcess {

	private static final String RESOURCE = "default-sop.xmi";

	private DefaultSalesProcess() {
	}

	/** A fresh copy of the default process, not contained anywhere. */
	public static SalesProcess load() {
		SalesPackage.eINSTANCE.eClass();
		Resource resource = new XMIResourceImpl(URI.createURI("platform:/plugin/org.bidbench.sales.core/" + RESOURCE));
		try (InputStream in = DefaultSalesProcess.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the sales.core bundle");
			}
			Map<Object, Object> options = new HashMap<>();
			resource.load(in, options);
		} catch (IOException e) {
			throw new UncheckedIOException("The default sales process shipped with BidBench cannot be read", e);
		}
		SalesProcess process = (SalesProcess) resource.getContents().get(0);
		resource.getContents().clear();
		return process;
	}

	/** Installs the default process into a workspace that has none; returns the workspace's process. */
	public static SalesProcess installInto(SalesWorkspace workspace) {
		if (workspace.getProcess() == null) {
			workspace.setProcess(load());
		}
		return workspace.getProcess();
	}
}
