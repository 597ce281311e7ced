package org.bidbench.sales.store.pg.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The store's schema, kept by Flyway from the SQL files in this bundle's {@code db/migration}
 * folder (V4 is the audit log's table, which {@code SqlAuditStore} writes to).
 *
 * <p>Inside OSGi Flyway can neither scan our bundle for migrations nor find its PostgreSQL support
 * with the default class loader: it gets flyway-core's own class loader (the PostgreSQL module is
 * a fragment of it, so ServiceLoader sees its plug-in) and a resource provider that reads our
 * bundle's entries.
 */
public final class PgSchema {

	static final String FOLDER = "db/migration";

	private PgSchema() {
	}

	/** Brings the schema to the newest version; returns the versions applied (none when it was current). */
	public static List<String> migrate(DataSource dataSource) {
		return migrate(dataSource, "latest");
	}

	/**
	 * Brings the schema to that version at most ({@code "latest"} for the newest), e.g. to make a
	 * store as an older release left it; returns the versions applied.
	 */
	public static List<String> migrate(DataSource dataSource, String upToVersion) {
		MigrateResult result = flyway(dataSource, upToVersion).migrate();
		List<String> applied = new ArrayList<>();
		result.migrations.forEach(m -> applied.add(m.version + " " + m.description));
		return applied;
	}

	/** The schema version now in the database ("" when not initialised) and how many migrations are pending. */
	public static Map<String, String> info(DataSource dataSource) {
		var info = flyway(dataSource, "latest").info();
		Map<String, String> result = new TreeMap<>();
		MigrationInfo current = info.current();
		result.put("schema", current == null ? "" : current.getVersion().getVersion());
		result.put("pending", Integer.toString(info.pending().length));
		return result;
	}

	private static Flyway flyway(DataSource dataSource, String upToVersion) {
		return Flyway.configure(Flyway.class.getClassLoader())
				.dataSource(dataSource)
				.target(upToVersion)
				.table("store_schema_history")
				.resourceProvider(new BundleMigrations())
				.cleanDisabled(true)
				.load();
	}

	/** The SQL migrations of this bundle, read from its entries (inside OSGi) or its class path. */
	private static final class BundleMigrations implements ResourceProvider {

		private final List<LoadableResource> resources = new ArrayList<>();

		BundleMigrations() {
			Bundle bundle = FrameworkUtil.getBundle(PgSchema.class);
			if (bundle != null) {
				Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.sql", false);
				while (entries != null && entries.hasMoreElements()) {
					URL url = entries.nextElement();
					resources.add(new Migration(url.getPath().substring(url.getPath().lastIndexOf('/') + 1), url));
				}
			}
		}

		@Override
		public LoadableResource getResource(String name) {
			for (LoadableResource resource : resources) {
				if (resource.getFilename().equals(name) || resource.getAbsolutePath().equals(name)) {
					return resource;
				}
			}
			return null;
		}

		@Override
		public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
			List<LoadableResource> matching = new ArrayList<>();
			for (LoadableResource resource : resources) {
				String name = resource.getFilename();
				if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
					matching.add(resource);
				}
			}
			return matching;
		}
	}

	private static final class Migration extends LoadableResource {

		private final String name;
		private final URL url;

		Migration(String name, URL url) {
			this.name = name;
			this.url = url;
		}

		@Override
		public Reader read() {
			try (InputStream in = url.openStream()) {
				return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new IllegalStateException("Cannot read the migration " + url + ": " + e.getMessage(), e);
			}
		}

		@Override
		public String getAbsolutePath() {
			return FOLDER + "/" + name;
		}

		@Override
		public String getAbsolutePathOnDisk() {
			return getAbsolutePath();
		}

		@Override
		public String getFilename() {
			return name;
		}

		@Override
		public String getRelativePath() {
			return name;
		}
	}
}
