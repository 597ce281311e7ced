package org.bidbench.qto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.bidbench.qto.RulePackProblem;
import org.junit.jupiter.api.Test;

/** Name patterns, formulas and rule pack nesting on the inputs that once hung or overflowed the stack. */
class HostilePatternsTest {

	@Test
	void globsMatchAsTheirRegularExpressionsDoOnRandomCases() {
		Random random = new Random(42);
		String letters = "abAB*?";
		for (int round = 0; round < 5_000; round++) {
			String pattern = randomText(random, letters, 6);
			String value = randomText(random, "abAB", 8);
			StringBuilder regex = new StringBuilder();
			for (char c : pattern.toCharArray()) {
				regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
			}
			boolean expected = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(value).matches();
			assertEquals(expected, Glob.of(pattern).matches(value), "'" + pattern + "' on '" + value + "'");
		}
		assertTrue(Glob.of("Basic Wall:*").matches("basic wall:Exterior 300"));
		assertTrue(Glob.of("外墙*").matches("外墙-240"));
	}

	@Test
	void aBacktrackingPatternIsAnsweredInLinearSteps() {
		// Exponential for a backtracking regular expression; at most |pattern| x |value| steps here.
		String pattern = "*?".repeat(30) + "Z";
		String value = "a".repeat(5_000);
		assertFalse(Glob.of(pattern).matches(value));
		assertTrue(Glob.of(pattern).matches(value + "Z"));
	}

	@Test
	void formulasNestedBeyondTheLimitAreRefusedWithTheColumn() {
		String deep = "(".repeat(2_000) + "NetVolume" + ")".repeat(2_000);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Formula.parse(deep));
		assertTrue(e.getMessage().contains("nested deeper than " + Formula.MAX_DEPTH), e.getMessage());
		assertTrue(e.getMessage().length() < 300, "the formula is abbreviated in the message");
		String longChain = "1" + "+1".repeat(5_000);
		assertThrows(IllegalArgumentException.class, () -> Formula.parse(longChain));
		String minus = "-".repeat(5_000) + "1";
		assertThrows(IllegalArgumentException.class, () -> Formula.parse(minus));
		// Within the limit, the value is right.
		String fine = "(".repeat(150) + "2*3" + ")".repeat(150) + "+1";
		assertEquals(7.0, Formula.parse(fine).evaluate(name -> null));
	}

	@Test
	void packsNestedBeyondTheLimitAreOneProblem() {
		StringBuilder deep = new StringBuilder("pack: deep\nrules:\n");
		for (int level = 0; level < 3_000; level++) {
			deep.append(" ".repeat(level + 1)).append("k").append(level).append(":\n");
		}
		List<RulePackProblem> problems = new ArrayList<>();
		PackText.parse(deep.toString(), "deep.qto.yaml", problems);
		assertEquals(1, problems.stream().filter(p -> p.message().contains("nested deeper than")).count(), problems.toString());
	}

	@Test
	void aLongFlowListOfQuotesIsReadInLinearTime() {
		String quotes = "\"a\", ".repeat(100_000);
		List<RulePackProblem> problems = new ArrayList<>();
		PackText.parse("pack: flow\nnames: [" + quotes + "\"z\"]\n", "flow.qto.yaml", problems);
		assertTrue(problems.isEmpty(), problems.toString());
	}

	private static String randomText(Random random, String alphabet, int maxLength) {
		StringBuilder out = new StringBuilder();
		for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}
}
