package org.bidbench.ui.demo.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.demo.price.CashCurve;
import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.price.ClientQuotes;
import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.IfcSchedule;
import org.bidbench.demo.sequence.ScheduleImport;
import org.bidbench.demo.sequence.StoreySequence;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.demo.storyboard.StoryboardFile;
import org.bidbench.demo.storyboard.StoryboardFormatException;
import org.bidbench.demo.tour.RoomTour;
import org.bidbench.geometry.GeometryException;
import org.bidbench.jogl.JoglRuntime;
import org.bidbench.ui.demo.render.FrameSource;
import org.bidbench.ui.demo.render.HandoutPdf;
import org.bidbench.ui.demo.render.ModelScene;
import org.bidbench.ui.demo.render.Mp4Export;
import org.bidbench.ui.demo.render.SequenceFrames;
import org.bidbench.ui.demo.render.StoryboardFrames;
import org.bidbench.viewer.OffscreenRenderer;

import com.jogamp.opengl.GLException;

/**
 * {@code walkthrough render MODEL --storyboard FILE|--rooms STOREY|--sequence storey|schedule[:FILE]
 * --out FILE.mp4|FILE.pdf [--size WxH] [--fps N] [--workspace SALES_DIR] [--lang zh|en]} and
 * {@code walkthrough plan MODEL --rooms STOREY --out FILE}.
 *
 * <p>Contributed by the demo bundle, not the cli: rendering needs the viewer and OpenGL, which the
 * command line itself does not require. Prices are the client's only: from the quote in the sales
 * workspace that prices this model ({@code --workspace}), else the model taken off and priced with
 * the sample catalog on the fly.
 */
public class WalkthroughCommand implements CliCommand {

	static final String USAGE = "walkthrough render MODEL --storyboard FILE|--rooms STOREY|--sequence storey|schedule[:FILE]"
			+ " --out FILE.mp4|FILE.pdf [--size WxH] [--fps N] [--workspace SALES_DIR] [--lang zh|en]\n"
			+ "  walkthrough plan MODEL --rooms STOREY --out FILE";

