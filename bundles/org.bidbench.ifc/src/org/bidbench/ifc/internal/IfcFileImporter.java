package org.bidbench.ifc.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporter;
import org.bidbench.ifc.ReadOptions;

/** BidBench's own importer: the IFC reader, for STEP and ifcZIP files and any file no other importer takes. */
public final class IfcFileImporter implements ModelImporter {

	@Override
	public boolean accepts(Path file) {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".ifc") || name.endsWith(".ifczip");
	}

	@Override
	public IfcModel open(Path file, ReadOptions options) throws IOException {
		return IfcModel.open(file, options);
	}
}
