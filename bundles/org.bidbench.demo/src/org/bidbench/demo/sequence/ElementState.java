package org.bidbench.demo.sequence;

/** Where an element stands on a day of the construction sequence. */
public enum ElementState {
	/** Not started: hidden or ghosted. */
	FUTURE,
	/** Its task is under way: coloured. */
	IN_PROGRESS,
	/** Its task has finished: drawn normally. */
	BUILT
}
