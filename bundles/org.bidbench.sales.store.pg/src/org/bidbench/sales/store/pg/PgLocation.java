package org.bidbench.sales.store.pg;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.bidbench.sales.core.store.SalesStoreProvider.StoreLogin;
import org.bidbench.sales.core.store.StoreException;

/**
 * A team store location, {@code postgresql://[user[:password]@]host[:port]/database[?options]},
 * the form libpq and psql accept. The user and password come from the URL, else from
 * {@code PGUSER} / {@code PGPASSWORD} (as for psql), else the system user and no password.
 *
 * @param host     server host
 * @param port     server port (5432 by default)
 * @param database database name
 * @param options  the URL's query (JDBC connection options such as {@code sslmode=require}), or ""
 * @param user     who connects
 * @param password the password, or an empty array
 */
public record PgLocation(String host, int port, String database, String options, String user, char[] password) {

	public static final String SCHEME = "postgresql://";

	/** Reads a location; {@code login}, when given, overrides the URL's user and password. */
	public static PgLocation parse(String location, StoreLogin login) throws StoreException {
		if (!location.startsWith(SCHEME)) {
			throw new StoreException("'" + location + "' is not a postgresql:// URL; write postgresql://host[:port]/database");
		}
		URI uri;
		try {
			uri = new URI(location);
		} catch (URISyntaxException e) {
			throw new StoreException("'" + redact(location) + "' is not a valid URL (" + e.getReason()
					+ "); write postgresql://user@host:5432/database", e);
		}
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		if (uri.getHost() == null || path.length() < 2) {
			throw new StoreException("'" + redact(location) + "' names no host or database; write postgresql://host[:port]/database");
		}
		String user = null;
		char[] password = null;
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			user = decode(parts[0]);
			if (parts.length > 1) {
				password = decode(parts[1]).toCharArray();
			}
		}
		if (login != null) {
			user = login.user();
			password = login.password();
		}
		if (user == null || user.isEmpty()) {
			user = System.getenv("PGUSER") != null ? System.getenv("PGUSER") : System.getProperty("user.name");
		}
		if (password == null) {
			String fromEnv = System.getenv("PGPASSWORD");
			password = fromEnv == null ? new char[0] : fromEnv.toCharArray();
		}
		return new PgLocation(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), decode(path.substring(1)),
				uri.getRawQuery() == null ? "" : uri.getRawQuery(), user, password);
	}

	/** The JDBC URL, without user and password. */
	public String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database + (options.isEmpty() ? "" : "?" + options);
	}

	/** The location as users see it in messages: no password. */
	@Override
	public String toString() {
		return SCHEME + user + "@" + host + ":" + port + "/" + database;
	}

	/** The same server and database as another user. */
	public PgLocation as(String otherUser, char[] otherPassword) {
		return new PgLocation(host, port, database, options, otherUser, otherPassword);
	}

	/** The same server and user, another database. */
	public PgLocation withDatabase(String otherDatabase) {
		return new PgLocation(host, port, otherDatabase, options, user, password);
	}

	/** A location string with any password replaced by stars, for messages. */
	public static String redact(String location) {
		return location.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@");
	}

	private static String decode(String text) {
		return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
	}
}
