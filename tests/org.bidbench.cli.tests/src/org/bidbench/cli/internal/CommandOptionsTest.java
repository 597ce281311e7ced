package org.bidbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.junit.jupiter.api.Test;

/** The picocli-backed parser keeps the messages the hand-written one gave. */
class CommandOptionsTest {

	private static final Set<String> VALUES = Set.of("--workspace", "--date");
	private static final Set<String> FLAGS = Set.of("--json");

	@Test
	void valuesFlagsAndPositionalsInAnyOrder() throws Exception {
		CommandOptions o = CommandOptions.parse(List.of("O0001", "--json", "--workspace", "ws", "extra", "--date", "2026-11-26"), VALUES, FLAGS);
		assertEquals("ws", o.value("--workspace"));
		assertEquals("2026-11-26", o.value("--date"));
		assertTrue(o.flag("--json"));
		assertEquals(List.of("O0001", "extra"), o.positional());
	}

	@Test
	void absentOptionsAreNullAndFalse() throws Exception {
		CommandOptions o = CommandOptions.parse(List.of(), VALUES, FLAGS);
		assertNull(o.value("--date"));
		assertFalse(o.flag("--json"));
		assertEquals(List.of(), o.positional());
		UsageException e = assertThrows(UsageException.class, () -> o.required("--workspace", "the sales folder"));
		assertEquals("--workspace is required: the sales folder", e.getMessage());
	}

	@Test
	void theLastOfARepeatedOptionWins() throws Exception {
		assertEquals("b", CommandOptions.parse(List.of("--workspace", "a", "--workspace", "b"), VALUES, FLAGS).value("--workspace"));
	}

	@Test
	void anUnknownOptionIsRefusedByName() {
		UsageException e = assertThrows(UsageException.class, () -> CommandOptions.parse(List.of("ws", "--colour", "red"), VALUES, FLAGS));
		assertEquals("unknown option '--colour'", e.getMessage());
	}

	@Test
	void aMistypedOptionGetsASuggestion() {
		UsageException e = assertThrows(UsageException.class, () -> CommandOptions.parse(List.of("--worksapce", "ws"), VALUES, FLAGS));
		assertEquals("unknown option '--worksapce' (did you mean '--workspace'?)", e.getMessage());
	}

	@Test
	void anOptionWithoutItsValueSaysSo() {
		UsageException last = assertThrows(UsageException.class, () -> CommandOptions.parse(List.of("--json", "--workspace"), VALUES, FLAGS));
		assertEquals("--workspace needs a value", last.getMessage());
		UsageException beforeOption = assertThrows(UsageException.class,
				() -> CommandOptions.parse(List.of("--workspace", "--json"), VALUES, FLAGS));
		assertEquals("--workspace needs a value", beforeOption.getMessage());
	}

	@Test
	void aCountMustBeAWholeNumberGreaterThanZero() throws Exception {
		assertEquals(20, CommandOptions.parse(List.of(), VALUES, FLAGS).positive("--date", 20));
		assertEquals(7, CommandOptions.parse(List.of("--date", "7"), VALUES, FLAGS).positive("--date", 20));
		UsageException e = assertThrows(UsageException.class,
				() -> CommandOptions.parse(List.of("--date", "0"), VALUES, FLAGS).positive("--date", 20));
		assertEquals("--date takes a whole number greater than 0, not '0'", e.getMessage());
	}

	@Test
	void anAtSignIsAFileNameNotAnArgumentFile() throws Exception {
		assertEquals(List.of("@prices.csv"), CommandOptions.parse(List.of("@prices.csv"), VALUES, FLAGS).positional());
	}
}
