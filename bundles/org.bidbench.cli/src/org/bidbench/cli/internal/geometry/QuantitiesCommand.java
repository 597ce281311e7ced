package org.bidbench.cli.internal.geometry;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

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

	/** How many products may wait for their quantities and their row before the engine waits for the oldest. */
	private static final int MEASURED_AHEAD = 256;

	/**
	 * Throws what went wrong with the rows written so far: a write's IOException as itself, a
	 * measurement's failure as it was thrown. With {@code wait}, first waits for every row.
	 */
	private static void failureOf(CompletableFuture<Void> rows, boolean wait) throws IOException {
		if (!wait && !rows.isCompletedExceptionally()) {
			return;
		}
		try {
			rows.join();
		} catch (CompletionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof UncheckedIOException io) {
				throw io.getCause();
			}
			if (cause instanceof RuntimeException r) {
				throw r;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw e;
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
			// the engine tessellates the next products, and the rows are written in product order on a
			// thread of their own: the engine's thread only hands each product over.
			ExecutorService measuring = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
					Thread.ofPlatform().daemon().name("quantities").factory());
			ExecutorService writing = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("quantities csv").factory());
			Semaphore ahead = new Semaphore(MEASURED_AHEAD);
			AtomicReference<CompletableFuture<Void>> last = new AtomicReference<>(CompletableFuture.completedFuture(null));
			GeometryRun.Summary summary;
			try {
				summary = run.run(context, g -> {
					failureOf(last.get(), false);
					try {
						ahead.acquire();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new InterruptedIOException("interrupted while waiting for the quantities of earlier products");
					}
					CompletableFuture<MeshQuantities> quantities = CompletableFuture.supplyAsync(g::quantities, measuring);
					CompletableFuture<Void> row = last.get().thenCombineAsync(quantities, (before, q) -> {
						try {
							csv[0].add(g, q);
						} catch (IOException e) {
							throw new UncheckedIOException(e);
						}
						return null;
					}, writing);
					row.whenComplete((done, e) -> ahead.release());
					last.set(row);
				}, model -> {
					try {
						csv[0] = new QuantityCsv(model, writer);
					} catch (IOException e) {
						throw new CommandException("cannot write " + run.output + " (" + e.getMessage()
								+ "); check the folder exists and is writable", e);
					}
				});
				long drain = System.nanoTime();
				failureOf(last.get(), true);
				summary.seconds += (System.nanoTime() - drain) / 1e9;
			} finally {
				measuring.shutdownNow();
				writing.shutdownNow();
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
