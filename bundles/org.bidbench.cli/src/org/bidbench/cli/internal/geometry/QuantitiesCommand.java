package org.bidbench.cli.internal.geometry;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.geometry.MeshQuantities;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.geometry.export.QuantityCsv;
import org.bidbench.ifc.io.AtomicWrite;

/**
 * {@code quantities FILE --csv OUT}: one CSV row per product with authored and computed volumes,
 * for checking a take-off against the model. {@code --csv -} writes to standard output.
 */
public class QuantitiesCommand implements CliCommand {

	/** How many products may wait for their quantities before the writer waits for the oldest. */
	private static final int MEASURED_AHEAD = 256;

	/** A product and its quantities being measured. */
	private record Row(ProductGeometry geometry, CompletableFuture<MeshQuantities> quantities) {
		void writeTo(QuantityCsv csv) throws IOException {
			csv.add(geometry, quantities.join());
		}
	}

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		GeometryRun run = new GeometryRun(context, arguments, "--csv");
		boolean toStdout = run.output.equals("-");
		Path target = toStdout ? null : context.resolve(run.output);
		AtomicWrite.Part partial = null;
		Writer out = null;
		try {
			partial = toStdout ? null : AtomicWrite.begin(target);
			// Standard output belongs to the launcher: flushed, never closed.
			out = toStdout
					? new OutputStreamWriter(context.out(), StandardCharsets.UTF_8)
					: Files.newBufferedWriter(partial.path(), StandardCharsets.UTF_8);
			Writer writer = out;
			QuantityCsv[] csv = {null};
			// The mesh quantities (closure, volume, principal axes) are measured on other threads while
			// the engine tessellates the next products; rows are written in product order.
			ExecutorService measuring = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
				Thread t = new Thread(r, "quantities");
				t.setDaemon(true);
				return t;
			});
			ArrayDeque<Row> pending = new ArrayDeque<>();
			GeometryRun.Summary summary;
			try {
				summary = run.run(context, g -> {
					pending.add(new Row(g, CompletableFuture.supplyAsync(g::quantities, measuring)));
					while (!pending.isEmpty() && (pending.peek().quantities.isDone() || pending.size() > MEASURED_AHEAD)) {
						pending.poll().writeTo(csv[0]);
					}
				}, model -> {
					try {
						csv[0] = new QuantityCsv(model, writer);
					} catch (IOException e) {
						throw new CommandException("cannot write " + run.output + " (" + e.getMessage()
								+ "); check the folder exists and is writable", e);
					}
				});
				long drain = System.nanoTime();
				while (!pending.isEmpty()) {
					pending.poll().writeTo(csv[0]);
				}
				summary.seconds += (System.nanoTime() - drain) / 1e9;
			} finally {
				measuring.shutdownNow();
			}
			out.flush();
			if (!toStdout) {
				out.close();
				// Written aside and moved at the end: a failed run leaves no half table behind.
				partial.commit();
			}
			context.err().println("wrote " + csv[0].rowCount() + " rows to " + (toStdout ? "stdout" : target) + "; "
					+ summary + "; " + csv[0].divergenceCount()
					+ " volumes diverge from the authored ones by more than 1 % (column volume_divergence)");
		} catch (IOException e) {
			throw new CommandException("cannot write " + run.output + " (" + e.getMessage()
					+ "); check the folder exists and is writable", e);
		} finally {
			if (!toStdout) {
				try {
					if (out != null) {
						out.close();
					}
					if (partial != null) {
						partial.close();
					}
				} catch (IOException ignored) {
					// Only a leftover temporary file.
				}
			}
		}
		return 0;
	}
}
