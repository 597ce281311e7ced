package org.bidbench.cli.internal.links;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's XDG base folders, as the freedesktop.org Base Directory specification finds them:
 * {@code $XDG_DATA_HOME} or {@code ~/.local/share}, {@code $XDG_CONFIG_HOME} or {@code ~/.config}.
 * The system properties {@code bidbench.xdg.dataHome} and {@code bidbench.xdg.configHome} take
 * their place, so tests (which cannot change the environment of their own JVM) write into a
 * temporary folder.
 *
 * @param dataHome where {@code applications/} with the desktop entries is
 * @param configHome where {@code mimeapps.list} with the default handlers is
 */
record XdgFolders(Path dataHome, Path configHome) {

	static final String DATA_HOME_PROPERTY = "bidbench.xdg.dataHome";
	static final String CONFIG_HOME_PROPERTY = "bidbench.xdg.configHome";

	static XdgFolders current() {
		return of(System.getenv(), System.getProperty(DATA_HOME_PROPERTY), System.getProperty(CONFIG_HOME_PROPERTY),
				System.getProperty("user.home"));
	}

	static XdgFolders of(Map<String, String> environment, String dataOverride, String configOverride, String userHome) {
		String home = environment.getOrDefault("HOME", userHome);
		return new XdgFolders(folder(dataOverride, environment.get("XDG_DATA_HOME"), home, ".local/share"),
				folder(configOverride, environment.get("XDG_CONFIG_HOME"), home, ".config"));
	}

	/** Where desktop entries of the user go. */
	Path applications() {
		return dataHome.resolve("applications");
	}

	Path mimeAppsList() {
		return configHome.resolve("mimeapps.list");
	}

	/** The environment for xdg-utils, so they read and write the same folders as this command. */
	Map<String, String> environment() {
		return Map.of("XDG_DATA_HOME", dataHome.toString(), "XDG_CONFIG_HOME", configHome.toString());
	}

	private static Path folder(String override, String variable, String home, String fallback) {
		if (override != null && !override.isBlank()) {
			return Path.of(override).toAbsolutePath();
		}
		// The specification says a relative value is invalid and must be ignored.
		if (variable != null && !variable.isBlank() && Path.of(variable).isAbsolute()) {
			return Path.of(variable);
		}
		return Path.of(home).resolve(fallback);
	}
}
