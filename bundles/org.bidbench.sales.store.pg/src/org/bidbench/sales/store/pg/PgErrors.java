package org.bidbench.sales.store.pg;

import java.sql.SQLException;

import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.store.StoreUnavailableException;

/** Turns the driver's errors into one-line messages: what failed, where, what to do. */
final class PgErrors {

	private PgErrors() {
	}

	static StoreException connecting(PgLocation location, SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		return switch (state) {
			case "28P01", "28000" -> new StoreException("the team store at " + location + " refused the login of '" + location.user()
					+ "' (" + firstLine(e) + "); check the user name and password (PGUSER / PGPASSWORD or the URL)", e);
			case "3D000" -> new StoreException("there is no database '" + location.database() + "' on " + location.host() + ":"
					+ location.port() + "; create it (createdb) and run 'bidbench store init URL'", e);
			default -> new StoreUnavailableException("cannot reach the team store at " + location + " (" + firstLine(e)
					+ "); check that the server runs and the URL is right, or work on a folder copy", e);
		};
	}

	static StoreException translate(PgLocation location, SQLException e, String doing) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		if (state.startsWith("08") || state.startsWith("57P") || state.isEmpty() && e.getMessage() != null
				&& e.getMessage().contains("connection has been closed")) {
			return new StoreUnavailableException("lost the connection to the team store at " + location + " while " + doing
					+ " (" + firstLine(e) + "); nothing was saved and your edits are kept: save again once the server is back", e);
		}
		if (state.equals("42501") && firstLine(e).contains("approval")) {
			// Raised by the approval-role check of V5__approval_roles.sql: its message names who may.
			return new StoreException("the team store refused '" + location.user() + "' while " + doing + ": "
					+ firstLine(e).replaceFirst("^ERROR: ", "") + "; nothing was saved", e);
		}
		if (state.equals("42501")) {
			return new StoreException("the team store refused '" + location.user() + "' while " + doing + " ("
					+ firstLine(e) + "); costs and margins need the finance, commercial lead, sales manager or executive role", e);
		}
		if (state.startsWith("40")) {
			return new StoreUnavailableException("the team store at " + location + " gave up " + doing + " (" + firstLine(e)
					+ "); nothing was saved: save again", e);
		}
		return new StoreException("the team store at " + location + " failed while " + doing + ": " + firstLine(e), e);
	}

	private static String firstLine(SQLException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
