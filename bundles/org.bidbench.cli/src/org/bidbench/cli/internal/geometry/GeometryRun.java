package org.bidbench.cli.internal.geometry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;

/**
 * What the geometry commands share: their arguments (a model file, one output option, time
 * budgets) and a stream of the whole model with progress on stderr.
 */
final class GeometryRun {

	/** Default budget per element: web-ifc takes minutes on a few booleans, a user waits seconds. */
	static final Duration DEFAULT_ELEMENT_BUDGET = Duration.ofSeconds(30);

	final Path model;
	final String output;
	final GeometryOptions options;

	interface ResultSink {
		void accept(ProductGeometry g) throws IOException;
	}

	/**
	 * Parses {@code FILE --<outputOption> OUT [--time-budget S] [--element-budget S] [--threads N]}.
	 */
	GeometryRun(CommandContext context, List<String> arguments, String outputOption) throws UsageException {
		CommandOptions parsed = CommandOptions.parse(arguments,
				Set.of("--time-budget", "--element-budget", "--threads", outputOption), Set.of());
		List<String> files = parsed.positional();
		if (files.size() > 1) {
			throw new UsageException("one model file only; got " + files.get(0) + " and " + files.get(1));
		}
		Path file = files.isEmpty() ? null : context.resolve(files.get(0));
		String out = parsed.value(outputOption);
		String modelSeconds = parsed.value("--time-budget");
		String elementSeconds = parsed.value("--element-budget");
		Duration modelBudget = modelSeconds == null ? null : seconds("--time-budget", modelSeconds);
		Duration elementBudget = elementSeconds == null ? DEFAULT_ELEMENT_BUDGET : seconds("--element-budget", elementSeconds);
		if (file == null) {
			throw new UsageException("missing the IFC file");
		}
		if (out == null) {
			throw new UsageException("missing " + outputOption + " OUT");
		}
		this.model = file;
		this.output = out;
		this.options = new GeometryOptions(elementBudget, modelBudget, threads(parsed.value("--threads")));
	}

	/** {@code --threads N}: how many engine runtimes; without it the engine chooses. */
	static int threads(String text) throws UsageException {
		if (text == null) {
			return GeometryOptions.AUTOMATIC;
		}
		try {
			int n = Integer.parseInt(text);
			if (n >= 1 && n <= GeometryOptions.MAX_THREADS) {
				return n;
			}
		} catch (NumberFormatException e) {
			// Falls through to the message.
		}
		throw new UsageException("--threads takes a whole number from 1 to " + GeometryOptions.MAX_THREADS + ", not '" + text + "'");
	}

	/** Opens the model, streams every product to {@code sink}, and prints a summary to stderr. */
	Summary run(CommandContext context, ResultSink sink, IfcModelConsumer beforeStream) throws CommandException {
		if (!Files.isRegularFile(model)) {
			throw new CommandException(model + ": no such file; give the path of an .ifc or .ifczip file");
		}
		GeometryEngine engine;
		try {
			engine = GeometryEngines.getDefault();
		} catch (GeometryException e) {
			throw new CommandException(e.getMessage(), e);
		}
		// The engine's runtimes start while our reader opens the model: a second or so that the
		// command would otherwise wait for afterwards. A failure here shows again, with its message, at open.
		Thread warmUp = Thread.ofPlatform().daemon().name("geometry engine start").start(() -> {
			try {
				engine.warmUp(options);
			} catch (GeometryException | RuntimeException e) {
				// Reported by engine.open below.
			}
		});
		IfcModel ifc;
		try {
			ifc = ModelImporters.open(model);
		} catch (IOException e) {
			throw new CommandException(model + ": cannot be read as IFC (" + e.getMessage()
					+ "); check it with 'bidbench validate'", e);
		}
		beforeStream.accept(ifc);
		try {
			warmUp.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CommandException("interrupted while the geometry engine was starting", e);
		}
		Summary summary = new Summary();
		long start = System.nanoTime();
		try (GeometrySession session = engine.open(ifc, options)) {
			int[] lastPercent = {-1};
			IOException[] failure = {null};
			session.streamAll(g -> {
				if (failure[0] != null) {
					return;
				}
				summary.count(g);
				if (g.status() == ProductGeometry.Status.FAILED) {
					context.err().println("warning: " + model.getFileName() + " #" + g.productId() + " " + g.globalId()
							+ " (" + g.ifcClass() + "): " + g.failureReason());
				}
				try {
					sink.accept(g);
				} catch (IOException e) {
					failure[0] = e;
				}
			}, new GeometryMonitor() {
				@Override
				public void worked(int done, int total) {
					int percent = total == 0 ? 100 : done * 100 / total;
					if (percent / 10 != lastPercent[0] / 10) {
						lastPercent[0] = percent;
						context.err().printf(Locale.ROOT, "tessellating %s: %d%% (%d of %d)%n", model.getFileName(),
								percent, done, total);
					}
				}

				@Override
				public boolean isCanceled() {
					return failure[0] != null;
				}
			});
			if (failure[0] != null) {
				throw new CommandException("cannot write " + output + " (" + failure[0].getMessage()
						+ "); check the folder exists and is writable", failure[0]);
			}
		} catch (GeometryException e) {
			throw new CommandException(e.getMessage(), e);
		}
		summary.seconds = (System.nanoTime() - start) / 1e9;
		if (summary.cancelled > 0) {
			context.err().println("warning: " + summary.cancelled + " products were not tessellated: the time budget of "
					+ options.modelTimeBudget().toSeconds() + " s ran out; raise --time-budget");
		}
		return summary;
	}

	interface IfcModelConsumer {
		void accept(IfcModel model) throws CommandException;
	}

	/** Counts per status. */
	static final class Summary {
		int products;
		int meshed;
		int noGeometry;
		int failed;
		int cancelled;
		long triangles;
		double seconds;

		void count(ProductGeometry g) {
			products++;
			switch (g.status()) {
				case MESHED -> meshed++;
				case NO_GEOMETRY -> noGeometry++;
				case FAILED -> failed++;
				case CANCELLED -> cancelled++;
			}
			triangles += g.triangleCount();
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%d products: %d meshed (%d triangles), %d without geometry, %d failed,"
					+ " %d not done; %.1f s", products, meshed, triangles, noGeometry, failed, cancelled, seconds);
		}
	}

	private static Duration seconds(String option, String text) throws UsageException {
		try {
			double s = Double.parseDouble(text);
			if (!(s > 0)) {
				throw new NumberFormatException();
			}
			return Duration.ofMillis(Math.round(s * 1000));
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a number of seconds greater than 0, not '" + text + "'");
		}
	}
}
