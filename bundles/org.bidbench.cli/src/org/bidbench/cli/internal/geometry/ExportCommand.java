package org.bidbench.cli.internal.geometry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.geometry.export.GlbWriter;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.io.AtomicWrite;

/**
 * {@code export FILE --gltf OUT.glb}: the meshes as binary glTF 2.0, each node with the GlobalId and
 * class of its product in {@code extras}, so any glTF viewer shows what BidBench computed.
 */
public class ExportCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (!arguments.isEmpty() && org.bidbench.cli.internal.exchange.SalesExportCommand.KINDS.contains(arguments.get(0))) {
			return org.bidbench.cli.internal.exchange.SalesExportCommand.run(context, arguments);
		}
		GeometryRun run = new GeometryRun(context, arguments, "--gltf");
		Path target = context.resolve(run.output);
		GlbWriter glb = new GlbWriter();
		IfcModel[] model = {null};
		GeometryRun.Summary summary = run.run(context,
				g -> glb.add(g, model[0].entity(g.productId()) == null ? null : model[0].entity(g.productId()).name()),
				m -> model[0] = m);
		try {
			AtomicWrite.write(target, out -> glb.write(out, "BidBench (" + run.model.getFileName() + ")"));
		} catch (IOException e) {
			throw new CommandException("cannot write " + target + " (" + e.getMessage()
					+ "); check the folder exists and is writable", e);
		}
		context.err().println("wrote " + glb.productCount() + " products, " + glb.triangleCount() + " triangles to "
				+ target + "; " + summary);
		return 0;
	}
}
