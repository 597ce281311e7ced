package org.bidbench.qto.internal;

/**
 * A rule pack's name pattern: {@code *} any run of characters, {@code ?} one character,
 * everything else itself, case-insensitively.
 * <p>
 * Matched by the greedy two-pointer walk that backs up only to the last {@code *}: at most
 * (pattern length x value length) steps whatever the pattern, where a regular expression made
 * of {@code .*} runs backtracks exponentially on patterns such as {@code *?*?*?*?*?Z}.
 */
public final class Glob {

	private final int[] pattern;

	private Glob(String pattern) {
		this.pattern = fold(pattern);
	}

	public static Glob of(String pattern) {
		return new Glob(pattern);
	}

	/** Whether the whole of {@code value} matches. */
	public boolean matches(String value) {
		int[] text = fold(value);
		int p = 0;
		int t = 0;
		int starAt = -1;
		int resumeAt = 0;
		while (t < text.length) {
			if (p < pattern.length && pattern[p] == '*') {
				starAt = p++;
				resumeAt = t;
			} else if (p < pattern.length && (pattern[p] == '?' || pattern[p] == text[t])) {
				p++;
				t++;
			} else if (starAt >= 0) {
				// Let the last star take one more character and try again from there.
				p = starAt + 1;
				t = ++resumeAt;
			} else {
				return false;
			}
		}
		while (p < pattern.length && pattern[p] == '*') {
			p++;
		}
		return p == pattern.length;
	}

	/** Code points folded to one case, so that matching ignores case in every script. */
	private static int[] fold(String s) {
		return s.codePoints().map(c -> Character.toLowerCase(Character.toUpperCase(c))).toArray();
	}
}
