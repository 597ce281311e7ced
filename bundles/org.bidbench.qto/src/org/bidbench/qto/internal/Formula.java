package org.bidbench.qto.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * An arithmetic formula over an element's quantities and properties, such as
 * {@code NetSideArea * 2} or {@code BaseQuantities.Length * Pset_X.Count}: numbers, names
 * ({@code Name} or {@code Set.Name}), {@code + - * /}, parentheses and {@code min max abs}.
 * Parsed once when the pack is read, so syntax errors carry the pack's line.
 */
public final class Formula {

	private sealed interface Expr permits Num, Var, Unary, Binary, Call {
	}

	private record Num(double value) implements Expr {
	}

	private record Var(String name) implements Expr {
	}

	private record Unary(Expr operand) implements Expr {
	}

	private record Binary(char op, Expr left, Expr right) implements Expr {
	}

	private record Call(String function, List<Expr> args) implements Expr {
	}

	/**
	 * How deep a formula may nest (parentheses, signs, functions, and operators in a row, since
	 * {@code a+b+c} is a chain two deep): the parser and the evaluator recurse that deep, so the
	 * input must not decide it without a bound.
	 */
	public static final int MAX_DEPTH = 200;

	private final String text;
	private final Expr root;
	private int depth;
	private final List<String> names = new ArrayList<>();
	private int pos;

	private Formula(String text) {
		this.text = text;
		this.root = parseAll();
	}

	/** @throws IllegalArgumentException with what is wrong and at which column */
	public static Formula parse(String text) {
		return new Formula(text);
	}

	public String text() {
		return text;
	}

	/** The property and quantity names the formula uses. */
	public List<String> names() {
		return List.copyOf(names);
	}

	/**
	 * The value, with names resolved by {@code lookup} (SI values); {@code null} when a name has
	 * no value (the caller flags a missing quantity) or the result is not finite.
	 */
	public Double evaluate(Function<String, Double> lookup) {
		double v = eval(root, lookup);
		return Double.isFinite(v) ? v : null;
	}

	private static double eval(Expr e, Function<String, Double> lookup) {
		return switch (e) {
			case Num n -> n.value();
			case Var v -> {
				Double d = lookup.apply(v.name());
				yield d == null ? Double.NaN : d;
			}
			case Unary u -> -eval(u.operand(), lookup);
			case Binary b -> {
				double l = eval(b.left(), lookup);
				double r = eval(b.right(), lookup);
				yield switch (b.op()) {
					case '+' -> l + r;
					case '-' -> l - r;
					case '*' -> l * r;
					default -> l / r;
				};
			}
			case Call c -> {
				double[] a = c.args().stream().mapToDouble(x -> eval(x, lookup)).toArray();
				yield switch (c.function()) {
					case "min" -> Math.min(a[0], a[1]);
					case "max" -> Math.max(a[0], a[1]);
					default -> Math.abs(a[0]);
				};
			}
		};
	}

	private Expr parseAll() {
		Expr e = sum();
		skipSpace();
		if (pos < text.length()) {
			throw fail("unexpected '" + text.charAt(pos) + "'");
		}
		return e;
	}

	private Expr sum() {
		enter();
		int chain = 0;
		Expr left = product();
		while (true) {
			skipSpace();
			if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
				char op = text.charAt(pos++);
				chain++;
				enter();
				left = new Binary(op, left, product());
			} else {
				depth -= chain + 1;
				return left;
			}
		}
	}

	private Expr product() {
		int chain = 0;
		Expr left = unary();
		while (true) {
			skipSpace();
			if (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
				char op = text.charAt(pos++);
				chain++;
				enter();
				left = new Binary(op, left, unary());
			} else {
				depth -= chain;
				return left;
			}
		}
	}

	private Expr unary() {
		skipSpace();
		if (pos < text.length() && text.charAt(pos) == '-') {
			pos++;
			enter();
			Expr operand = unary();
			depth--;
			return new Unary(operand);
		}
		return primary();
	}

	/** One level deeper; refused beyond {@link #MAX_DEPTH}. */
	private void enter() {
		if (++depth > MAX_DEPTH) {
			throw fail("the formula is nested deeper than " + MAX_DEPTH
					+ " levels (parentheses, signs, functions or operators in a row); split it into simpler rules");
		}
	}

	private Expr primary() {
		skipSpace();
		if (pos >= text.length()) {
			throw fail("the formula ends where a number or a name was expected");
		}
		char c = text.charAt(pos);
		if (c == '(') {
			pos++;
			Expr e = sum();
			expect(')');
			return e;
		}
		if (Character.isDigit(c) || c == '.') {
			int start = pos;
			while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'
					|| text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
				pos++;
			}
			try {
				return new Num(Double.parseDouble(text.substring(start, pos)));
			} catch (NumberFormatException ex) {
				throw fail("'" + text.substring(start, pos) + "' is not a number");
			}
		}
		if (Character.isLetter(c) || c == '_') {
			int start = pos;
			while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
					|| text.charAt(pos) == '.')) {
				pos++;
			}
			String name = text.substring(start, pos);
			skipSpace();
			if (pos < text.length() && text.charAt(pos) == '(') {
				String fn = name.toLowerCase(Locale.ROOT);
				int arity = switch (fn) {
					case "min", "max" -> 2;
					case "abs" -> 1;
					default -> throw fail("unknown function '" + name + "'; use min, max or abs");
				};
				pos++;
				List<Expr> args = new ArrayList<>();
				args.add(sum());
				while (arity > args.size()) {
					expect(',');
					args.add(sum());
				}
				expect(')');
				return new Call(fn, args);
			}
			names.add(name);
			return new Var(name);
		}
		throw fail("unexpected '" + c + "'");
	}

	private void expect(char c) {
		skipSpace();
		if (pos >= text.length() || text.charAt(pos) != c) {
			throw fail("'" + c + "' expected");
		}
		pos++;
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private IllegalArgumentException fail(String message) {
		String shown = text.length() <= 80 ? text : text.substring(0, 77) + "...";
		return new IllegalArgumentException("formula '" + shown + "', column " + (pos + 1) + ": " + message);
	}
}
