package org.bidbench.ifc;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a model file of a format BidBench's IFC reader does not read by itself, contributed on the
 * {@code org.bidbench.ifc.importers} extension point. BidBench's own importer, {@code ifc}, reads
 * IFC STEP and ifcZIP and takes every file no other importer accepts.
 *
 * <p>To be drawn and measured, the model an importer returns should come from a STEP file on disk
 * ({@link IfcModel#open(Path, ReadOptions)} on a file the importer wrote, for instance in a cache
 * folder): geometry engines read files. A model read from memory still gives its tree, properties
 * and authored quantities.
 */
public interface ModelImporter {

	/** Whether this importer reads the file; decided from its name, or by peeking at its first bytes. */
	boolean accepts(Path file);

	/**
	 * Opens the file.
	 *
	 * @throws IOException with a message that says what is wrong with the file and what to do
	 */
	IfcModel open(Path file, ReadOptions options) throws IOException;
}
