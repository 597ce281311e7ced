package org.bidbench.demo.storyboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered list of steps that walks a client through a model and its price. Saved beside the
 * model as {@code MODEL.storyboard.xml} ({@link StoryboardFile}).
 *
 * @param title what the presentation is called
 * @param model the file name of the model it was made on (a hint; the steps refer to GlobalIds)
 * @param steps the steps in playing order
 */
public record Storyboard(String title, String model, List<StoryStep> steps) {

	public Storyboard {
		Objects.requireNonNull(title, "title");
		model = model == null ? "" : model;
		steps = List.copyOf(steps);
	}

	public Storyboard withSteps(List<StoryStep> newSteps) {
		return new Storyboard(title, model, newSteps);
	}

	/** A copy with {@code step} added at {@code index}. */
	public Storyboard inserted(int index, StoryStep step) {
		List<StoryStep> s = new ArrayList<>(steps);
		s.add(index, step);
		return withSteps(s);
	}

	/** A copy with step {@code index} replaced. */
	public Storyboard replaced(int index, StoryStep step) {
		List<StoryStep> s = new ArrayList<>(steps);
		s.set(index, step);
		return withSteps(s);
	}

	/** A copy without step {@code index}. */
	public Storyboard removed(int index) {
		List<StoryStep> s = new ArrayList<>(steps);
		s.remove(index);
		return withSteps(s);
	}

	/** A copy with step {@code from} moved to position {@code to}. */
	public Storyboard moved(int from, int to) {
		List<StoryStep> s = new ArrayList<>(steps);
		s.add(to, s.remove(from));
		return withSteps(s);
	}

	/**
	 * The steps that name elements the model no longer has (a newer revision removed them), each with
	 * the GlobalIds that are missing: what the editor flags.
	 *
	 * @param modelGlobalIds the GlobalIds of the model now open
	 * @param quoteLineGlobalIds GlobalIds of the quote lines a step presents, looked up by key (may
	 *        return an empty list for unknown keys)
	 */
	public List<MissingElements> missingElements(Set<String> modelGlobalIds,
			java.util.function.Function<String, Collection<String>> quoteLineGlobalIds) {
		List<MissingElements> out = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			StoryStep step = steps.get(i);
			Set<String> named = new java.util.LinkedHashSet<>(step.view().globalIds());
			for (String key : step.quoteLines()) {
				named.addAll(quoteLineGlobalIds.apply(key));
			}
			List<String> missing = named.stream().filter(g -> !modelGlobalIds.contains(g)).toList();
			if (!missing.isEmpty()) {
				out.add(new MissingElements(i, step.title(), missing));
			}
		}
		return out;
	}

	/**
	 * A step that refers to elements the model does not have.
	 *
	 * @param step index of the step
	 * @param title its title
	 * @param globalIds the missing GlobalIds
	 */
	public record MissingElements(int step, String title, List<String> globalIds) {
	}
}
