package org.bidbench.demo.sequence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One task of a construction sequence: what is built, from when to when.
 *
 * @param name what the task is called (e.g. {@code Erdgeschoss: walls})
 * @param start first working day
 * @param finish last working day (inclusive; equal to start for a one-day task)
 * @param globalIds the elements the task builds
 */
public record ConstructionTask(String name, LocalDate start, LocalDate finish, List<String> globalIds) {

	public ConstructionTask {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(finish, "finish");
		if (finish.isBefore(start)) {
			throw new IllegalArgumentException("task '" + name + "' finishes (" + finish + ") before it starts (" + start
					+ ")");
		}
		globalIds = List.copyOf(globalIds);
	}

	/** Working days, counting both ends. */
	public long days() {
		return finish.toEpochDay() - start.toEpochDay() + 1;
	}

	/** The share of the task done at the end of {@code day}: 0 before it starts, 1 from its last day on. */
	public double progress(LocalDate day) {
		if (day.isBefore(start)) {
			return 0;
		}
		if (!day.isBefore(finish)) {
			return 1;
		}
		return (day.toEpochDay() - start.toEpochDay() + 1) / (double) days();
	}
}
