package org.bidbench.cli.internal.report;

import java.io.IOException;
import java.nio.file.Path;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.Coverage;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;

/**
 * The take-off a quote is priced from: authored quantities where the file has sane ones, the
 * default geometry engine's elsewhere (unless {@code --authored-only}), and the coverage of every
 * product, so that nothing drops out of the price unseen.
 *
 * @param result   the take-off
 * @param coverage what happened to every product
 */
record QuoteTakeoff(TakeoffResult result, Coverage coverage) {

	static QuoteTakeoff run(CommandContext context, Path model, RulePack pack, boolean authoredOnly) throws CommandException {
		long start = System.nanoTime();
		IfcModel ifc;
		try {
			ifc = ModelImporters.open(model);
		} catch (IOException e) {
			throw new CommandException(model + ": cannot be read as IFC: " + e.getMessage(), e);
		}
		GeometrySession geometry = null;
		ComputedQuantitySource computed = ComputedQuantitySource.NONE;
		if (!authoredOnly) {
			try {
				GeometryEngine engine = GeometryEngines.getDefault();
				geometry = engine.open(ifc);
				computed = new EngineQuantitySource(geometry, engine.name(), null);
			} catch (GeometryException e) {
				context.err().println("note: authored quantities only (no geometry engine): " + e.getMessage());
			}
		}
		try {
			TakeoffSession session = new TakeoffSession(ifc, computed);
			TakeoffResult result = session.run(pack);
			Coverage coverage = session.coverage(result);
			context.err().printf("take-off: %d lines, %d flags, quantities %s; %d products: %d priced, %d excluded, %d unmatched (%d ms)%n",
					result.lines().size(), result.flags().size(), authoredOnly ? "authored only" : "authored, else computed by " + computed.engineName(),
					coverage.products().size(), coverage.count(Coverage.Status.PRICED), coverage.count(Coverage.Status.EXCLUDED),
					coverage.count(Coverage.Status.UNMATCHED), (System.nanoTime() - start) / 1_000_000);
			return new QuoteTakeoff(result, coverage);
		} catch (IllegalStateException e) {
			throw new CommandException(e.getMessage() + " -- run again with --authored-only to skip computed quantities", e);
		} finally {
			if (geometry != null) {
				geometry.close();
			}
		}
	}
}