	private record Options(Path model, Path storyboard, String rooms, String sequence, Path out, int width, int height,
			int fps, Path workspace, boolean chinese) {
	}

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty() || !(arguments.get(0).equals("render") || arguments.get(0).equals("plan"))) {
			throw new UsageException("walkthrough takes 'render' or 'plan'");
		}
		boolean render = arguments.get(0).equals("render");
		Options o = parse(context, arguments.subList(1, arguments.size()), render);
		if (!Files.isRegularFile(o.model)) {
			throw new CommandException(o.model + ": no such file; give the path of an .ifc or .ifczip model");
		}
		if (render) {
			String display = System.getenv("DISPLAY");
			if (display == null || display.isBlank()) {
				throw new CommandException("walkthrough render draws with OpenGL and needs an X display, and DISPLAY is"
						+ " not set; run under xvfb-run (xvfb-run -a bidbench walkthrough render ...)");
			}
			if (o.out.toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
				try {
					Mp4Export.ffmpeg(); // before minutes of tessellation, not after
				} catch (IOException e) {
					throw new CommandException(e.getMessage(), e);
				}
			}
		}
		ModelScene scene;
		try {
			scene = ModelScene.load(o.model, p -> context.err().printf(Locale.ROOT, "tessellating %s: %d%%%n",
					o.model.getFileName(), p));
		} catch (IOException e) {
			throw new CommandException(o.model + ": cannot be read as IFC (" + e.getMessage()
					+ "); check it with 'bidbench validate'", e);
		} catch (GeometryException e) {
			throw new CommandException(e.getMessage(), e);
		}
		if (!render) {
			RoomTour.Plan plan = tour(scene, o);
			Storyboard board = withModel(plan.storyboard(), o.model);
			try {
				StoryboardFile.write(board, o.out);
			} catch (IOException e) {
				throw new CommandException(o.out + ": cannot write the storyboard (" + e.getMessage()
						+ "); choose a writable place for --out", e);
			}
			long cuts = plan.legs().stream().filter(l -> l == null).count();
			context.out().printf(Locale.ROOT, "room tour of %s: %d rooms, %d walked through doors, %d cut to; written to %s%n",
					o.rooms, plan.rooms().size(), plan.legs().size() - cuts, cuts, o.out);
			return 0;
		}
		ClientQuote quote = quote(context, scene, o);
		try {
			JoglRuntime.initialise();
			try (OffscreenRenderer renderer = new OffscreenRenderer(scene.scene(), o.width, o.height)) {
				FrameSource source;
				String title;
				if (o.sequence != null) {
					ConstructionSchedule schedule = schedule(context, scene, o);
					CashCurve curve = quote == null ? null : CashCurve.of(schedule, quote);
					source = new SequenceFrames(renderer, schedule, curve);
					title = "Construction sequence (" + schedule.source() + ")";
					context.err().printf(Locale.ROOT, "sequence from %s: %d tasks, %s to %s%n", schedule.source(),
							schedule.tasks().size(), schedule.start(), schedule.finish());
				} else {
					Storyboard board = o.storyboard != null ? readStoryboard(o.storyboard) : tour(scene, o).storyboard();
					source = new StoryboardFrames(renderer, board, quote);
					title = board.title();
				}
				write(context, source, title, quote, o);
			}
		} catch (GLException e) {
			throw new CommandException("no OpenGL 3.3 core context (" + e.getMessage()
					+ "); run under xvfb-run with Mesa installed (apt install xvfb libgl1-mesa-dri)", e);
		}
		return 0;
	}

	private static void write(CommandContext context, FrameSource source, String title, ClientQuote quote, Options o)
			throws CommandException {
		String name = o.out.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".pdf")) {
				var pages = source.pages();
				HandoutPdf.write(title, pages, quote, o.chinese ? HandoutPdf.Labels.chinese() : HandoutPdf.Labels.english(),
						o.out);
				context.out().printf(Locale.ROOT, "handout: %d pages written to %s%n", pages.size() + (quote == null ? 0 : 1),
						o.out);
			} else {
				long start = System.nanoTime();
				int[] lastTenth = {-1};
				int frames = Mp4Export.write(source, o.fps, o.out, done -> {
					int tenth = (int) (done * 10);
					if (tenth != lastTenth[0]) {
						lastTenth[0] = tenth;
						context.err().printf(Locale.ROOT, "rendering: %d%%%n", tenth * 10);
					}
				}, null);
				double seconds = (System.nanoTime() - start) / 1e9;
				double videoSeconds = frames / (double) o.fps;
				context.out().printf(Locale.ROOT, "video: %d frames at %dx%d, %d fps, %.1f s, written to %s%n", frames,
						o.width, o.height, o.fps, videoSeconds, o.out);
				context.out().printf(Locale.ROOT, "rendering time: %.1f s, %.2f s per second of video, %.1f frames/s%n",
						seconds, seconds / videoSeconds, frames / seconds);
			}
		} catch (IOException e) {
			throw new CommandException(o.out + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CommandException("interrupted while encoding " + o.out, e);
		}
	}

	private static ClientQuote quote(CommandContext context, ModelScene scene, Options o) throws CommandException {
		try {
			if (o.workspace != null) {
				ClientQuote q = ClientQuotes.fromWorkspace(o.workspace, scene.meshed(), o.chinese);
				if (q != null) {
					context.err().println("prices: quote " + q.reference() + " from " + o.workspace);
					return q;
				}
				context.err().println("prices: no quote in " + o.workspace + " prices this model; pricing it on the fly");
			}
			ClientQuote q = ClientQuotes.priceOnTheFly(scene.model(), o.chinese);
			context.err().println("prices: the model taken off and priced with the sample catalog");
			return q;
		} catch (ClientQuotes.PriceUnavailableException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static ConstructionSchedule schedule(CommandContext context, ModelScene scene, Options o)
			throws CommandException {
		LocalDate start = LocalDate.now().plusDays(14);
		try {
			if (o.sequence.equals("storey")) {
				return StoreySequence.of(scene.model(), scene.meshed(), start);
			}
			if (o.sequence.equals("schedule")) {
				return IfcSchedule.of(scene.model(), scene.meshed(), start);
			}
			Path file = context.resolve(o.sequence.substring("schedule:".length()));
			return ScheduleImport.read(file, scene.model(), scene.meshed());
		} catch (IllegalArgumentException | ScheduleImport.ScheduleFormatException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(o.sequence + ": cannot be read (" + e.getMessage() + ")", e);
		}
	}

	private static RoomTour.Plan tour(ModelScene scene, Options o) throws CommandException {
		try {
			return RoomTour.plan(scene.model(), scene.geometry(), o.rooms);
		} catch (IllegalArgumentException e) {
			throw new CommandException(o.model.getFileName() + ": " + e.getMessage(), e);
		}
	}

	private static Storyboard withModel(Storyboard b, Path model) {
		return new Storyboard(b.title(), model.getFileName().toString(), b.steps());
	}

	private static Storyboard readStoryboard(Path file) throws CommandException {
		try {
			return StoryboardFile.read(file);
		} catch (StoryboardFormatException e) {
			throw new CommandException(e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(file + ": cannot be read (" + e.getMessage() + ")", e);
		}
	}

	private static Options parse(CommandContext context, List<String> args, boolean render) throws UsageException {
		Path model = null, storyboard = null, out = null, workspace = null;
		String rooms = null, sequence = null;
		int width = 1280, height = 720, fps = 30;
		boolean chinese = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
				case "--storyboard" -> storyboard = context.resolve(value(args, ++i, a));
				case "--rooms" -> rooms = value(args, ++i, a);
				case "--sequence" -> {
					sequence = value(args, ++i, a);
					if (!sequence.equals("storey") && !sequence.equals("schedule") && !sequence.startsWith("schedule:")) {
						throw new UsageException("--sequence takes storey, schedule (the model's IfcTasks) or schedule:FILE"
								+ " (.csv or MS Project .xml), not '" + sequence + "'");
					}
				}
				case "--out" -> out = context.resolve(value(args, ++i, a));
				case "--workspace" -> workspace = context.resolve(value(args, ++i, a));
				case "--size" -> {
					try {
						int[] s = Mp4Export.size(value(args, ++i, a));
						width = s[0];
						height = s[1];
					} catch (IllegalArgumentException e) {
						throw new UsageException("--size: " + e.getMessage());
					}
				}
				case "--fps" -> {
					String v = value(args, ++i, a);
					try {
						fps = Integer.parseInt(v);
						if (fps < 1 || fps > 120) {
							throw new NumberFormatException();
						}
					} catch (NumberFormatException e) {
						throw new UsageException("--fps takes a whole number from 1 to 120, not '" + v + "'");
					}
				}
				case "--lang" -> {
					String v = value(args, ++i, a);
					if (!v.equals("zh") && !v.equals("en")) {
						throw new UsageException("--lang takes zh or en, not '" + v + "'");
					}
					chinese = v.equals("zh");
				}
				default -> {
					if (a.startsWith("--")) {
						throw new UsageException("unknown option " + a);
					}
					if (model != null) {
						throw new UsageException("one model only; got " + model + " and " + a);
					}
					model = context.resolve(a);
				}
			}
		}
		if (model == null) {
			throw new UsageException("missing the model: " + USAGE);
		}
		if (out == null) {
			throw new UsageException("missing --out: " + USAGE);
		}
		if (!render) {
			if (rooms == null) {
				throw new UsageException("walkthrough plan needs --rooms STOREY");
			}
			return new Options(model, null, rooms, null, out, width, height, fps, workspace, chinese);
		}
		int sources = (storyboard != null ? 1 : 0) + (rooms != null ? 1 : 0) + (sequence != null ? 1 : 0);
		if (sources != 1) {
			throw new UsageException("give exactly one of --storyboard FILE, --rooms STOREY, --sequence storey|schedule[:FILE]");
		}
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".mp4") && !name.endsWith(".pdf")) {
			throw new UsageException("--out names an .mp4 video or a .pdf handout, not " + out.getFileName());
		}
		return new Options(model, storyboard, rooms, sequence, out, width, height, fps, workspace, chinese);
	}

	private static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}
}
