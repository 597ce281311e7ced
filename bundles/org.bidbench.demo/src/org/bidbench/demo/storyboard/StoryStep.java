package org.bidbench.demo.storyboard;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One step of a storyboard: what is shown, what the presenter says, what part of the quote it
 * presents and how long it stays.
 *
 * @param title the step's title, shown to the client
 * @param talkingPoints what the presenter says, shown only on the presenter's screen and in the
 *        handout
 * @param view the camera and display state
 * @param quoteLines keys of the quote lines this step presents (their elements are highlighted,
 *        their client price is shown as a callout); empty for none
 * @param seconds how long the step is held after the camera arrives
 * @param transition how the camera gets here from the previous step
 * @param route waypoints a {@link Transition#WALK} passes through on its way here (eye positions,
 *        excluding the previous step's eye and this one's); empty otherwise
 */
public record StoryStep(String title, List<String> talkingPoints, StepView view, List<String> quoteLines, double seconds,
		Transition transition, List<double[]> route) {

	/** How the camera moves into a step. */
	public enum Transition {
		/** An eased flight of eye, target and field of view. */
		FLY,
		/** Walking at eye height along the route, looking ahead, then turning to the view. */
		WALK,
		/** No movement: the view changes at once. */
		CUT
	}

	/** The shortest hold a step may have: a step nobody can read is a mistake. */
	public static final double MIN_SECONDS = 0.5;

	public StoryStep {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(view, "view");
		Objects.requireNonNull(transition, "transition");
		talkingPoints = List.copyOf(talkingPoints);
		quoteLines = List.copyOf(quoteLines);
		route = route.stream().map(double[]::clone).toList();
		if (!(seconds >= MIN_SECONDS) || Double.isInfinite(seconds)) {
			throw new IllegalArgumentException("step '" + title + "' lasts " + seconds + " s; a step lasts at least "
					+ MIN_SECONDS + " s");
		}
	}

	/** A step flown to, with no quote lines. */
	public static StoryStep of(String title, StepView view, double seconds, String... talkingPoints) {
		return new StoryStep(title, List.of(talkingPoints), view, List.of(), seconds, Transition.FLY, List.of());
	}

	public StoryStep withTitle(String newTitle) {
		return new StoryStep(newTitle, talkingPoints, view, quoteLines, seconds, transition, route);
	}

	public StoryStep withTalkingPoints(List<String> points) {
		return new StoryStep(title, points, view, quoteLines, seconds, transition, route);
	}

	public StoryStep withView(StepView newView) {
		return new StoryStep(title, talkingPoints, newView, quoteLines, seconds, transition, route);
	}

	public StoryStep withQuoteLines(List<String> keys) {
		return new StoryStep(title, talkingPoints, view, keys, seconds, transition, route);
	}

	public StoryStep withSeconds(double newSeconds) {
		return new StoryStep(title, talkingPoints, view, quoteLines, newSeconds, transition, route);
	}

	public StoryStep withTransition(Transition newTransition) {
		return new StoryStep(title, talkingPoints, view, quoteLines, seconds, newTransition,
				newTransition == Transition.WALK ? route : List.of());
	}

	@Override
	public List<double[]> route() {
		return route.stream().map(double[]::clone).toList();
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof StoryStep s) || s.route.size() != route.size()) {
			return false;
		}
		for (int i = 0; i < route.size(); i++) {
			if (!Arrays.equals(route.get(i), s.route.get(i))) {
				return false;
			}
		}
		return title.equals(s.title) && talkingPoints.equals(s.talkingPoints) && view.equals(s.view)
				&& quoteLines.equals(s.quoteLines) && seconds == s.seconds && transition == s.transition;
	}

	@Override
	public int hashCode() {
		return Objects.hash(title, talkingPoints, view, quoteLines, seconds, transition);
	}
}
