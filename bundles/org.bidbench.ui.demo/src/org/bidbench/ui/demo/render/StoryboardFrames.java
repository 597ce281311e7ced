package org.bidbench.ui.demo.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.demo.motion.Flythrough;
import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.viewer.Camera;
import org.bidbench.viewer.OffscreenRenderer;
import org.bidbench.viewer.Scene;

/**
 * A storyboard played offscreen: the display state of the step being shown (its viewpoint, and the
 * elements of the quote lines it presents highlighted), the camera where the flythrough has it,
 * the title and price callouts drawn over the picture.
 */
public final class StoryboardFrames implements FrameSource {

	private final OffscreenRenderer renderer;
	private final Storyboard storyboard;
	private final ClientQuote quote;
	private final Flythrough flythrough;
	private final Camera camera = new Camera();
	private int shownStep = -1;
	/* The last frame and what it showed: while the camera rests on a step nothing changes, so the
	 * same picture is handed out again instead of drawn again (most of a storyboard's time is rest). */
	private BufferedImage lastImage;
	private int lastStep = -1;
	private Flythrough.Frame lastFrame;
	/* Two images drawn into in turn: a frame handed out stays as it is until the second call after it. */
	private final BufferedImage[] images = new BufferedImage[2];

	/**
	 * @param quote the client prices; {@code null} shows none
	 */
	public StoryboardFrames(OffscreenRenderer renderer, Storyboard storyboard, ClientQuote quote) {
		if (storyboard.steps().isEmpty()) {
			throw new IllegalArgumentException("the storyboard '" + storyboard.title() + "' has no steps");
		}
		this.renderer = renderer;
		this.storyboard = storyboard;
		this.quote = quote;
		this.flythrough = new Flythrough(storyboard);
	}

	public Flythrough flythrough() {
		return flythrough;
	}

	@Override
	public double duration() {
		return flythrough.duration();
	}

	@Override
	public BufferedImage frame(double seconds) {
		Flythrough.Frame f = flythrough.at(seconds);
		if (lastImage != null && f.step() == lastStep && lastFrame != null && f.pose().equals(lastFrame.pose())) {
			return lastImage; // callers never draw on a frame they were given
		}
		show(f.step());
		StepViews.place(camera, f.pose());
		if (images[0] == null) {
			images[0] = Overlay.frameImage(renderer);
			images[1] = Overlay.frameImage(renderer);
		}
		BufferedImage img = Overlay.render(renderer, camera, images[0] == lastImage ? images[1] : images[0]);
		StoryStep step = storyboard.steps().get(f.step());
		Overlay.caption(img, step.title(), callouts(step, quote));
		lastImage = img;
		lastStep = f.step();
		lastFrame = f;
		return img;
	}

	/** Puts a step's display state into the scene: its viewpoint, and its quote lines' elements selected. */
	private void show(int step) {
		if (step == shownStep) {
			return;
		}
		shownStep = step;
		applyStep(renderer.scene(), camera, storyboard.steps().get(step), quote);
	}

	/** The display state of a step, shared with the workbench's playback. */
	public static void applyStep(Scene scene, Camera camera, StoryStep step, ClientQuote quote) {
		StepViews.toViewpoint(step.title(), step.view()).apply(scene, camera);
		if (quote != null && !step.quoteLines().isEmpty()) {
			java.util.BitSet selection = scene.selection();
			selection.or(scene.elementsOf(quote.globalIdsOf(step.quoteLines())));
			scene.select(selection);
		}
	}

	/** One callout per quote line the step presents: description and client amount. */
	public static List<String> callouts(StoryStep step, ClientQuote quote) {
		List<String> out = new ArrayList<>();
		if (quote == null) {
			return out;
		}
		var byKey = quote.linesByKey();
		for (String key : step.quoteLines()) {
			ClientQuote.Line l = byKey.get(key);
			if (l != null) {
				out.add(l.description() + ": " + Money.format(quote.currency(), l.amount()));
			}
		}
		return out;
	}

	@Override
	public List<HandoutPage> pages() {
		List<HandoutPage> pages = new ArrayList<>();
		for (int i = 0; i < storyboard.steps().size(); i++) {
			StoryStep step = storyboard.steps().get(i);
			BufferedImage img = Overlay.copy(frame(flythrough.arrival(i))); // kept: the frame's image is drawn over later
			List<HandoutPage.Price> prices = new ArrayList<>();
			if (quote != null) {
				var byKey = quote.linesByKey();
				for (String key : step.quoteLines()) {
					ClientQuote.Line l = byKey.get(key);
					if (l != null) {
						prices.add(new HandoutPage.Price(l.description(), l.amount()));
					}
				}
			}
			pages.add(new HandoutPage(img, step.title(), step.talkingPoints(), prices));
		}
		return pages;
	}
}
