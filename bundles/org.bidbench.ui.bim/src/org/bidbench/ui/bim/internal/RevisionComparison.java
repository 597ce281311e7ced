package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.ConfirmedMatches;
import org.bidbench.qto.ElementMatch;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.ModelDiff;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.qto.ModelFingerprint;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The take-off view's comparison of an older version of the model with the open one, as
 * {@code bidbench diff OLD NEW --match auto} does it: elements whose GlobalIds the exporter
 * regenerated are paired by content, pairs a person confirmed before are reused (saved beside the
 * two files' SHA-256), and the doubtful candidates are offered for confirmation.
 *
 * @param oldFile   the older version
 * @param newFile   the open model's file
 * @param diff      the comparison
 * @param confirmed the pairs confirmed for these two files so far; {@link #confirm} adds to them
 */
public record RevisionComparison(Path oldFile, Path newFile, ModelDiffResult diff, ConfirmedMatches confirmed) {

	/**
	 * Compares the two files under the pack, measuring both with the default geometry engine (the
	 * authored quantities alone when there is none). Long: run it in a job.
	 */
	public static RevisionComparison compare(Path oldFile, Path newFile, RulePack pack, IProgressMonitor monitor)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		IfcModel before = IfcModel.open(oldFile);
		progress.worked(15);
		IfcModel after = IfcModel.open(newFile);
		progress.worked(15);
		ConfirmedMatches confirmed = ConfirmedMatches.of(newFile, ModelFingerprint.sha256(oldFile), ModelFingerprint.sha256(newFile));
		GeometryEngine engine;
		try {
			engine = GeometryEngines.getDefault();
		} catch (GeometryException e) {
			engine = null;
		}
		if (engine == null) {
			ModelDiffResult diff = ModelDiff.compare(new TakeoffSession(before, ComputedQuantitySource.NONE),
					new TakeoffSession(after, ComputedQuantitySource.NONE), pack, ModelDiff.Match.AUTO, confirmed);
			return new RevisionComparison(oldFile, newFile, diff, confirmed);
		}
		try (GeometrySession a = engine.open(before); GeometrySession b = engine.open(after)) {
			progress.setTaskName(RevisionMessages.Revision_measuring);
			ModelDiffResult diff = ModelDiff.compare(new TakeoffSession(before, new EngineQuantitySource(a, engine.name(), null)),
					new TakeoffSession(after, new EngineQuantitySource(b, engine.name(), null)), pack, ModelDiff.Match.AUTO, confirmed);
			progress.worked(70);
			return new RevisionComparison(oldFile, newFile, diff, confirmed);
		} catch (GeometryException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Saves the pairs a person confirmed beside the two files: the next comparison reuses them. */
	public void confirm(List<ElementMatch> pairs) throws IOException {
		for (ElementMatch m : pairs) {
			confirmed.confirm(m.oldGlobalId(), m.newGlobalId());
		}
		confirmed.save();
	}
}
