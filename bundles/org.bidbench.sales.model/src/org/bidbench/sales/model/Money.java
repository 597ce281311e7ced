package org.bidbench.sales.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one ISO 4217 currency. Immutable. Written in XMI as
 * {@code "1234.50 CNY"}.
 *
 * <p>Amounts of different currencies never mix: arithmetic across currencies throws, because a
 * silent conversion would hide a pricing mistake.
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		if (!CURRENCY.matcher(currency).matches()) {
			throw new IllegalArgumentException("Not an ISO 4217 currency code: '" + currency + "'");
		}
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), currency);
	}

	public static Money of(BigDecimal amount, String currency) {
		return new Money(amount, currency);
	}

	public static Money zero(String currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	/**
	 * Reads the XMI form {@code "<amount> <currency>"}.
	 *
	 * @throws IllegalArgumentException with the offending text when it is not of that form
	 */
	public static Money parse(String text) {
		String trimmed = text.trim();
		int space = trimmed.lastIndexOf(' ');
		if (space < 0) {
			throw new IllegalArgumentException(
					"Money must be written as '<amount> <currency>', e.g. '1200.00 CNY', not '" + text + "'");
		}
		try {
			return new Money(new BigDecimal(trimmed.substring(0, space).trim()), trimmed.substring(space + 1));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("Not an amount of money: '" + text + "'", e);
		}
	}

	public Money plus(Money other) {
		return new Money(amount.add(sameCurrency(other).amount), currency);
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(sameCurrency(other).amount), currency);
	}

	public Money times(BigDecimal factor) {
		return new Money(amount.multiply(factor), currency);
	}

	/** Rounded to the currency's minor unit (two places for the currencies we sell in). */
	public Money rounded() {
		return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
	}

	public int signum() {
		return amount.signum();
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(sameCurrency(other).amount);
	}

	private Money sameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("Cannot combine " + this + " with " + other + ": different currencies");
		}
		return other;
	}

	/** Equal when the currency is the same and the amounts are numerically equal (1.0 = 1.00). */
	@Override
	public boolean equals(Object o) {
		return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
	}

	@Override
	public int hashCode() {
		return Objects.hash(amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros(), currency);
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency;
	}
}
